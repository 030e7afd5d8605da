package io.camelbandwidth.messaging.send;

import java.time.Clock;
import java.util.Base64;
import java.util.List;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.model.multichannel.ChannelListItem;
import io.camelbandwidth.messaging.model.multichannel.MmsChannelItem;
import io.camelbandwidth.messaging.model.multichannel.MmsContent;
import io.camelbandwidth.messaging.model.multichannel.MmsMediaFile;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageRequest;
import io.camelbandwidth.messaging.model.multichannel.RbmAction;
import io.camelbandwidth.messaging.model.multichannel.RbmCalendarEventAction;
import io.camelbandwidth.messaging.model.multichannel.RbmCardContent;
import io.camelbandwidth.messaging.model.multichannel.RbmCarousel;
import io.camelbandwidth.messaging.model.multichannel.RbmChannelItem;
import io.camelbandwidth.messaging.model.multichannel.RbmContent;
import io.camelbandwidth.messaging.model.multichannel.RbmDialAction;
import io.camelbandwidth.messaging.model.multichannel.RbmMedia;
import io.camelbandwidth.messaging.model.multichannel.RbmMediaFile;
import io.camelbandwidth.messaging.model.multichannel.RbmOpenUrlAction;
import io.camelbandwidth.messaging.model.multichannel.RbmShowLocationAction;
import io.camelbandwidth.messaging.model.multichannel.RbmStandaloneCard;
import io.camelbandwidth.messaging.model.multichannel.RbmText;
import io.camelbandwidth.messaging.model.multichannel.SmsChannelItem;
import io.camelbandwidth.messaging.support.Coercion;
import io.camelbandwidth.messaging.support.PhoneNumbers;

/**
 * Checks a multi-channel message against the rules of Bandwidth's OpenAPI spec (schema
 * {@code multiChannelMessageRequest} and the schemas it references) before it is sent: required fields, enums (typed
 * by the model), lengths and list sizes, and the rules the spec states in its descriptions. The field is named as
 * Bandwidth names it, e.g. {@code channelList[0].content.suggestions[2].text}.
 */
final class MultiChannelRequestValidator {

    /** Spec {@code multiChannelMessageRequest.channelList}: "maxItems: 4". */
    static final int MAX_CHANNELS = 4;
    /** Spec {@code messageText} (SMS and MMS text): "maxLength: 2048". */
    static final int MAX_SMS_TEXT = 2048;
    /** Spec {@code rbmMessageContentText.text}: "maxLength: 3270". */
    static final int MAX_RBM_TEXT = 3270;
    /** Spec {@code rbmMessageContentFile} and {@code mmsMessageContentFile} URLs: "maxLength: 1000". */
    static final int MAX_FILE_URL = 1000;
    /** Spec {@code multiChannelFullActions}: "maxItems: 11". */
    static final int MAX_SUGGESTIONS = 11;
    /** Spec {@code rbmCardContent.suggestions}: "maxItems: 4". */
    static final int MAX_CARD_SUGGESTIONS = 4;
    /** Spec {@code rbmCardContent}: title "maxLength: 200", description "maxLength: 2000". */
    static final int MAX_CARD_TITLE = 200;
    static final int MAX_CARD_DESCRIPTION = 2000;
    /** Spec {@code rbmMessageCarouselCard.cardContents}: "minItems: 2", "maxItems: 10". */
    static final int MIN_CAROUSEL_CARDS = 2;
    static final int MAX_CAROUSEL_CARDS = 10;
    /** Spec {@code rbmActionText}: "maxLength: 25". */
    static final int MAX_ACTION_TEXT = 25;
    /** Spec {@code rbmActionPostbackData}: base64 ("format: byte"), "maxLength: 2048". */
    static final int MAX_POSTBACK = 2048;
    /** Spec {@code rbmActionViewLocation.label}, {@code multiChannelActionCalendarEvent.title}: "maxLength: 100". */
    static final int MAX_LABEL = 100;
    /** Spec {@code multiChannelActionCalendarEvent.description}: "maxLength: 500". */
    static final int MAX_EVENT_DESCRIPTION = 500;
    /** Spec {@code rbmActionOpenUrl.url}: "maxLength: 2048". */
    static final int MAX_URL = 2048;
    /** Spec {@code tag}: "Max 1024 characters". */
    static final int MAX_TAG = 1024;

    private final Clock clock;

    MultiChannelRequestValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws BandwidthValidationException naming the first field that breaks a rule
     */
    void validate(MultiChannelMessageRequest request) {
        if (isEmpty(request.getTo())) {
            throw new BandwidthValidationException("to", "is required (body field to, header "
                                                         + BandwidthSmsConstants.TO + " or endpoint option to)");
        }
        if (!PhoneNumbers.isE164(request.getTo())) {
            throw new BandwidthValidationException("to", "is not a number in E.164 format (+15551234567)");
        }
        List<ChannelListItem> channels = request.getChannelList();
        if (channels == null || channels.isEmpty()) {
            throw new BandwidthValidationException("channelList", "is required: at least one channel to send on");
        }
        if (channels.size() > MAX_CHANNELS) {
            throw new BandwidthValidationException("channelList", "has " + channels.size() + " channels; at most "
                                                                  + MAX_CHANNELS + " are allowed");
        }
        for (int i = 0; i < channels.size(); i++) {
            channel(channels.get(i), "channelList[" + i + "]");
        }
        maxLength(request.getTag(), MAX_TAG, "tag");
        if (request.getExpiration() != null && !request.getExpiration().toInstant().isAfter(clock.instant())) {
            throw new BandwidthValidationException("expiration", "must be in the future");
        }
    }

