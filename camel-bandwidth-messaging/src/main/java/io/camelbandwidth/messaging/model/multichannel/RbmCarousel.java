package io.camelbandwidth.messaging.model.multichannel;

import java.util.List;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A carousel of RBM rich cards (schema {@code rbmMessageCarouselCard}); see {@link RbmContent#carousel}. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class RbmCarousel extends RbmContent {

    /** The width of the carousel's cards (schema {@code cardWidthEnum}). */
    public enum CardWidth {
        SMALL,
        MEDIUM
    }

    private CardWidth cardWidth;
    private List<RbmCardContent> cardContents;

    /** Required. */
    public CardWidth getCardWidth() {
        return cardWidth;
    }

    public void setCardWidth(CardWidth cardWidth) {
        this.cardWidth = cardWidth;
    }

    /** The cards, 2 to 10. */
    public List<RbmCardContent> getCardContents() {
        return cardContents;
    }

    public void setCardContents(List<RbmCardContent> cardContents) {
        this.cardContents = cardContents;
    }
}
