package dev.contentlint.rules.seo;

import dev.contentlint.config.FieldRole;
import dev.contentlint.fix.FieldChange;
import dev.contentlint.fix.Fix;
import dev.contentlint.fix.TextEdit;
import dev.contentlint.fix.ValueEdits;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.Fixability;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keywords field is one string of keywords separated by a comma and one space. Reports
 * empty keywords, a separator without its space, with extra spaces or with a space before the
 * comma, a duplicate keyword
 * (ignoring case), and more keywords than {@code max}. Commas without their space are one
 * finding for the field, with each comma as a related location: a list written "a,b,c" is one
 * habit, mended by one rewrite; each of the other problems is a slip of its own.
 */
@RuleInfo(id = "keywords-format", summary = "SEO keywords are a clean comma-separated list without repeats",
        severity = Severity.WARNING, fix = Fixability.SAFE, tags = "seo",
        options = @RuleInfo.Option(name = "max", type = OptionType.INTEGER, defaultValue = "20",
                description = "Most keywords allowed"))
public final class KeywordsFormat extends BuiltinRule {

    @Override
    public void check(Page page, RuleContext context) {
        context.fields().path(FieldRole.KEYWORDS).ifPresent(path -> page.frontMatter().scalar(path)
                .filter(s -> !s.isEmpty())
                .ifPresent(value -> check(page, context, path, value)));
    }

    /** A problem found in the list, reported once the fix for the whole list is known. */
    private record Problem(Range range, String message) {}

    private void check(Page page, RuleContext context, String path, YamlScalar scalar) {
        String value = scalar.value();
        Map<String, Integer> seen = new HashMap<>();
        List<String> kept = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        // Commas without their space are one defect, the way the list is written: one finding.
        List<Range> unspaced = new ArrayList<>();
        String firstUnspaced = null;
        int count = 0;
        int start = 0;
        for (int index = 0; start <= value.length(); index++) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            String raw = value.substring(start, end);
            String keyword = raw.strip();
            if (keyword.isEmpty()) {
                if (comma >= 0 || index > 0) {
                    int at = comma >= 0 ? comma : start - 1;
                    problems.add(new Problem(scalar.sourceRange(at, at + 1),
                            "empty keyword: two commas with nothing between" + (comma < 0 ? ", or a comma at the end" : "")));
                }
            } else {
                count++;
                int leading = raw.length() - raw.stripLeading().length();
                if (index > 0 && leading == 0) {
                    unspaced.add(scalar.sourceRange(start - 1, start));
                    firstUnspaced = firstUnspaced == null ? keyword : firstUnspaced;
                } else if (index > 0 && leading != 1) {
                    problems.add(new Problem(scalar.sourceRange(start - 1, start + leading),
                            "more than one space after the comma before '" + keyword + "'"));
                }
                int trailing = raw.length() - raw.stripTrailing().length();
                if (comma >= 0 && trailing > 0) {
                    problems.add(new Problem(scalar.sourceRange(end - trailing, end + 1),
                            "space before the comma after '" + keyword + "'"));
                }
                String key = singleSpaced(keyword.toLowerCase(Locale.ROOT));
                Integer first = seen.putIfAbsent(key, index + 1);
                if (first != null) {
                    int from = start + leading;
                    problems.add(new Problem(scalar.sourceRange(from, from + keyword.length()),
                            "duplicate keyword '" + keyword + "' (the same as keyword " + first + ")"));
                } else {
                    kept.add(keyword);
                }
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        Fix fix = problems.isEmpty() && unspaced.isEmpty() ? null : fix(page, path, scalar, String.join(", ", kept));
        if (unspaced.size() == 1) {
            problems.add(new Problem(unspaced.get(0), "missing space after the comma before '" + firstUnspaced + "'"));
        } else if (!unspaced.isEmpty()) {
            context.reportOccurrences(path, unspaced, "missing space after " + unspaced.size() + " commas in '" + path
                    + "', the first before '" + firstUnspaced + "'", fix);
        }
        for (Problem problem : problems) {
            context.report(path, problem.range(), problem.message(), fix);
        }
        int max = context.options().integer("max");
        if (count > max) {
            context.report(path, scalar.contentRange(), count + " keywords; the maximum is " + max);
        }
    }

    /**
     * The keyword with each run of whitespace ({@code [ \t\n\x0B\f\r]}) inside it as one space,
     * as {@code String.join(" ", keyword.split("\\s+"))} has it. A plain loop: a regex split of
     * every keyword of every page cost more than the rest of the rule.
     */
    static String singleSpaced(String keyword) {
        boolean spacedOnce = true;
        for (int i = 0; i < keyword.length() && spacedOnce; i++) {
            char c = keyword.charAt(i);
            spacedOnce = !isSpace(c) || c == ' ' && i > 0 && i + 1 < keyword.length()
                    && !isSpace(keyword.charAt(i + 1));
        }
        if (spacedOnce) {
            return keyword; // most keywords: nothing to copy
        }
        StringBuilder out = new StringBuilder(keyword.length());
        boolean pending = false;
        for (int i = 0; i < keyword.length(); i++) {
            char c = keyword.charAt(i);
            if (isSpace(c)) {
                pending = true;
                continue;
            }
            if (pending) {
                out.append(' ');
                pending = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Rewrites the list with ", " between keywords, without empty or repeated ones. */
    private static Fix fix(Page page, String path, YamlScalar scalar, String normalized) {
        TextEdit edit = ValueEdits.replace(page.text(), scalar, normalized);
        return edit == null ? null : Fix.safe("rewrite the keywords as one comma-separated list without repeats",
                FieldChange.to(path, normalized), edit);
    }
}
