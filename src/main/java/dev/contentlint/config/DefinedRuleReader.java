package dev.contentlint.config;

import com.google.re2j.Pattern;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.Severity;
import dev.contentlint.rules.declarative.FieldsAgreeRule;
import dev.contentlint.rules.declarative.LengthRule;
import dev.contentlint.rules.declarative.PatternRule;
import dev.contentlint.rules.declarative.PhraseRule;
import java.util.List;
import java.util.Set;

/**
 * Reads one entry of a profile's {@code define:} list into a declarative rule. The kinds are
 * {@code forbidden-phrase}, {@code forbidden-pattern}, {@code required-pattern}, {@code length}
 * and {@code fields-agree}.
 */
final class DefinedRuleReader {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Set<String> COMMON = Set.of("id", "kind", "summary", "description", "severity", "fields",
            "message", "tags");
    private static final Set<String> PATTERN_KEYS = union(COMMON, Set.of("pattern"));
    private static final Set<String> PHRASE_KEYS = union(COMMON, Set.of("phrases"));
    private static final Set<String> LENGTH_KEYS = union(COMMON, Set.of("min", "max", "unit"));
    private static final Set<String> AGREE_KEYS = union(COMMON, Set.of("compare"));

    private DefinedRuleReader() {}

    static Rule read(ConfigFile file, YamlNode node) {
        YamlMapping def = file.mapping(node, "define");
        String id = file.string(required(file, def, "id"), "id");
        if (!ID.matcher(id).matches()) {
            throw file.error(def.get("id").orElseThrow(), "rule id '" + id + "' must be kebab-case, like 'no-lorem-ipsum'");
        }
        String kind = file.string(required(file, def, "kind"), "kind");
        String summary = file.string(required(file, def, "summary"), "summary");
        String description = def.get("description").map(n -> file.string(n, "description")).orElse(summary);
        Severity severity = def.get("severity").map(n -> {
            Severity s = Severity.parse(file.string(n, "severity"));
            if (s == null) {
                throw file.error(n, "severity must be info, warning or error");
            }
            return s;
        }).orElse(Severity.WARNING);
        List<String> fields = file.strings(required(file, def, "fields"), "fields");
        List<String> tags = def.get("tags").map(n -> file.strings(n, "tags")).orElse(List.of());
        RuleMeta meta = new RuleMeta(id, summary, severity, dev.contentlint.rules.Fixability.NONE, tags, true, List.of(),
                "# " + id + "\n\n" + description + "\n", file.name);
        java.util.Optional<String> message = def.get("message").map(n -> file.string(n, "message"));
        return switch (kind) {
            case "forbidden-pattern", "required-pattern" -> {
                file.onlyKeys(def, "rule '" + id + "'", PATTERN_KEYS);
                YamlNode patternNode = required(file, def, "pattern");
                Pattern pattern = ConfigLoader.compileRegex(file, patternNode, file.string(patternNode, "pattern"),
                        "rule '" + id + "'");
                boolean forbidden = kind.equals("forbidden-pattern");
                yield new PatternRule(meta, fields, pattern, forbidden, message.orElse(forbidden
                        ? "{field} contains \"{match}\"" : "{field} does not match the required pattern"));
            }
            case "forbidden-phrase" -> {
                file.onlyKeys(def, "rule '" + id + "'", PHRASE_KEYS);
                List<String> phrases = file.strings(required(file, def, "phrases"), "phrases");
                if (phrases.isEmpty() || phrases.stream().anyMatch(p -> p.strip().length() < 2)) {
                    throw file.error(def.get("phrases").orElseThrow(),
                            "'phrases' must list phrases of at least two characters");
                }
                yield new PhraseRule(meta, fields, phrases, message.orElse("{field} contains \"{match}\""));
            }
            case "length" -> {
                file.onlyKeys(def, "rule '" + id + "'", LENGTH_KEYS);
                Integer min = def.get("min").map(n -> integer(file, n, "min")).orElse(null);
                Integer max = def.get("max").map(n -> integer(file, n, "max")).orElse(null);
                if (min == null && max == null) {
                    throw file.error(def, "rule '" + id + "' needs 'min', 'max' or both");
                }
                if (min != null && max != null && min > max) {
                    throw file.error(def.get("min").orElseThrow(), "rule '" + id + "' has min " + min + " above max " + max);
                }
                String unit = def.get("unit").map(n -> file.string(n, "unit")).orElse("characters");
                if (!unit.equals("characters") && !unit.equals("words")) {
                    throw file.error(def.get("unit").orElseThrow(), "'unit' must be characters or words");
                }
                yield new LengthRule(meta, fields, min, max, unit.equals("words"),
                        message.orElse("{field} is {detail}"));
            }
            case "fields-agree" -> {
                file.onlyKeys(def, "rule '" + id + "'", AGREE_KEYS);
                if (fields.size() != 2) {
                    throw file.error(def.get("fields").orElseThrow(), "'fields-agree' compares exactly two fields");
                }
                String compare = def.get("compare").map(n -> file.string(n, "compare")).orElse("exact");
                if (FieldsAgreeRule.transform(compare).isEmpty()) {
                    throw file.error(def.get("compare").orElseThrow(),
                            "'compare' must be exact, trim, lowercase or slug");
                }
                yield new FieldsAgreeRule(meta, fields.get(0), fields.get(1), compare,
                        message.orElse("{field} does not agree with {detail}"));
            }
            default -> throw file.error(def.get("kind").orElseThrow(), "unknown rule kind '" + kind
                    + "' (expected forbidden-phrase, forbidden-pattern, required-pattern, length or fields-agree)");
        };
    }

    private static YamlNode required(ConfigFile file, YamlMapping def, String key) {
        return def.get(key).orElseThrow(() -> file.error(def, "a rule definition needs '" + key + "'"));
    }

    private static int integer(ConfigFile file, YamlNode node, String key) {
        if (node instanceof YamlScalar s && s.type() == YamlScalar.Type.INT) {
            return ConfigLoader.count(file, s, "'" + key + "'");
        }
        throw file.error(node, "'" + key + "' must be an integer");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
