package dev.contentlint.prose;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.rules.RuleMatch;

/**
 * The paragraphs of a text that are written in another language: of their words, the spelling
 * dictionary does not know one in five or more. An English paragraph has a few unknown words
 * at most (terms and names); a paragraph in Portuguese or Spanish has one in two. Every match
 * in such a paragraph, spelling or grammar, reads the other language as English ("a
 * importância" as a wrong article), so none is reported. Short paragraphs (a list item such as
 * "En la costa: on the coast") are too short to tell and are left to the spelling filter.
 */
final class ForeignParagraphs {
    private static final int MIN_WORDS = 8;
    private static final double UNKNOWN_SHARE = 0.2;

    private final List<int[]> ranges = new ArrayList<>();

    ForeignParagraphs(String markdown, List<RuleMatch> matches) {
        int start = 0;
        while (start < markdown.length()) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            int words = words(markdown, start, end);
            if (words >= MIN_WORDS) {
                int unknown = 0;
                for (RuleMatch match : matches) {
                    if (SpellerMatches.isSpelling(match) && match.getFromPos() >= start
                            && match.getFromPos() < end) {
                        unknown++;
                    }
                }
                if (unknown >= UNKNOWN_SHARE * words) {
                    ranges.add(new int[] {start, end});
                }
            }
            start = end + 1;
        }
    }

    boolean contains(int offset) {
        for (int[] range : ranges) {
            if (offset >= range[0] && offset < range[1]) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
