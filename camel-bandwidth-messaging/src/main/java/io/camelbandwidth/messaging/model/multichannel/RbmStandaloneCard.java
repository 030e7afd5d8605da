package io.camelbandwidth.messaging.model.multichannel;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A standalone RBM rich card (schema {@code rbmStandaloneCard}); see {@link RbmContent#standaloneCard}. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class RbmStandaloneCard extends RbmContent {

    /** How the card is laid out (schema {@code standaloneCardOrientationEnum}). */
    public enum Orientation {
        HORIZONTAL,
        VERTICAL
    }

    /** Where the card's image sits in a horizontal card (schema {@code thumbnailAlignmentEnum}). */
    public enum ThumbnailAlignment {
        LEFT,
        RIGHT
    }

    private Orientation orientation;
    private ThumbnailAlignment thumbnailImageAlignment;
    private RbmCardContent cardContent;

    /** Required. */
    public Orientation getOrientation() {
        return orientation;
    }

    public void setOrientation(Orientation orientation) {
        this.orientation = orientation;
    }

    /** Required when the orientation is {@link Orientation#HORIZONTAL}. */
    public ThumbnailAlignment getThumbnailImageAlignment() {
        return thumbnailImageAlignment;
    }

    public void setThumbnailImageAlignment(ThumbnailAlignment thumbnailImageAlignment) {
        this.thumbnailImageAlignment = thumbnailImageAlignment;
    }

    /** Required: the card itself. */
    public RbmCardContent getCardContent() {
        return cardContent;
    }

    public void setCardContent(RbmCardContent cardContent) {
        this.cardContent = cardContent;
    }
}