    private static void channel(ChannelListItem item, String field) {
        if (item == null) {
            throw new BandwidthValidationException(field, "is null");
        }
        required(item.getFrom(), field + ".from", " (or header " + BandwidthSmsConstants.FROM + ", option from)");
        required(item.getApplicationId(), field + ".applicationId",
                " (or header " + BandwidthSmsConstants.APPLICATION_ID + ", option applicationId)");
        if (item.getContent() == null) {
            throw new BandwidthValidationException(field + ".content", "is required");
        }
        String content = field + ".content";
        if (item instanceof SmsChannelItem sms) {
            String text = sms.getContent().getText();
            required(text, content + ".text", "");
            maxLength(text, MAX_SMS_TEXT, content + ".text");
        } else if (item instanceof MmsChannelItem mms) {
            mms(mms.getContent(), content);
        } else if (item instanceof RbmChannelItem rbm) {
            rbm(rbm.getContent(), content);
        }
    }

    private static void mms(MmsContent content, String field) {
        maxLength(content.getText(), MAX_SMS_TEXT, field + ".text");
        List<MmsMediaFile> media = content.getMedia();
        for (int i = 0; media != null && i < media.size(); i++) {
            String file = field + ".media[" + i + "]";
            if (media.get(i) == null) {
                throw new BandwidthValidationException(file, "is null");
            }
            url(media.get(i).getFileUrl(), MAX_FILE_URL, file + ".fileUrl", true);
        }
    }

    private static void rbm(RbmContent content, String field) {
        if (content instanceof RbmText text) {
            required(text.getText(), field + ".text", "");
            maxLength(text.getText(), MAX_RBM_TEXT, field + ".text");
        } else if (content instanceof RbmMedia media) {
            List<RbmMediaFile> files = media.getMedia();
            if (files == null || files.isEmpty()) {
                throw new BandwidthValidationException(field + ".media", "is required: at least one file");
            }
            for (int i = 0; i < files.size(); i++) {
                mediaFile(files.get(i), field + ".media[" + i + "]");
            }
        } else if (content instanceof RbmStandaloneCard card) {
            if (card.getOrientation() == null) {
                throw new BandwidthValidationException(field + ".orientation", "is required (HORIZONTAL or VERTICAL)");
            }
            if (card.getOrientation() == RbmStandaloneCard.Orientation.HORIZONTAL
                && card.getThumbnailImageAlignment() == null) {
                throw new BandwidthValidationException(field + ".thumbnailImageAlignment", "is required (LEFT or RIGHT)"
                                                                                           + " for a HORIZONTAL card");
            }
            if (card.getCardContent() == null) {
                throw new BandwidthValidationException(field + ".cardContent", "is required");
            }
            card(card.getCardContent(), field + ".cardContent");
        } else if (content instanceof RbmCarousel carousel) {
            if (carousel.getCardWidth() == null) {
                throw new BandwidthValidationException(field + ".cardWidth", "is required (SMALL or MEDIUM)");
            }
            List<RbmCardContent> cards = carousel.getCardContents();
            int count = cards == null ? 0 : cards.size();
            if (count < MIN_CAROUSEL_CARDS || count > MAX_CAROUSEL_CARDS) {
                throw new BandwidthValidationException(field + ".cardContents", "has " + count + " cards; a carousel"
                                                                                + " has " + MIN_CAROUSEL_CARDS + " to "
                                                                                + MAX_CAROUSEL_CARDS);
            }
            for (int i = 0; i < count; i++) {
                card(cards.get(i), field + ".cardContents[" + i + "]");
            }
        }
        suggestions(content.getSuggestions(), MAX_SUGGESTIONS, field + ".suggestions");
    }

    private static void card(RbmCardContent card, String field) {
        if (card == null) {
            throw new BandwidthValidationException(field, "is null");
        }
        if (isEmpty(card.getTitle()) && isEmpty(card.getDescription()) && card.getMedia() == null) {
            throw new BandwidthValidationException(field, "a card needs at least one of title, description or media");
        }
        maxLength(card.getTitle(), MAX_CARD_TITLE, field + ".title");
        maxLength(card.getDescription(), MAX_CARD_DESCRIPTION, field + ".description");
        if (card.getMedia() != null) {
            mediaFile(card.getMedia(), field + ".media");
            if (card.getMedia().getHeight() == null) {
                throw new BandwidthValidationException(field + ".media.height", "is required (SHORT, MEDIUM or TALL)");
            }
        }
        suggestions(card.getSuggestions(), MAX_CARD_SUGGESTIONS, field + ".suggestions");
    }

