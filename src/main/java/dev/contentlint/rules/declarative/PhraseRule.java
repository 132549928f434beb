package dev.contentlint.rules.declarative;

import dev.contentlint.page.Page;
import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: forbidden-phrase} reports every occurrence of any listed phrase, ignoring case,
 * as whole words. Typographic apostrophes match straight ones. The text is scanned once: at
 * each word start, only the phrases that begin with that character are compared, so a list
 * of dozens of phrases stays cheap on long answers.
 */
public final class PhraseRule implements Rule {
    private final RuleMeta meta;
    private final List<String> fields;
    /** The folded phrases by their first character, in either case; null where none starts. */
    @SuppressWarnings("unchecked")
    private final List<String>[] byFirst = new List[Character.MAX_VALUE + 1];
    private final String message;

    public PhraseRule(RuleMeta meta, List<String> fields, List<String> phrases, String message) {
        this.meta = meta;
        this.fields = List.copyOf(fields);
        this.message = message;
        for (String phrase : phrases) {
            String folded = fold(phrase.strip());
            char first = folded.charAt(0);
            for (char c : new char[] {first, Character.toUpperCase(first), first == '\'' ? '\u2019' : first}) {
                if (byFirst[c] == null) {
                    byFirst[c] = new ArrayList<>();
                }
                if (!byFirst[c].contains(folded)) {
                    byFirst[c].add(folded);
                }
            }
        }
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public void check(Page page, RuleContext context) {
        for (String path : fields) {
            FieldValues.read(page, path).ifPresent(value -> {
                String text = value.text();
                char[] chars = text.toCharArray(); // faster than charAt on non-Latin-1 text
                boolean afterWord = false;
                for (int at = 0; at < chars.length; at++) {
                    char c = chars[at];
                    List<String> phrases = afterWord ? null : byFirst[c];
                    afterWord = isWordChar(c);
                    if (phrases == null) {
                        continue;
                    }
                    for (String phrase : phrases) {
                        int end = at + phrase.length();
                        if (end <= text.length() && matches(text, at, phrase)
                                && (end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(phrase.charAt(
                                        phrase.length() - 1)))) {
                            context.report(value.field(), value.range(at, end),
                                    Messages.fill(message, path, text.substring(at, end), null));
                        }
                    }
                }
            });
        }
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    private static boolean matches(String text, int at, String phrase) {
        for (int i = 1; i < phrase.length(); i++) {
            if (fold(text.charAt(at + i)) != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }

    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }
}
