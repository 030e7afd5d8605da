package io.camelbandwidth.messaging.model.multichannel;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One rich card (schema {@code rbmCardContent}): a title, a description and media, at least one of them, and up to 4
 * suggestions on the card.
 *
 * <pre>{@code
 * RbmCardContent.of("Blue shirt", "In stock").media(RbmCardMedia.of("https://example.com/blue.png", Height.MEDIUM))
 *         .suggestions(RbmAction.reply("Buy", "buy:blue"))
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class RbmCardContent {

    private String title;
    private String description;
    private RbmCardMedia media;
    private List<RbmAction> suggestions;

    /** A card with a title and a description, either may be {@code null}. */
    public static RbmCardContent of(String title, String description) {
        RbmCardContent card = new RbmCardContent();
        card.setTitle(title);
        card.setDescription(description);
        return card;
    }

    /** Sets the media and returns this card, for chaining. */
    public RbmCardContent media(RbmCardMedia media) {
        setMedia(media);
        return this;
    }

    /** Replaces the suggestions and returns this card, for chaining. */
    public RbmCardContent suggestions(RbmAction... actions) {
        setSuggestions(new ArrayList<>(List.of(actions)));
        return this;
    }

    /** At most 200 characters. */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** At most 2000 characters. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RbmCardMedia getMedia() {
        return media;
    }

    public void setMedia(RbmCardMedia media) {
        this.media = media;
    }

    /** The suggested replies and actions shown on the card (at most 4). */
    public List<RbmAction> getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(List<RbmAction> suggestions) {
        this.suggestions = suggestions;
    }
}
