package io.camelbandwidth.messaging.send;

/**
 * Estimates how many SMS segments Bandwidth will count (and bill) for a text, before sending it. The
 * {@code segmentCount} Bandwidth answers stays authoritative; this is the standard 3GPP arithmetic that Bandwidth's
 * support articles on message segments and encoding describe (support.bandwidth.com):
 * <ul>
 * <li>A text whose every character is in the GSM 03.38 default alphabet or its extension table is sent as GSM-7.
 * Extension characters ({@code ^ { } \ [ ] ~ | €} and form feed) take two septets (escape + character). 160 septets
 * fit in one segment; a longer text is cut into segments of 153 (a 6-byte concatenation header is taken from each
 * 140-byte part), never between the two septets of an extension character.</li>
 * <li>Any other character (an emoji, CJK, a curly quote) makes the whole text UCS-2, counted in UTF-16 units: 70 fit
 * in one segment, 67 per segment beyond, never splitting a surrogate pair.</li>
 * <li>An MMS is one segment, whatever its text.</li>
 * </ul>
 */
final class SegmentEstimator {

    static final int GSM7_SINGLE_SEGMENT = 160;
    static final int GSM7_PER_SEGMENT = 153;
    static final int UCS2_SINGLE_SEGMENT = 70;
    static final int UCS2_PER_SEGMENT = 67;

    /** GSM 03.38 default alphabet, in table order (0x1B, the escape to the extension table, left out). */
    private static final String DEFAULT_ALPHABET = "@£$¥èéùìòÇ\nØø\rÅå"
                                                   + "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
                                                   + " !\"#¤%&'()*+,-./0123456789:;<=>?"
                                                   + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
                                                   + "¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** GSM 03.38 extension table characters, each sent as escape + character. */
    private static final String EXTENSION_TABLE = "\f^{}\\[]~|€";
    /** Septets per character, indexed by char: built once, read for every character of every message. */
    private static final byte[] SEPTETS = new byte[Character.MAX_VALUE + 1];

    static {
        DEFAULT_ALPHABET.chars().forEach(c -> SEPTETS[c] = 1);
        EXTENSION_TABLE.chars().forEach(c -> SEPTETS[c] = 2);
    }

    /** How the text travels, which decides how many characters fit in a segment. */
    enum Encoding {
        GSM_7("GSM-7", "septets"),
        UCS_2("UCS-2", "UTF-16 units"),
        MMS("MMS", "units");

        private final String label;
        private final String unit;

        Encoding(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        /** What the text is counted in: septets for GSM-7, UTF-16 units for UCS-2. */
        String unit() {
            return unit;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * An estimate.
     *
     * @param segments the segments, at least 1
     * @param encoding how the text travels
     * @param units    septets (GSM-7) or UTF-16 units (UCS-2) of the text; 0 for an MMS
     */
    record Estimate(int segments, Encoding encoding, int units) {
    }

    private SegmentEstimator() {
    }

    /** The estimate for a message with this text, and media or not. */
    static Estimate estimate(String text, boolean mms) {
        if (mms) {
            return new Estimate(1, Encoding.MMS, 0);
        }
        String value = text == null ? "" : text;
        int septets = 0;
        for (int i = 0; i < value.length(); i++) {
            int width = septetWidth(value.charAt(i));
            if (width == 0) {
                return ucs2(value);
            }
            septets += width;
        }
        return gsm7(value, septets);
    }

    /** 1 for a default-alphabet character, 2 for an extension character, 0 when GSM-7 cannot carry it. */
    static int septetWidth(char c) {
        return SEPTETS[c];
    }

    private static Estimate gsm7(String text, int septets) {
        if (septets <= GSM7_SINGLE_SEGMENT) {
            return new Estimate(1, Encoding.GSM_7, septets);
        }
        int segments = 1;
        int free = GSM7_PER_SEGMENT;
        for (int i = 0; i < text.length(); i++) {
            int width = septetWidth(text.charAt(i));
            if (width > free) {
                segments++;
                free = GSM7_PER_SEGMENT;
            }
            free -= width;
        }
        return new Estimate(segments, Encoding.GSM_7, septets);
    }

    private static Estimate ucs2(String text) {
        int units = text.length();
        if (units <= UCS2_SINGLE_SEGMENT) {
            return new Estimate(1, Encoding.UCS_2, units);
        }
        int segments = 1;
        int free = UCS2_PER_SEGMENT;
        int i = 0;
        while (i < units) {
            int width = Character.isHighSurrogate(text.charAt(i)) && i + 1 < units
                        && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            if (width > free) {
                segments++;
                free = UCS2_PER_SEGMENT;
            }
            free -= width;
            i += width;
        }
        return new Estimate(segments, Encoding.UCS_2, units);
    }
}
