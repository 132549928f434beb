package dev.contentlint.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The Arial width table against Arial's published advance widths (2,048 units an em): 'A' is
 * 1,366 units, 'W' 1,933, 'a' 1,139, 'i' and 'l' 455, the space 569, 'H' 1,479, 'e' and 'o' 1,139.
 */
class PixelWidthsTest {
    private final PixelWidths arial = PixelWidths.arial();

    @Test
    void singleCharactersHaveArialsAdvanceWidths() {
        assertEquals(1366, arial.advance('A'));
        assertEquals(1933, arial.advance('W'));
        assertEquals(1139, arial.advance('a'));
        assertEquals(455, arial.advance('i'));
        assertEquals(569, arial.advance(' '));
        assertEquals(2048, arial.advance('漢'), "a character Arial lacks is one em");
        assertEquals(1933.0, arial.width("W", 2048), 1e-9, "at 2,048 px a unit is a pixel");
    }

    @Test
    void stringsAreTheSumOfTheirCharacters() {
        // H e l l o = 1479 + 1139 + 455 + 455 + 1139 = 4667 units; at 20 px, 4667 * 20 / 2048
        assertEquals(45.576, arial.width("Hello", 20), 0.001);
        assertEquals(20 * 10 * 1933 / 2048.0, arial.width("WWWWWWWWWW", 20), 1e-9);
        assertEquals(20 * 10 * 455 / 2048.0, arial.width("iiiiiiiiii", 20), 1e-9, "ten i are a quarter of ten W");
    }

    @Test
    void aTextTooWideIsCutAtTheLastWholeWordBeforeAnEllipsis() {
        String title = "QuickTakes | Why Does Warm Water Move Upward When Heated?";
        assertEquals(600, Math.round(arial.width(title, 20)));
        assertEquals("QuickTakes | Why Does Warm Water Move Upward When…", arial.shown(title, 20, 561));
        assertEquals("QuickTakes | Physics", arial.shown("QuickTakes | Physics", 20, 561), "a text that fits is whole");
    }
}