    private static void mediaFile(RbmMediaFile file, String field) {
        if (file == null) {
            throw new BandwidthValidationException(field, "is null");
        }
        url(file.getFileUrl(), MAX_FILE_URL, field + ".fileUrl", true);
        url(file.getThumbnailUrl(), MAX_FILE_URL, field + ".thumbnailUrl", false);
    }

    private static void suggestions(List<RbmAction> suggestions, int max, String field) {
        if (suggestions == null) {
            return;
        }
        if (suggestions.size() > max) {
            throw new BandwidthValidationException(field, "has " + suggestions.size() + " suggestions; at most " + max
                                                          + " are allowed here");
        }
        for (int i = 0; i < suggestions.size(); i++) {
            action(suggestions.get(i), field + "[" + i + "]");
        }
    }

    private static void action(RbmAction action, String field) {
        if (action == null) {
            throw new BandwidthValidationException(field, "is null");
        }
        if (action.getType() == null) {
            throw new BandwidthValidationException(field + ".type", "is required");
        }
        if (action.getClass() != classOf(action.getType())) {
            throw new BandwidthValidationException(field + ".type", action.getType() + " is made with its RbmAction"
                                                                    + " factory (" + classOf(action.getType())
                                                                            .getSimpleName() + ")");
        }
        required(action.getText(), field + ".text", "");
        maxLength(action.getText(), MAX_ACTION_TEXT, field + ".text");
        postback(action.getPostbackData(), field + ".postbackData");
        if (action instanceof RbmDialAction dial) {
            if (!PhoneNumbers.isE164(dial.getPhoneNumber())) {
                throw new BandwidthValidationException(field + ".phoneNumber", "is required, in E.164 format"
                                                                               + " (+15551234567)");
            }
        } else if (action instanceof RbmShowLocationAction place) {
            coordinate(place.getLatitude(), 90, field + ".latitude");
            coordinate(place.getLongitude(), 180, field + ".longitude");
            maxLength(place.getLabel(), MAX_LABEL, field + ".label");
        } else if (action instanceof RbmCalendarEventAction event) {
            required(event.getTitle(), field + ".title", "");
            maxLength(event.getTitle(), MAX_LABEL, field + ".title");
            if (event.getStartTime() == null) {
                throw new BandwidthValidationException(field + ".startTime", "is required");
            }
            if (event.getEndTime() == null) {
                throw new BandwidthValidationException(field + ".endTime", "is required");
            }
            maxLength(event.getDescription(), MAX_EVENT_DESCRIPTION, field + ".description");
        } else if (action instanceof RbmOpenUrlAction open) {
            url(open.getUrl(), MAX_URL, field + ".url", true);
            if (open.getApplication() == RbmOpenUrlAction.Application.WEBVIEW && open.getWebviewViewMode() == null) {
                throw new BandwidthValidationException(field + ".webviewViewMode", "is required with application"
                                                                                   + " WEBVIEW (FULL, HALF or TALL)");
            }
            if (open.getApplication() == RbmOpenUrlAction.Application.BROWSER && open.getWebviewViewMode() != null) {
                throw new BandwidthValidationException(field + ".webviewViewMode", "must not be set with application"
                                                                                   + " BROWSER");
            }
        }
    }

    private static Class<? extends RbmAction> classOf(RbmAction.Type type) {
        return switch (type) {
            case DIAL_PHONE -> RbmDialAction.class;
            case SHOW_LOCATION -> RbmShowLocationAction.class;
            case CREATE_CALENDAR_EVENT -> RbmCalendarEventAction.class;
            case OPEN_URL -> RbmOpenUrlAction.class;
            default -> RbmAction.class;
        };
    }

    private static void postback(String data, String field) {
        required(data, field, "");
        if (data.length() > MAX_POSTBACK) {
            throw new BandwidthValidationException(field, "has " + data.length() + " characters of base64; at most "
                                                          + MAX_POSTBACK + " are allowed");
        }
        try {
            Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException notBase64) {
            throw new BandwidthValidationException(field, "must be base64 (the RbmAction factories encode text)");
        }
    }

    private static void coordinate(Double value, int limit, String field) {
        if (value == null || value.isNaN() || value < -limit || value > limit) {
            throw new BandwidthValidationException(field, "is required, in [-" + limit + ", " + limit + "]");
        }
    }

    private static void url(String url, int max, String field, boolean required) {
        if (!required && url == null) {
            return;
        }
        required(url, field, "");
        if (url.length() > max) {
            throw new BandwidthValidationException(field, "has more than " + max + " characters");
        }
        if (Coercion.httpUrl(url) == null) {
            throw new BandwidthValidationException(field, "must be an absolute http or https URL");
        }
    }

    private static void required(String value, String field, String where) {
        if (isEmpty(value)) {
            throw new BandwidthValidationException(field, "is required" + where);
        }
    }

    private static void maxLength(String value, int max, String field) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new BandwidthValidationException(field, "has " + value.codePointCount(0, value.length())
                                                          + " characters; at most " + max + " are allowed");
        }
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
