package io.camelbandwidth.messaging.support;

import java.util.regex.Pattern;

/**
 * Phone number and sender id rules of the Bandwidth Messaging API. The patterns state the rules; the checks, run for
 * every message, are plain loops that accept exactly what the patterns match ({@code PhoneNumbersTest}).
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
        return isDecodedPlus(value) ? "+" + value.strip() : value.strip();
    }

    /** Whether the value is spaces, digits, then perhaps spaces ({@code " +\d+ *"}), checked for every message. */
    private static boolean isDecodedPlus(String value) {
        int length = value.length();
        int i = 0;
        while (i < length && value.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (i < length && isDigit(value.charAt(i))) {
            i++;
        }
        if (digits == 0 || i == digits) {
            return false;
        }
        while (i < length && value.charAt(i) == ' ') {
            i++;
        }
        return i == length;
    }

    /** {@link #E164}, checked for every recipient of every message. */
    public static boolean isE164(String value) {
        if (value == null || value.length() < 3 || value.length() > 16 || value.charAt(0) != '+'
            || value.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #E164} or {@link #ALPHANUMERIC_SENDER_ID}. */
    public static boolean isSender(String value) {
        return isE164(value) || isAlphanumericSenderId(value);
    }

    private static boolean isAlphanumericSenderId(String value) {
        if (value == null || value.isEmpty() || value.length() > 11) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean isLetter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (!isLetter && !isDigit(c) && c != ' ' && c != '+' && c != '-' && c != '_' && c != '&') {
                return false;
            }
            letter |= isLetter;
        }
        return letter;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
