package dev.contentlint.rules.frontmatter;

import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.page.yaml.YamlSequence;
import dev.contentlint.rules.BuiltinRule;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.RuleContext;
import dev.contentlint.rules.RuleInfo;
import dev.contentlint.rules.Severity;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Map;

/**
 * Checks each typed field's value. Absent and empty fields are left to {@code required-field}.
 * The types: integer, number, boolean, string, date (YYYY-MM-DD, a real day), site-path
 * (starts with '/'), url (http or https), file-name (one path segment), slug, mapping, list; and
 * unions of them written with '|' ({@code string | list}: one value or a list of them).
 */
@RuleInfo(id = "field-type", summary = "Field values have the type and form that the profile gives them",
        severity = Severity.ERROR, tags = "front-matter",
        options = @RuleInfo.Option(name = "types", type = OptionType.STRING_MAP,
                description = "Field path (a '*' matches any characters within a key) to type"))
public final class FieldType extends BuiltinRule {

    /** The type names this rule understands, for configuration checks and docs. */
    public static final java.util.Set<String> TYPES = java.util.Set.of("integer", "number", "boolean", "string",
            "date", "site-path", "url", "file-name", "slug", "mapping", "list");

    @Override
    public String optionProblem(String name, Object value) {
        for (String type : ((Map<?, ?>) value).values().stream().map(String::valueOf)
                .flatMap(union -> alternatives(union).stream()).toList()) {
            if (!TYPES.contains(type)) {
                return "unknown type '" + type + "' (types: " + String.join(", ", new java.util.TreeSet<>(TYPES)) + ")";
            }
        }
        return null;
    }

    @Override
    public void check(Page page, RuleContext context) {
        FrontMatter fm = page.frontMatter();
        for (Map.Entry<String, String> typed : context.options().stringMap("types").entrySet()) {
            for (FrontMatter.Field field : fm.matching(typed.getKey())) {
                String problem = problem(field.value(), typed.getValue());
                if (problem != null) {
                    context.report(field.path(), field.value().range(), "'" + field.path() + "' " + problem);
                }
            }
        }
    }

    /** The types of a union, {@code string | list}; one type is a union of one. */
    static java.util.List<String> alternatives(String union) {
        // The profile's few unions are split once, not once for every field of every page.
        return ALTERNATIVES.computeIfAbsent(union,
                u -> java.util.Arrays.stream(u.split("\\|")).map(String::strip).toList());
    }

    private static final Map<String, java.util.List<String>> ALTERNATIVES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Why the node is not of the type (or of any type of a union), or null when it is (or is empty). */
    static String problem(YamlNode node, String union) {
        java.util.List<String> types = alternatives(union);
        if (types.size() == 1) {
            return problemOf(node, types.get(0));
        }
        for (String type : types) {
            if (problemOf(node, type) == null) {
                return null;
            }
        }
        return "must be " + String.join(" or ", types.stream().map(FieldType::described).toList()) + ", " + found(node);
    }

    private static String described(String type) {
        return switch (type) {
            case "mapping" -> "a mapping";
            case "list" -> "a list";
            case "string" -> "text";
            case "integer" -> "an integer";
            default -> "a " + type;
        };
    }

    private static String problemOf(YamlNode node, String type) {
        if (node instanceof YamlScalar s && s.isEmpty() && !type.equals("mapping") && !type.equals("list")) {
            return null;
        }
        return switch (type) {
            case "mapping" -> node instanceof YamlMapping ? null : "must be a mapping of fields, " + found(node);
            case "list" -> node instanceof YamlSequence ? null : "must be a list, " + found(node);
            default -> {
                if (!(node instanceof YamlScalar s)) {
                    yield "must be a single value (" + type + "), " + found(node);
                }
                yield scalarProblem(s, type);
            }
        };
    }

    private static String scalarProblem(YamlScalar s, String type) {
        String v = s.value();
        return switch (type) {
            case "integer" -> s.type() == YamlScalar.Type.INT ? null : "must be an integer, " + found(s);
            case "number" -> s.type() == YamlScalar.Type.INT || s.type() == YamlScalar.Type.FLOAT
                    ? null : "must be a number, " + found(s);
            case "boolean" -> s.type() == YamlScalar.Type.BOOL ? null : "must be true or false, " + found(s);
            case "string" -> s.type() == YamlScalar.Type.STRING ? null : "must be text, " + found(s);
            case "date" -> date(v);
            case "site-path" -> TypeForms.isSitePath(v) && !v.startsWith("//")
                    ? null : "must be a site path starting with '/', found '" + v + "'";
            case "url" -> TypeForms.isWebUrl(v) ? null : "must be an http or https url, found '" + v + "'";
            case "file-name" -> TypeForms.isFileName(v) && v.strip().equals(v)
                    ? null : "must be a file name without folders, found '" + v + "'";
            case "slug" -> TypeForms.isSlug(v) ? null : "must be a slug (a-z, 0-9, single hyphens), found '" + v + "'";
            default -> null;
        };
    }

    private static String date(String v) {
        if (!TypeForms.isDateForm(v)) {
            return "must be a date written YYYY-MM-DD, found '" + v + "'";
        }
        try {
            // The form is checked: the numbers are read directly (LocalDate.parse's formatter costs more than the rule).
            LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
            return null;
        } catch (DateTimeException e) {
            return "is not a real date: '" + v + "'";
        }
    }

    private static String found(YamlNode node) {
        if (node instanceof YamlMapping) {
            return "found a mapping";
        }
        if (node instanceof YamlSequence) {
            return "found a list";
        }
        YamlScalar s = (YamlScalar) node;
        String kind = switch (s.type()) {
            case INT -> "an integer";
            case FLOAT -> "a number";
            case BOOL -> "a boolean";
            case NULL -> "nothing";
            case STRING -> "text";
        };
        String v = s.value().length() > 40 ? s.value().substring(0, 37) + "..." : s.value();
        return "found " + kind + " '" + v + "'";
    }
}
