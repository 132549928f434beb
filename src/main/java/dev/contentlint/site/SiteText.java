package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.Page;
import dev.contentlint.text.NewlineEscapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page's text as the site rules compare and count it: the field that plays the {@code text}
 * role (on QuickTakes, {@code answer}) and the Markdown body, with {@code \n} escapes read as
 * line breaks, reduced to its words. Markup is not text: link targets ({@code ](…)}), HTML
 * tags and entities are dropped, and a word is a run of letters and digits, lower-cased, so
 * that {@code **bold**}, {@code ### Heading} and {@code `code`} count as their words.
 */
public final class SiteText {
    private SiteText() {}

    /** The page's text (the text role's value, then the body), with escapes as line breaks; "" when it has none. */
    public static String of(Page page, FieldRoles fields) {
        FrontMatter front = page.frontMatter();
        String value = front == null ? null : fields.path(FieldRole.TEXT).flatMap(front::text).orElse(null);
        String field = value == null ? "" : NewlineEscapes.withLineBreaks(value, NewlineEscapes.find(value));
        return field + "\n" + page.body();
    }

    /** The words of Markdown text, lower-cased, without its markup. */
    public static List<String> words(String markdown) {
        List<String> words = new ArrayList<>(markdown.length() / 6);
        scan(markdown, (text, start, end) -> words.add(text.substring(start, end).toLowerCase(Locale.ROOT)),
                Integer.MAX_VALUE);
        return words;
    }

    /** Where each word of {@link #words} is in the text it was found in. */
    @FunctionalInterface
    interface WordSink {
        void word(String text, int start, int end);
    }

    /**
     * Each word of {@link #words} as the hash code and length of its lower-cased string, given
     * to {@code sink} without the string being made when the word is ASCII (nearly every word).
     */
    static void hashWords(String markdown, WordHashSink sink) {
        scan(markdown, (text, start, end) -> {
            int hash = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 128) {
                    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
                    sink.word(word.hashCode(), word.length());
                    return;
                }
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            sink.word(hash, end - start);
        }, Integer.MAX_VALUE);
    }

    /** A word's lower-cased string's {@link String#hashCode} and length. */
    @FunctionalInterface
    interface WordHashSink {
        void word(int hashCode, int length);
    }

    /**
     * How many words {@link #words} finds, counted up to {@code limit} and no further: a page
     * with enough words is told apart from a thin one in its first few hundred, and no word is
     * made into a string.
     */
    public static int count(String markdown, int limit) {
        return scan(markdown, null, limit);
    }

    /** Finds the words, giving each to {@code words} unless it is null; stops at {@code limit} words. */
    private static int scan(String markdown, WordSink words, int limit) {
        int n = markdown.length();
        int count = 0;
        int start = -1;
        int i = 0;
        while (i < n && count < limit) {
            char ch = markdown.charAt(i);
            if (ch == ']' || ch == '<' || ch == '&') { // the only characters markup starts with
                int skip = markupEnd(markdown, i);
                if (skip > i) {
                    count += flush(markdown, start, i, words);
                    start = -1;
                    i = skip;
                    continue;
                }
            }
            int c = Character.isSurrogate(ch) ? markdown.codePointAt(i) : ch;
            // ASCII by table, and a call only where a word ends: this loop reads every page's text.
            if (c < 128 ? ASCII_WORD[c] : isWordCharacter(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                count += flush(markdown, start, i, words);
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (count < limit) {
            count += flush(markdown, start, n, words);
        }
        return count;
    }

    /** Ends the word that started at {@code start} (none when negative); 1 when there was one. */
    private static int flush(String text, int start, int end, WordSink words) {
        if (start < 0) {
            return 0;
        }
        if (words != null) {
            words.word(text, start, end);
        }
        return 1;
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = isWordCharacter(c);
        }
    }

    /** Letters and digits, as Unicode counts them (numbers such as ² and ½ included). */
    static boolean isWordCharacter(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Where the markup that starts at {@code i} ends: a link target {@code ](…)}, an HTML tag
     * {@code <…>} on one line, or an entity {@code &name;}; {@code i} itself when none starts there.
     */
    private static int markupEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == ']' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
            int close = text.indexOf(')', i + 2);
            return close < 0 ? i : close + 1;
        }
        if (c == '<') {
            for (int j = i + 1; j < text.length(); j++) {
                char d = text.charAt(j);
                if (d == '>') {
                    return j + 1;
                }
                if (d == '\n') {
                    return i;
                }
            }
            return i;
        }
        if (c == '&') {
            int j = i + 1;
            while (j < text.length() && j - i <= 32 && isEntityCharacter(text.charAt(j))) {
                j++;
            }
            return j > i + 1 && j < text.length() && text.charAt(j) == ';' ? j + 1 : i;
        }
        return i;
    }

    private static boolean isEntityCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
    }
}
