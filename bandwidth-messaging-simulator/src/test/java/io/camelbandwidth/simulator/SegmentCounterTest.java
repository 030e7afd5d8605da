package io.camelbandwidth.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentCounterTest {

    private static final String EMOJI = "😀"; // two UTF-16 code units

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("empty", "", 1),
                Arguments.of("ascii 1", "a", 1),
                Arguments.of("ascii 160", "a".repeat(160), 1),
                Arguments.of("ascii 161", "a".repeat(161), 2),
                Arguments.of("ascii 306", "a".repeat(306), 2),
                Arguments.of("ascii 307", "a".repeat(307), 3),
                Arguments.of("ascii 459", "a".repeat(459), 3),
                Arguments.of("ascii 460", "a".repeat(460), 4),
                Arguments.of("gsm basic specials 160", "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà".repeat(4)
                        .substring(0, 160), 1),
                Arguments.of("extension 80 = 160 septets", "€".repeat(80), 1),
                Arguments.of("extension 81 = 162 septets", "€".repeat(81), 2),
                Arguments.of("159 + one extension = 161", "a".repeat(159) + "^", 2),
                Arguments.of("158 + one extension = 160", "a".repeat(158) + "{", 1),
                Arguments.of("each extension char doubles", "^{}\\[~]|\f€".repeat(8), 1),
                Arguments.of("each extension char doubles, 161", "^{}\\[~]|\f€".repeat(8) + "a", 2),
                Arguments.of("extension not split across segments", "a".repeat(152) + "€" + "a".repeat(152), 3),
                Arguments.of("extension fits at segment end", "a".repeat(151) + "€" + "a".repeat(153), 2),
                Arguments.of("emoji 35 = 70 units", EMOJI.repeat(35), 1),
                Arguments.of("emoji 35 + a = 71 units", EMOJI.repeat(35) + "a", 2),
                Arguments.of("ucs2 70", "ç".repeat(70), 1),
                Arguments.of("ucs2 71", "ç".repeat(71), 2),
                Arguments.of("ucs2 134", "ç".repeat(134), 2),
                Arguments.of("ucs2 135", "ç".repeat(135), 3),
                Arguments.of("one non-gsm char forces ucs2", "a".repeat(70) + "ç", 2),
                Arguments.of("surrogate pair not split", "a".repeat(66) + EMOJI + "a".repeat(66), 3),
                Arguments.of("backtick is not gsm", "`", 1),
                Arguments.of("cjk 70", "中".repeat(70), 1));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("table")
    void counts(String name, String text, int segments) {
        assertEquals(segments, SegmentCounter.count(text), name);
    }

    @Test
    void nullCountsOne() {
        assertEquals(1, SegmentCounter.count(null));
    }

    @Test
    void detectsAlphabet() {
        assertTrue(SegmentCounter.isGsm7("Hello {world} €5 @home"));
        assertFalse(SegmentCounter.isGsm7("Hello 😀"));
        assertFalse(SegmentCounter.isGsm7("façade"));
        assertFalse(SegmentCounter.isGsm7("`"));
    }
}
