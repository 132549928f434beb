package dev.contentlint.rules.prose;

import dev.contentlint.prose.ProseFinding;
import dev.contentlint.prose.ProseMatch;
import dev.contentlint.rules.RuleContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Reports LanguageTool matches of one kind, with LanguageTool's rule id and suggestions. */
final class ProseReport {
    private ProseReport() {}

    static void report(RuleContext context, boolean spelling) {
        report(context, spelling, null);
    }

    /** With {@code text}, the page's text, a message starts with the words it is about ('wiht': …). */
    static void report(RuleContext context, boolean spelling, String text) {
        for (ProseFinding finding : context.prose()) {
            ProseMatch match = finding.match();
            if (match.spelling() != spelling) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("languagetoolRule", match.ruleId());
            properties.put("languagetoolCategory", match.category());
            properties.put("suggestions", match.suggestions());
            String about = text == null ? "" : "'" + text.substring(finding.range().start(), finding.range().end()) + "': ";
            context.report(finding.field(), finding.range(), about + message(match), null, properties);
        }
    }

    /** LanguageTool's message, its first suggestions, and its rule id, which names the rule to switch off. */
    static String message(ProseMatch match) {
        StringBuilder out = new StringBuilder(match.message().strip());
        if (!match.suggestions().isEmpty()) {
            if (!out.isEmpty() && ".?!".indexOf(out.charAt(out.length() - 1)) < 0) {
                out.append('.');
            }
            out.append(" Suggestions: ")
                    .append(match.suggestions().stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")))
                    .append('.');
        }
        return out.append(" [").append(match.ruleId()).append(']').toString();
    }
}
