package dev.contentlint.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How wide text is in Arial, the font of Google's desktop results, from a table of advance
 * widths shipped as data ({@code contentlint/site/arial-widths.txt}, made by
 * {@code bench/make-width-table.py} from Liberation Sans, which has Arial's metrics), so that
 * no font machinery runs. Widths are summed without kerning, as search-result preview tools
 * do. A character the font lacks (CJK, emoji) counts one em, the width of a full-width glyph.
 */
public final class PixelWidths {
    private static final String TABLE = "/contentlint/site/arial-widths.txt";
    private static final PixelWidths ARIAL = load();

    private final int unitsPerEm;
    /** By code point of the Basic Multilingual Plane (the table's range); one em where the font has none. */
    private final int[] advances = new int[Character.MAX_VALUE + 1];

    private PixelWidths(int unitsPerEm, Map<Integer, Integer> table) {
        this.unitsPerEm = unitsPerEm;
        java.util.Arrays.fill(advances, unitsPerEm);
        table.forEach((codePoint, advance) -> {
            if (codePoint <= Character.MAX_VALUE) {
                advances[codePoint] = advance;
            }
        });
    }

    public static PixelWidths arial() {
        return ARIAL;
    }

    /** The advance of one code point, in font units. */
    int advance(int codePoint) {
        return codePoint <= Character.MAX_VALUE ? advances[codePoint] : unitsPerEm;
    }

    /** The text's width in pixels at {@code fontPixels}. */
    public double width(String text, double fontPixels) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            units += advance(c);
            i += Character.charCount(c);
        }
        return units * fontPixels / unitsPerEm;
    }

    /**
     * How much of the text a result shows when it is cut to {@code maxPixels}: the words that
     * fit before an ellipsis, as results cut at a word; the whole text when it fits.
     */
    public String shown(String text, double fontPixels, double maxPixels) {
        return width(text, fontPixels) <= maxPixels ? text : cut(text, fontPixels, maxPixels);
    }

    /** {@link #shown} of a text known to be wider than {@code maxPixels}. */
    String cut(String text, double fontPixels, double maxPixels) {
        double room = maxPixels - width("…", fontPixels);
        int fits = 0;
        double used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            used += advance(c) * fontPixels / unitsPerEm;
            if (used > room) {
                break;
            }
            i += Character.charCount(c);
            fits = i;
        }
        int word = text.lastIndexOf(' ', fits);
        String cut = (word > 0 && fits < text.length() && text.charAt(fits) != ' ' ? text.substring(0, word)
                : text.substring(0, fits)).stripTrailing();
        return cut + "…";
    }

    private static PixelWidths load() {
        try (InputStream in = PixelWidths.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the width table " + TABLE + " is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int units = Integer.parseInt(lines.readLine().split(" ")[1]);
            Map<Integer, Integer> advances = new HashMap<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split(" ");
                advances.put(Integer.parseInt(parts[0], 16), Integer.parseInt(parts[1]));
            }
            return new PixelWidths(units, advances);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
