package io.camelbandwidth.messaging.send;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.model.MessageRequest;
import io.camelbandwidth.messaging.support.Coercion;
import io.camelbandwidth.messaging.support.PhoneNumbers;
import org.apache.camel.util.ObjectHelper;

/**
 * Checks a message against the rules of the Bandwidth Messaging API before it is sent, so that Bandwidth never has to
 * reject it. Limits come from the official OpenAPI spec ({@code messageRequest} schema) unless noted.
 */
final class MessageRequestValidator {

    /** Spec {@code messageText}: "maxLength: 2048". */
    static final int MAX_TEXT_LENGTH = 2048;
    /** Spec {@code messageMedia.items}: "maxLength: 4096". */
    static final int MAX_MEDIA_URL_LENGTH = 4096;
    /** Spec {@code tag}: "Max 1024 characters" (in the description; the schema has no maxLength). */
    static final int MAX_TAG_LENGTH = 1024;
    /**
     * Bandwidth error 4435 {@code forbidden-too-many-recipients}: a group message has at most 10 participants. The spec
     * gives {@code to} no maxItems; the limit is in Bandwidth's error-code table.
     */
    static final int MAX_RECIPIENTS = 10;
    /** Bandwidth support, "MMS via API" (support.bandwidth.com): at most 10 attachments per MMS. */
    static final int MAX_MEDIA = 10;

    private final Clock clock;

    MessageRequestValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws BandwidthValidationException naming the first field that breaks a rule
     */
    void validate(MessageRequest request) {
        if (ObjectHelper.isEmpty(request.getApplicationId())) {
            throw new BandwidthValidationException("applicationId", "is required (endpoint option applicationId or header "
                                                                    + BandwidthSmsConstants.APPLICATION_ID + ")");
        }
        validateRecipients(request.getTo());
        if (ObjectHelper.isEmpty(request.getFrom())) {
            throw new BandwidthValidationException("from", "is required (endpoint option from or header "
                                                           + BandwidthSmsConstants.FROM + ")");
        }
        if (!PhoneNumbers.isSender(request.getFrom())) {
            throw new BandwidthValidationException("from", "must be a number in E.164 format (+15551234567) or an"
                                                           + " alphanumeric sender ID of at most 11 characters");
        }
        String text = request.getText();
        List<String> media = request.getMedia();
        boolean hasMedia = media != null && !media.isEmpty();
        if ((text == null || text.isEmpty()) && !hasMedia) {
            throw new BandwidthValidationException("text", "a message needs text or media");
        }
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new BandwidthValidationException("text", "has " + text.codePointCount(0, text.length())
                                                           + " characters; at most " + MAX_TEXT_LENGTH + " are allowed");
        }
        if (hasMedia) {
            if (media.size() > MAX_MEDIA) {
                throw new BandwidthValidationException("media", "has " + media.size() + " files; Bandwidth allows at"
                                                                + " most " + MAX_MEDIA + " per MMS");
            }
            for (int i = 0; i < media.size(); i++) {
                validateMediaUrl(media.get(i), i);
            }
        }
        String tag = request.getTag();
        if (tag != null && tag.codePointCount(0, tag.length()) > MAX_TAG_LENGTH) {
            throw new BandwidthValidationException("tag", "has more than " + MAX_TAG_LENGTH + " characters");
        }
        OffsetDateTime expiration = request.getExpiration();
        if (expiration != null && !expiration.toInstant().isAfter(clock.instant())) {
            throw new BandwidthValidationException("expiration", "must be in the future");
        }
    }

    private static void validateRecipients(List<String> to) {
        if (to == null || to.isEmpty()) {
            throw new BandwidthValidationException("to", "at least one recipient is required (endpoint option to or"
                                                         + " header " + BandwidthSmsConstants.TO + ")");
        }
        if (to.size() > MAX_RECIPIENTS) {
            throw new BandwidthValidationException("to", "has " + to.size() + " recipients; a Bandwidth group message"
                                                         + " allows at most " + MAX_RECIPIENTS);
        }
        for (int i = 0; i < to.size(); i++) {
            String number = to.get(i);
            if (!PhoneNumbers.isE164(number)) {
                // the position, not the number: phone numbers stay out of exception messages
                throw new BandwidthValidationException("to", "recipient #" + (i + 1)
                                                             + " is not a number in E.164 format (+15551234567)");
            }
            if (listedBefore(to, i)) {
                throw new BandwidthValidationException("to", "recipient #" + (i + 1) + " is listed twice");
            }
        }
    }

    /** Whether recipient {@code i} is one of those before it: there are at most 10, so no set is needed. */
    private static boolean listedBefore(List<String> to, int i) {
        for (int j = 0; j < i; j++) {
            if (to.get(j).equals(to.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static void validateMediaUrl(String url, int index) {
        String field = "media";
        String which = "media URL #" + (index + 1);
        if (ObjectHelper.isEmpty(url)) {
            throw new BandwidthValidationException(field, which + " is empty");
        }
        if (url.length() > MAX_MEDIA_URL_LENGTH) {
            throw new BandwidthValidationException(field, which + " has more than " + MAX_MEDIA_URL_LENGTH
                                                          + " characters");
        }
        if (Coercion.httpUrl(url) == null) {
            throw new BandwidthValidationException(field, which + " must be an absolute http or https URL");
        }
    }

}
