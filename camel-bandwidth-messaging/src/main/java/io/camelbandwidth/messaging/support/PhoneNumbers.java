package io.camelbandwidth.messaging.support;

import java.util.regex.Pattern;

/**
 * Phone number and sender id rules of the Bandwidth Messaging API.
 */
public final class PhoneNumbers {

    /** E.164: a plus, a non-zero country code digit, at most 15 digits in all. */
    public static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    /**
     * Spec, {@code messageRequest.from}: "Alphanumeric Sender IDs can contain up to 11 characters, upper-case letters
     * A-Z, lower-case letters a-z, numbers 0-9, space, hyphen -, plus +, underscore _ and ampersand &amp;. Alphanumeric
     * Sender IDs must contain at least one letter."
     */
    public static final Pattern ALPHANUMERIC_SENDER_ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 +\\-_&]{1,11}");

    private static final Pattern DECODED_PLUS = Pattern.compile(" +\\d+ *");

    private PhoneNumbers() {
    }

    /**
     * Undoes Camel's URI decoding of a bare {@code +} into a space ({@code to=+1555...} arrives as {@code " 1555..."}):
     * a space is never valid in E.164, so leading spaces before digits can only have been a plus.
     */
    public static String repairDecodedPlus(String value) {
        if (value == null) {
            return null;
        }
        if (DECODED_PLUS.matcher(value).matches()) {
            return "+" + value.strip();
        }
        return value.strip();
    }

    public static boolean isE164(String value) {
        return value != null && E164.matcher(value).matches();
    }

    public static boolean isSender(String value) {
        return isE164(value) || (value != null && ALPHANUMERIC_SENDER_ID.matcher(value).matches());
    }
}
