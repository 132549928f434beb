package dev.contentlint.rules.declarative;

import dev.contentlint.page.Page;
import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleMeta;
import java.util.List;

/**
 * {@code kind: forbidden-phrase} reports every occurrence of any listed phrase, ignoring case,
 * as whole words. Typographic apostrophes match straight ones. Plain substring search keeps a
 * list of dozens of phrases cheap on long answers, where one large regex would not be.
 */
public final class PhraseRule implements Rule {
    private final RuleMeta meta;
    private final List<String> fields;
    private final List<String> phrases;
    private final String message;

    public PhraseRule(RuleMeta meta, List<String> fields, List<String> phrases, String message) {
        this.meta = meta;
        this.fields = List.copyOf(fields);
        this.phrases = phrases.stream().map(PhraseRule::fold).distinct().toList();
        this.message = message;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    @Override
    public void check(Page page, RuleContext context) {
        for (String path : fields) {
            FieldValues.read(page, path).ifPresent(value -> {
                String text = fold(value.text());
                for (String phrase : phrases) {
                    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                        int end = at + phrase.length();
                        if (isWordBoundary(text, at) && isWordBoundary(text, end)) {
                            context.report(value.field(), value.range(at, end),
                                    Messages.fill(message, path, value.text().substring(at, end), null));
                        }
                    }
                }
            });
        }
    }

    /** Lowercase and straight apostrophes, one char for one char so that offsets still hold. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i] == '\u2019' ? '\'' : chars[i];
            char lower = Character.toLowerCase(c);
            chars[i] = Character.isSurrogate(lower) ? c : lower;
        }
        return new String(chars);
    }

    private static boolean isWordBoundary(String text, int at) {
        return at == 0 || at == text.length()
                || !Character.isLetterOrDigit(text.charAt(at - 1)) || !Character.isLetterOrDigit(text.charAt(at));
    }
}
