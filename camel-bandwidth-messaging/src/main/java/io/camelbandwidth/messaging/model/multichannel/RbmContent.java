package io.camelbandwidth.messaging.model.multichannel;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The content of an RBM entry: one of {@link RbmText}, {@link RbmMedia}, {@link RbmStandaloneCard} or
 * {@link RbmCarousel} (the spec's {@code oneOf}), each with up to 11 suggested replies and actions shown below it.
 * When read from JSON, the fields present tell which one it is ({@code text}; {@code media}; {@code orientation},
 * {@code cardContent}; {@code cardWidth}, {@code cardContents}).
 *
 * <pre>{@code
 * RbmContent.text("Your order shipped").suggestions(RbmAction.reply("Track it", "track:42"));
 * RbmContent.carousel(RbmCarousel.CardWidth.MEDIUM, RbmCardContent.of("Red", null), RbmCardContent.of("Blue", null));
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = RbmContentDeserializer.class)
public abstract class RbmContent {

    private List<RbmAction> suggestions;

    RbmContent() {
    }

    /** A text (at most 3270 characters) with optional suggestions. */
    public static RbmText text(String text, RbmAction... suggestions) {
        RbmText content = new RbmText();
        content.setText(text);
        if (suggestions.length > 0) {
            content.suggestions(suggestions);
        }
        return content;
    }

    /** One or more media files (image, video, ...; at most 100 MB each). */
    public static RbmMedia media(RbmMediaFile... files) {
        RbmMedia content = new RbmMedia();
        content.setMedia(new ArrayList<>(List.of(files)));
        return content;
    }

    /**
     * A standalone rich card. A {@link RbmStandaloneCard.Orientation#HORIZONTAL} card also needs a thumbnail
     * alignment ({@link RbmStandaloneCard#setThumbnailImageAlignment}).
     */
    public static RbmStandaloneCard standaloneCard(RbmStandaloneCard.Orientation orientation, RbmCardContent card) {
        RbmStandaloneCard content = new RbmStandaloneCard();
        content.setOrientation(orientation);
        content.setCardContent(card);
        return content;
    }

    /** A carousel of 2 to 10 rich cards. */
    public static RbmCarousel carousel(RbmCarousel.CardWidth cardWidth, RbmCardContent... cards) {
        RbmCarousel content = new RbmCarousel();
        content.setCardWidth(cardWidth);
        content.setCardContents(new ArrayList<>(List.of(cards)));
        return content;
    }

    /** Replaces the suggestions and returns this content, for chaining. */
    public RbmContent suggestions(RbmAction... actions) {
        setSuggestions(new ArrayList<>(List.of(actions)));
        return this;
    }

    /** The suggested replies and actions shown with the message (at most 11). */
    public List<RbmAction> getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(List<RbmAction> suggestions) {
        this.suggestions = suggestions;
    }
}
