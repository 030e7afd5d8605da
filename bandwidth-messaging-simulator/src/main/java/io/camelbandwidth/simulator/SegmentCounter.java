package io.camelbandwidth.simulator;

/**
 * Counts the SMS segments a text occupies, the way carriers split it.
 *
 * <ul>
 *   <li><b>GSM-7</b> is used when every character is in the GSM 03.38 basic character set or its extension
 *       table. Basic characters take one septet; the extension characters {@code ^ { } \ [ ~ ] | €} and form
 *       feed take two (escape + character). Up to {@value #GSM7_SINGLE} septets fit in one segment; a longer
 *       text is split into segments of at most {@value #GSM7_MULTI} septets, and a two-septet character is
 *       never split across two segments.</li>
 *   <li><b>UCS-2</b> is used otherwise (any emoji, CJK, most accented letters outside GSM 03.38). Length
 *       counts UTF-16 code units: up to {@value #UCS2_SINGLE} fit in one segment; a longer text is split into
 *       segments of at most {@value #UCS2_MULTI} units, and a surrogate pair (e.g. an emoji) is never split
 *       across two segments.</li>
 * </ul>
 *
 * <p>MMS messages always count one segment; this class only deals with SMS text. The count Bandwidth returns in
 * its {@code 202} answer is authoritative; this is what the simulator answers.
 */
public final class SegmentCounter {

    /** Septets that fit in a single GSM-7 segment. */
    public static final int GSM7_SINGLE = 160;
    /** Septets per segment of a multi-segment GSM-7 message (6-byte UDH taken). */
    public static final int GSM7_MULTI = 153;
    /** UTF-16 code units that fit in a single UCS-2 segment. */
    public static final int UCS2_SINGLE = 70;
    /** UTF-16 code units per segment of a multi-segment UCS-2 message. */
    public static final int UCS2_MULTI = 67;

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "\f^{}\\[~]|€";
    private static final char EURO = '€';
    private static final int TABLE_SIZE = 0x400;
    /** Septets per character below {@link #TABLE_SIZE}: 0 = not GSM-7, 1 = basic, 2 = extension. */
    private static final byte[] SEPTETS = new byte[TABLE_SIZE];

    static {
        for (char c : GSM7_BASIC.toCharArray()) {
            SEPTETS[c] = 1;
        }
        for (char c : GSM7_EXTENSION.toCharArray()) {
            if (c < TABLE_SIZE) {
                SEPTETS[c] = 2;
            }
        }
    }

    private SegmentCounter() {
    }

    /**
     * Returns the number of SMS segments of {@code text}.
     *
     * @param text the message text; {@code null} or empty counts as one segment
     * @return the number of segments, at least 1
     */
    public static int count(CharSequence text) {
        if (text == null || text.length() == 0) {
            return 1;
        }
        int septets = gsm7Septets(text);
        return septets >= 0 ? countGsm7(text, septets) : countUcs2(text);
    }

    /**
     * Tells whether {@code text} can be sent in the GSM-7 alphabet (basic set plus extension table).
     *
     * @param text the message text, not null
     * @return true if every character is GSM-7
     */
    public static boolean isGsm7(CharSequence text) {
        return gsm7Septets(text) >= 0;
    }

    /** Returns the number of septets of {@code text} in GSM-7, or -1 if a character is not GSM-7. */
    private static int gsm7Septets(CharSequence text) {
        int septets = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int cost = septets(text.charAt(i));
            if (cost == 0) {
                return -1;
            }
            septets += cost;
        }
        return septets;
    }

    private static int septets(char c) {
        if (c < TABLE_SIZE) {
            return SEPTETS[c];
        }
        return c == EURO ? 2 : 0;
    }

    private static int countGsm7(CharSequence text, int totalSeptets) {
        if (totalSeptets <= GSM7_SINGLE) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int cost = septets(text.charAt(i));
            if (used + cost > GSM7_MULTI) {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return segments;
    }

    private static int countUcs2(CharSequence text) {
        int n = text.length();
        if (n <= UCS2_SINGLE) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < n; i++) {
            int cost = Character.isHighSurrogate(text.charAt(i)) && i + 1 < n
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            if (used + cost > UCS2_MULTI) {
                segments++;
                used = 0;
            }
            used += cost;
            i += cost - 1;
        }
        return segments;
    }
}
