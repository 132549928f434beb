package dev.contentlint.rules.declarative;

import dev.contentlint.page.Page;
import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.text.TextChars;
import java.util.Arrays;
import java.util.List;

/**
 * {@code kind: forbidden-phrase} reports every occurrence of any listed phrase, ignoring case,
 * as whole words. Typographic apostrophes match straight ones. The text is scanned once: the
 * phrases form a tree of their folded characters, so at each word start only as many
 * characters are compared as some phrase shares with the text there. A word that starts no
 * phrase costs one table look-up, however long the list.
 */
public final class PhraseRule implements Rule {
    private final RuleMeta meta;
    private final List<String> fields;
    /** The node after a phrase's first character, by that character in either case; null where none starts. */
    private final Node[] byFirst = new Node[Character.MAX_VALUE + 1];
    private final String message;
    private static final TextChars CHARS = new TextChars();

    /** The phrases that continue with each next folded character, and whether one ends here. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] next = new Node[0];
        /** A phrase ends here; and whether its last character is a letter or digit, so the text must not go on with one. */
        private boolean end;
        private boolean endsInWord;

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return next[i];
                }
            }
            return null;
        }

        Node add(char c) {
            Node child = child(c);
            if (child == null) {
                child = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                next = Arrays.copyOf(next, next.length + 1);
                keys[keys.length - 1] = c;
                next[next.length - 1] = child;
            }
            return child;
        }
    }

    public PhraseRule(RuleMeta meta, List<String> fields, List<String> phrases, String message) {
        this.meta = meta;
        this.fields = List.copyOf(fields);
        this.message = message;
        Node root = new Node();
        for (String phrase : phrases) {
            String folded = fold(phrase.strip());
            Node node = root;
            for (int i = 0; i < folded.length(); i++) {
                node = node.add(folded.charAt(i));
            }
            node.end = true;
            node.endsInWord = isWordChar(folded.charAt(folded.length() - 1));
            // The first character is matched as written, not folded: the phrase's own, its upper case, ’ for '.
            char first = folded.charAt(0);
            for (char c : new char[] {first, Character.toUpperCase(first), first == '\'' ? '\u2019' : first}) {
                byFirst[c] = root.child(first);
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
                // An array, not String.charAt: in C1-compiled code each charAt costs several
                // array accesses, and this loop sees every character of the answers.
                char[] chars = CHARS.of(text); // valid until the next value: nothing below asks again
                int length = text.length();
                for (int at = 0; at < length; at++) {
                    // Few characters start a phrase: the table decides before the word boundary is looked at.
                    Node node = byFirst[chars[at]];
                    if (node == null || at > 0 && isWordChar(chars[at - 1])) {
                        continue;
                    }
                    for (int end = at + 1; node != null; end++) {
                        if (node.end && (end == length || !node.endsInWord || !isWordChar(chars[end]))) {
                            context.report(value.field(), value.range(at, end),
                                    Messages.fill(message, path, text.substring(at, end), null));
                        }
                        node = end < length ? node.child(fold(chars[end])) : null;
                    }
                }
            });
        }
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
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
