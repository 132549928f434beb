package dev.contentlint.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.contentlint.io.GuardedReader;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlNode;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.OptionType;
import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.RuleOptions;
import dev.contentlint.rules.RuleRegistry;
import dev.contentlint.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and loads {@code .contentlint.yaml}: follows its {@code extends} chain of built-in
 * and file profiles, merges them (later layers win), and validates every rule id, severity
 * and option against the rules' declared metadata.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".contentlint.yaml";
    /**
     * The tag of the site audit's rules: they report on the whole site (one shared SEO title on
     * thousands of pages), which a check of a few changed pages should not repeat unasked.
     */
    public static final String SITE_TAG = "site";
    public static final String DEFAULT_PROFILE = "default";
    private static final Set<String> TOP_KEYS =
            Set.of("extends", "include", "exclude", "rules", "fields", "layout", "links", "markdown", "prose",
                    "define");
    private static final Set<String> LAYOUT_KEYS =
            Set.of("path", "url", "subject-variable", "transforms", "ignore-case");
    private static final Set<String> TRANSFORM_KEYS = Set.of("lowercase", "escapes");
    private static final Set<String> LINKS_KEYS =
            Set.of("template", "ignore-case", "redirects", "macros", "only-under-pages");
    private static final Set<String> MARKDOWN_KEYS = Set.of("inline-markup", "block-markup", "definition-lists");
    private static final Set<String> REDIRECTS_KEYS = Set.of("file", "format");
    private static final Set<String> MACRO_KEYS = Set.of("pattern", "link", "lowercase", "escapes");
    private static final Set<String> PROSE_KEYS =
            Set.of("fields", "language", "words", "vocabulary", "disabled-rules", "enabled-rules", "suggestions",
                    "chunker", "ignore-names", "term-repeats",
                    "typo-distance");
    private static final Set<String> RULE_KEYS = Set.of("severity", "options");

    private List<String> include = List.of("**/*.md");
    private List<String> exclude = List.of();
    private final Map<String, RuleLayer> ruleLayers = new LinkedHashMap<>();
    private final Map<FieldRole, String> fields = new EnumMap<>(FieldRole.class);
    /** The layouts as written so far, each key with the file and node that set it, for error positions. */
    private List<Map<String, Written>> layouts = new ArrayList<>();
    /** The links settings as written so far; a later layer overrides them key by key. */
    private final Map<String, Written> links = new HashMap<>();
    private MarkdownDialect markdown = MarkdownDialect.NONE;
    private final List<Defined> defined = new ArrayList<>();
    private List<String> proseFields = List.of();
    private String language = "en-US";
    private Vocabulary vocabulary = Vocabulary.EMPTY;
    private final Set<String> disabledProse = new java.util.LinkedHashSet<>();
    private final Set<String> enabledProse = new java.util.LinkedHashSet<>();
    private int suggestions = ProseSettings.DEFAULT_SUGGESTIONS;
    private boolean chunker = true;
    private boolean ignoreNames = true;
    private int termRepeats = ProseSettings.DEFAULT_TERM_REPEATS;
    private int typoDistance = ProseSettings.DEFAULT_TYPO_DISTANCE;
    private final Map<String, String> proseOrigins = new HashMap<>();
    /** The profiles on the current 'extends' path, to tell a cycle from a diamond. */
    private final Set<String> loading = new HashSet<>();
    /** The profiles applied so far: a layer reached twice (a diamond) is applied once, where it is first reached. */
    private final Set<String> applied = new HashSet<>();
    /** A value of the configuration and where it was written. */
    private record Written(ConfigFile file, YamlNode node) {
        ConfigException error(String message) {
            return file.error(node, message);
        }
    }
    /** A configuration file is a few kilobytes; anything near this is not one. */
    static final long MAX_CONFIG_BYTES = 4L * 1024 * 1024;

    /** A rule's settings as merged so far, with the nodes kept for error positions. */
    private static final class RuleLayer {
        /** Where the rule was last named, so that an unknown id is reported at its key. */
        ConfigFile keyFile;
        YamlScalar key;
        YamlNode severity;
        ConfigFile severityFile;
        final Map<String, OptionSetting> options = new LinkedHashMap<>();
    }

    /** One option as written: its file, its name's node and its value's node. */
    private record OptionSetting(ConfigFile file, YamlScalar name, YamlNode value) {}

    private record Defined(ConfigFile file, YamlNode node) {}

    private ConfigLoader() {}

    /** The nearest {@value #FILE_NAME} in {@code start} or a folder above it, or null. */
    public static Path discover(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Loads {@code explicit} if given, else the discovered file, else the built-in default
     * profile with {@code fallbackRoot} as the root.
     */
    public static Config load(Path explicit, Path fallbackRoot) {
        Path file = explicit != null ? explicit.toAbsolutePath().normalize() : discover(fallbackRoot);
        ConfigLoader loader = new ConfigLoader();
        Path root;
        if (file == null) {
            loader.loadBuiltin(DEFAULT_PROFILE, null, null);
            root = fallbackRoot.toAbsolutePath().normalize();
        } else {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file.toString(), 0, 0, "configuration file not found");
            }
            loader.loadFile(file, null);
            root = file.getParent();
        }
        return loader.build(root, file);
    }

    private void loadBuiltin(String name, ConfigFile from, YamlNode at) {
        if (!applied.add("built-in:" + name)) {
            return;
        }
        // The shipped examples (rules/examples/) are built-in profiles too.
        String resource = "/contentlint/rules/" + name + ".yaml";
        if (ConfigLoader.class.getResource(resource) == null) {
            resource = "/contentlint/rules/examples/" + name + ".yaml";
        }
        try (InputStream in = ConfigLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw from == null
                        ? new ConfigException("built-in:" + name, 0, 0, "no built-in profile named '" + name + "'")
                        : from.error(at, "no built-in profile named '" + name + "'");
            }
            apply(ConfigFile.parse("built-in:" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new ConfigException("built-in:" + name, 0, 0, "cannot read built-in profile: " + e.getMessage());
        }
    }

    private void loadFile(Path file, ConfigFile from) {
        String key = file.toAbsolutePath().normalize().toString();
        if (loading.contains(key)) {
            throw new ConfigException(file.toString(), 0, 0, "profile extends itself (a cycle in 'extends')");
        }
        if (!applied.add(key)) {
            return;
        }
        loading.add(key);
        String text;
        try {
            text = GuardedReader.readUtf8(file, MAX_CONFIG_BYTES);
        } catch (GuardedReader.RefusedException e) {
            throw new ConfigException(file.toString(), e.line(), e.column(), "cannot read configuration: " + e.getMessage()
                    + (e.line() == 0 && e.getMessage().contains("limit") ? "; long word lists belong in a vocabulary file"
                    + " (prose.vocabulary)" : ""));
        }
        ConfigFile config = ConfigFile.parse(file.toString(), text);
        apply(config, file.getParent());
        loading.remove(key);
    }

    private void apply(ConfigFile file, Path folder) {
        YamlMapping root = file.root;
        file.onlyKeys(root, "the configuration", TOP_KEYS);
        // A file without 'extends' builds on the default profile; 'extends: []' starts from nothing.
        var extendsNode = root.get("extends");
        List<String> bases = extendsNode.isPresent()
                ? file.strings(extendsNode.get(), "extends")
                : folder == null ? List.of() : List.of(DEFAULT_PROFILE);
        for (int i = 0; i < bases.size(); i++) {
            String base = bases.get(i);
            int index = i;
            YamlNode at = extendsNode.map(n -> n instanceof dev.contentlint.page.yaml.YamlSequence seq
                    ? seq.items().get(index) : n).orElse(root);
            if (base.contains("/") || base.endsWith(".yaml") || base.endsWith(".yml")) {
                Path path = (folder == null ? Path.of(".") : folder).resolve(base);
                if (!Files.isRegularFile(path)) {
                    throw file.error(at, "profile file not found: " + base);
                }
                loadFile(path, file);
            } else {
                loadBuiltin(base, file, at);
            }
        }
        root.get("include").ifPresent(n -> include = globs(file, n, "include"));
        root.get("exclude").ifPresent(n -> exclude = globs(file, n, "exclude"));
        root.get("rules").ifPresent(n -> applyRules(file, file.mapping(n, "rules")));
        root.get("fields").ifPresent(n -> {
            for (YamlMapping.Entry entry : file.mapping(n, "fields").entries()) {
                FieldRole role = FieldRole.fromKey(entry.key().value());
                if (role == null) {
                    throw file.error(entry.key(), "unknown field role '" + entry.key().value() + "' (expected one of: "
                            + String.join(", ", java.util.Arrays.stream(FieldRole.values()).map(FieldRole::key).toList())
                            + ")");
                }
                // '~' (null) unsets a role that a profile below gave, so that no rule reads that field.
                if (entry.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL) {
                    fields.remove(role);
                } else {
                    fields.put(role, file.string(entry.value(), entry.key().value()));
                }
            }
        });
        root.get("layout").ifPresent(n -> applyLayout(file, n));
        root.get("links").ifPresent(n -> {
            YamlMapping mapping = file.mapping(n, "links");
            file.onlyKeys(mapping, "links", LINKS_KEYS);
            mapping.entries().forEach(entry -> links.put(entry.key().value(), new Written(file, entry.value())));
        });
        root.get("markdown").ifPresent(n -> applyMarkdown(file, file.mapping(n, "markdown")));
        root.get("prose").ifPresent(n -> applyProse(file, file.mapping(n, "prose"), folder));
        root.get("define").ifPresent(n -> {
            if (!(n instanceof dev.contentlint.page.yaml.YamlSequence seq)) {
                throw file.error(n, "'define' must be a list of rule definitions");
            }
            seq.items().forEach(item -> defined.add(new Defined(file, item)));
        });
    }

    /**
     * A mapping is one layout, whose keys override those of a single inherited layout one by
     * one; a list is the site's layouts in order (first match wins) and replaces the inherited ones.
     */
    private void applyLayout(ConfigFile file, YamlNode node) {
        if (node instanceof dev.contentlint.page.yaml.YamlSequence seq) {
            List<Map<String, Written>> listed = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                listed.add(layoutKeys(file, file.mapping(item, "layout"), new HashMap<>()));
            }
            layouts = listed;
            return;
        }
        Map<String, Written> base = layouts.size() == 1 ? layouts.get(0) : new HashMap<>();
        layouts = new ArrayList<>(List.of(layoutKeys(file, file.mapping(node, "layout"), base)));
    }

    private static Map<String, Written> layoutKeys(ConfigFile file, YamlMapping mapping, Map<String, Written> into) {
        file.onlyKeys(mapping, "layout", LAYOUT_KEYS);
        for (YamlMapping.Entry entry : mapping.entries()) {
            into.put(entry.key().value(), new Written(file, entry.value()));
        }
        return into;
    }

    private void applyRules(ConfigFile file, YamlMapping rules) {
        for (YamlMapping.Entry entry : rules.entries()) {
            RuleLayer layer = ruleLayers.computeIfAbsent(entry.key().value(), k -> new RuleLayer());
            layer.keyFile = file;
            layer.key = entry.key();
            if (entry.value() instanceof YamlScalar) {
                layer.severity = entry.value();
                layer.severityFile = file;
                continue;
            }
            YamlMapping setting = file.mapping(entry.value(), entry.key().value());
            file.onlyKeys(setting, "rule '" + entry.key().value() + "'", RULE_KEYS);
            setting.get("severity").ifPresent(s -> {
                layer.severity = s;
                layer.severityFile = file;
            });
            setting.get("options").ifPresent(o -> {
                for (YamlMapping.Entry option : file.mapping(o, "options").entries()) {
                    layer.options.put(option.key().value(), new OptionSetting(file, option.key(), option.value()));
                }
            });
        }
    }

    /** A later layer overrides each key of the dialect it writes. */
    private void applyMarkdown(ConfigFile file, YamlMapping mapping) {
        file.onlyKeys(mapping, "markdown", MARKDOWN_KEYS);
        List<Pattern> inline = mapping.get("inline-markup").map(n -> patterns(file, n, "inline-markup"))
                .orElse(markdown.inlineMarkup());
        List<Pattern> blocks = mapping.get("block-markup").map(n -> patterns(file, n, "block-markup"))
                .orElse(markdown.blockMarkup());
        boolean definitionLists = mapping.get("definition-lists").map(n -> bool(file, n, "definition-lists"))
                .orElse(markdown.definitionLists());
        markdown = new MarkdownDialect(inline, blocks, definitionLists);
    }

    private static List<Pattern> patterns(ConfigFile file, YamlNode node, String key) {
        List<String> regexes = file.strings(node, key);
        List<YamlNode> items = node instanceof dev.contentlint.page.yaml.YamlSequence seq ? seq.items() : List.of(node);
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < regexes.size(); i++) {
            patterns.add(compileRegex(file, items.get(i), regexes.get(i), "'" + key + "'"));
        }
        return patterns;
    }

    /** Words, vocabularies and rule switches add up across the files a configuration extends. */
    private void applyProse(ConfigFile file, YamlMapping prose, Path folder) {
        file.onlyKeys(prose, "prose", PROSE_KEYS);
        prose.get("fields").ifPresent(n -> proseFields = file.strings(n, "fields"));
        prose.get("language").ifPresent(n -> {
            language = file.string(n, "language");
            proseOrigins.put("language", file.where(n));
        });
        prose.get("words").ifPresent(n -> vocabulary = vocabulary.plus(
                new Vocabulary(new java.util.LinkedHashSet<>(file.strings(n, "words")), List.of())));
        prose.get("vocabulary").ifPresent(n -> {
            String name = file.string(n, "vocabulary");
            // A built-in profile (no folder) names a vocabulary that ships beside it.
            vocabulary = vocabulary.plus(folder == null
                    ? VocabularyFile.readBuiltin(name, problem -> file.error(n, problem))
                    : VocabularyFile.read(folder.resolve(name).normalize(), problem -> file.error(n, problem)));
        });
        prose.get("disabled-rules").ifPresent(n -> file.strings(n, "disabled-rules").forEach(id -> {
            proseOrigins.put("disabled-rules:" + id, file.where(itemNamed(n, id)));
            disabledProse.add(id);
            enabledProse.remove(id);
        }));
        prose.get("enabled-rules").ifPresent(n -> file.strings(n, "enabled-rules").forEach(id -> {
            proseOrigins.put("enabled-rules:" + id, file.where(itemNamed(n, id)));
            enabledProse.add(id);
            disabledProse.remove(id);
        }));
        prose.get("chunker").ifPresent(n -> chunker = bool(file, n, "chunker"));
        prose.get("ignore-names").ifPresent(n -> ignoreNames = bool(file, n, "ignore-names"));
        prose.get("suggestions").ifPresent(n -> suggestions = count(file, n, "suggestions"));
        prose.get("term-repeats").ifPresent(n -> termRepeats = count(file, n, "term-repeats"));
        prose.get("typo-distance").ifPresent(n -> typoDistance = count(file, n, "typo-distance"));
    }

    private static boolean bool(ConfigFile file, YamlNode node, String key) {
        String text = file.string(node, key);
        if (!text.equals("true") && !text.equals("false")) {
            throw file.error(node, "'" + key + "' must be true or false, not '" + text + "'");
        }
        return text.equals("true");
    }

    private static int count(ConfigFile file, YamlNode node, String key) {
        String text = file.string(node, key);
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= 20) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw file.error(node, "'" + key + "' must be a whole number from 0 to 20, not '" + text + "'");
    }

    private Config build(Path root, Path file) {
        Map<String, Rule> known = new LinkedHashMap<>();
        for (Rule rule : RuleRegistry.builtins()) {
            known.put(rule.meta().id(), rule);
        }
        for (Defined d : defined) {
            Rule rule = DefinedRuleReader.read(d.file(), d.node());
            if (known.containsKey(rule.meta().id())) {
                throw d.file().error(d.node(), "rule id '" + rule.meta().id() + "' is already defined");
            }
            known.put(rule.meta().id(), rule);
        }
        for (Map.Entry<String, RuleLayer> entry : ruleLayers.entrySet()) {
            if (!known.containsKey(entry.getKey())) {
                RuleLayer layer = entry.getValue();
                throw layer.keyFile.error(layer.key,
                        "unknown rule '" + entry.getKey() + "' (run 'contentlint rules' for the list)");
            }
        }
        List<ConfiguredRule> enabled = new ArrayList<>();
        for (Rule rule : known.values()) {
            RuleLayer layer = ruleLayers.get(rule.meta().id());
            RuleOptions options = options(rule, layer);
            Severity severity = rule.meta().severity();
            if ((layer == null || layer.severity == null) && rule.meta().tags().contains(SITE_TAG)) {
                continue; // the site audit's rules run only where a profile (such as `site`) gives them a severity
            }
            if (layer != null && layer.severity != null) {
                String text = layer.severityFile.string(layer.severity, rule.meta().id());
                if (text.equals("off")) {
                    continue;
                }
                severity = Severity.parse(text);
                if (severity == null) {
                    throw layer.severityFile.error(layer.severity,
                            "severity of '" + rule.meta().id() + "' must be off, info, warning or error, not '" + text + "'");
                }
            }
            enabled.add(new ConfiguredRule(rule, severity, options));
        }
        List<Layout> siteLayouts = new ArrayList<>();
        for (Map<String, Written> written : layouts) {
            siteLayouts.add(layout(written));
        }
        Layouts layoutSettings = new Layouts(siteLayouts);
        LinkSettings linkSettings = linkSettings(root);
        ProseSettings prose = new ProseSettings(proseFields, language, vocabulary, List.copyOf(disabledProse),
                List.copyOf(enabledProse), suggestions, chunker, ignoreNames, termRepeats,
                typoDistance, proseOrigins, markdown);
        List<RuleMeta> metas = known.values().stream().map(Rule::meta).toList();
        return new Config(root, file, include, exclude, enabled, metas, new FieldRoles(fields), layoutSettings, linkSettings,
                prose);
    }

    /**
     * One layout, checked: the url pattern can only use variables that the path pattern defines
     * (a url is compared with a page's path), the subject variable must be one of the url's, and
     * a transform must name a variable of the url.
     */
    private static Layout layout(Map<String, Written> written) {
        String path = layoutString(written, "path");
        String url = layoutString(written, "url");
        String subject = layoutString(written, "subject-variable");
        List<String> pathVariables = path == null ? null : Layout.variables(path);
        List<String> urlVariables = url == null ? List.of() : Layout.variables(url);
        if (pathVariables != null) {
            for (String name : urlVariables) {
                if (!pathVariables.contains(name)) {
                    throw written.get("url").error("layout url uses {" + name + "}, which the path pattern '"
                            + path + "' does not define (it defines: "
                            + (pathVariables.isEmpty() ? "nothing" : String.join(", ", pathVariables)) + ")");
                }
            }
        }
        if (subject != null && !urlVariables.contains(subject)) {
            throw written.get("subject-variable").error("layout subject-variable '" + subject
                    + "' is not a variable of the url pattern" + (url == null ? " (there is none)"
                    : " '" + url + "' (its variables: " + String.join(", ", urlVariables) + ")"));
        }
        Map<String, Transform> transforms = new HashMap<>();
        Written transformsNode = written.get("transforms");
        if (transformsNode != null) {
            ConfigFile file = transformsNode.file();
            for (YamlMapping.Entry entry : file.mapping(transformsNode.node(), "transforms").entries()) {
                String name = entry.key().value();
                if (!urlVariables.contains(name)) {
                    throw file.error(entry.key(), "layout transform for {" + name + "}, which is not a variable of"
                            + " the url pattern" + (url == null ? " (there is none)" : " '" + url + "'"));
                }
                transforms.put(name, transform(file, file.mapping(entry.value(), name), name));
            }
        }
        Written ignoreCase = written.get("ignore-case");
        return new Layout(path, url, subject, transforms,
                ignoreCase != null && bool(ignoreCase.file(), ignoreCase.node(), "ignore-case"));
    }

    /** {@code lowercase: true} and {@code escapes: {":": "_colon_"}}, either optional. */
    static Transform transform(ConfigFile file, YamlMapping mapping, String where) {
        file.onlyKeys(mapping, "the transform of '" + where + "'", TRANSFORM_KEYS);
        boolean lowercase = mapping.get("lowercase").map(n -> bool(file, n, "lowercase")).orElse(false);
        Map<String, String> escapes = new LinkedHashMap<>();
        mapping.get("escapes").ifPresent(n -> {
            for (YamlMapping.Entry e : file.mapping(n, "escapes").entries()) {
                if (e.key().value().isEmpty()) {
                    throw file.error(e.key(), "an escape replaces some text; its key cannot be empty");
                }
                escapes.put(e.key().value(), e.value() instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL
                        ? "" : file.string(e.value(), e.key().value()));
            }
        });
        return new Transform(lowercase, escapes);
    }

    /** The links settings, with the redirects file read from the repository {@code root}. */
    private LinkSettings linkSettings(Path root) {
        String template = layoutString(links, "template");
        if (template != null && Layout.variables(template).size() != 1) {
            throw links.get("template").error("the links template must have one variable, the page's url"
                    + " (such as /docs/{url...}), not " + Layout.variables(template).size());
        }
        boolean ignoreCase = links.containsKey("ignore-case")
                && bool(links.get("ignore-case").file(), links.get("ignore-case").node(), "ignore-case");
        boolean onlyUnderPages = links.containsKey("only-under-pages")
                && bool(links.get("only-under-pages").file(), links.get("only-under-pages").node(), "only-under-pages");
        Map<String, String> redirects = Map.of();
        Written redirectsNode = links.get("redirects");
        if (redirectsNode != null) {
            ConfigFile file = redirectsNode.file();
            YamlMapping mapping = file.mapping(redirectsNode.node(), "redirects");
            file.onlyKeys(mapping, "redirects", REDIRECTS_KEYS);
            YamlNode name = mapping.get("file").orElseThrow(() -> file.error(mapping, "redirects needs a 'file'"));
            YamlNode format = mapping.get("format").orElseThrow(() -> file.error(mapping, "redirects needs a 'format' ("
                    + String.join(" or ", RedirectsFile.FORMATS) + ")"));
            String formatName = file.string(format, "format");
            if (!RedirectsFile.FORMATS.contains(formatName)) {
                throw file.error(format, "unknown redirects format '" + formatName + "' (expected "
                        + String.join(" or ", RedirectsFile.FORMATS) + ")");
            }
            Path path = root.resolve(file.string(name, "file")).normalize();
            if (!Files.isRegularFile(path)) {
                throw file.error(name, "redirects file not found: " + path);
            }
            redirects = RedirectsFile.read(path, formatName, problem -> file.error(name, problem));
        }
        List<LinkSettings.Macro> macros = new ArrayList<>();
        Written macrosNode = links.get("macros");
        if (macrosNode != null) {
            ConfigFile file = macrosNode.file();
            if (!(macrosNode.node() instanceof dev.contentlint.page.yaml.YamlSequence seq)) {
                throw file.error(macrosNode.node(), "'macros' must be a list of {pattern, link}");
            }
            for (YamlNode item : seq.items()) {
                macros.add(macro(file, file.mapping(item, "macros")));
            }
        }
        return new LinkSettings(template, ignoreCase, redirects, macros, onlyUnderPages);
    }

    /** {@code pattern} (an RE2 regex whose first group is the link's argument), {@code link} (one or a list) with {1}, and a transform. */
    private static LinkSettings.Macro macro(ConfigFile file, YamlMapping mapping) {
        file.onlyKeys(mapping, "a macro", MACRO_KEYS);
        YamlNode patternNode = mapping.get("pattern").orElseThrow(() -> file.error(mapping, "a macro needs a 'pattern'"));
        YamlNode linkNode = mapping.get("link").orElseThrow(() -> file.error(mapping, "a macro needs a 'link'"));
        Pattern pattern = compileRegex(file, patternNode, file.string(patternNode, "pattern"), "the macro's pattern");
        if (pattern.groupCount() < 1) {
            throw file.error(patternNode, "a macro's pattern needs a group, (…), around the link's argument");
        }
        List<String> links = file.strings(linkNode, "link");
        if (links.isEmpty() || links.stream().anyMatch(link -> !link.contains("{1}"))) {
            throw file.error(linkNode, "a macro's link (or each of its links) needs {1}, where the pattern's first"
                    + " group goes");
        }
        YamlMapping transform = new YamlMapping(mapping.entries().stream()
                .filter(e -> TRANSFORM_KEYS.contains(e.key().value())).toList(), mapping.range());
        return new LinkSettings.Macro(pattern, links, transform(file, transform, "the macro"));
    }

    private static String layoutString(Map<String, Written> written, String key) {
        Written value = written.get(key);
        return value == null ? null : value.file().string(value.node(), key);
    }

    /** The item of a list that holds {@code value}, or the node itself when it is a single value. */
    private static YamlNode itemNamed(YamlNode node, String value) {
        if (node instanceof dev.contentlint.page.yaml.YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlScalar s && s.value().equals(value)) {
                    return item;
                }
            }
        }
        return node;
    }

    /** include or exclude: a list of globs, each of the syntax PathFilter matches. */
    private static List<String> globs(ConfigFile file, YamlNode node, String key) {
        if (!(node instanceof dev.contentlint.page.yaml.YamlSequence) && !(node instanceof YamlScalar)) {
            throw file.error(node, "'" + key + "' must be a list of globs");
        }
        List<String> globs = file.strings(node, key);
        List<YamlNode> items = node instanceof dev.contentlint.page.yaml.YamlSequence seq ? seq.items() : List.of(node);
        for (int i = 0; i < globs.size(); i++) {
            String problem = PathFilter.problem(globs.get(i));
            if (problem != null) {
                throw file.error(items.get(i), "bad glob '" + globs.get(i) + "' in '" + key + "': " + problem);
            }
        }
        return globs;
    }

    private static RuleOptions options(Rule rule, RuleLayer layer) {
        RuleMeta meta = rule.meta();
        Map<String, Object> values = new HashMap<>(RuleOptions.defaults(meta).asMap());
        if (layer == null) {
            return new RuleOptions(values);
        }
        for (Map.Entry<String, OptionSetting> entry : layer.options.entrySet()) {
            String name = entry.getKey();
            OptionSetting setting = entry.getValue();
            RuleMeta.OptionSpec spec = meta.option(name).orElseThrow(() -> setting.file().error(setting.name(),
                    "rule '" + meta.id() + "' has no option '" + name + "'"
                            + (meta.options().isEmpty() ? " (it takes none)" : " (options: "
                            + String.join(", ", meta.options().stream().map(RuleMeta.OptionSpec::name).toList()) + ")")));
            Object value = typed(setting.file(), setting.value(), spec, meta.id());
            checkOption(rule, name, value, setting.file(), setting.value());
            values.put(name, value);
        }
        if (values.get("min") instanceof Integer min && values.get("max") instanceof Integer max && min > max) {
            OptionSetting at = layer.options.containsKey("min") ? layer.options.get("min") : layer.options.get("max");
            throw at.file().error(at.value(), "rule '" + meta.id() + "' has min " + min + " above max " + max);
        }
        return new RuleOptions(values);
    }

    /**
     * Lets the rule check the value beyond its type. A mapping is checked entry by entry, so
     * that the error points at the entry at fault.
     */
    private static void checkOption(Rule rule, String name, Object value, ConfigFile file, YamlNode node) {
        String where = "option '" + name + "' of rule '" + rule.meta().id() + "'";
        if (value instanceof Map<?, ?> map && node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                String key = entry.key().value();
                String problem = rule.optionProblem(name, Map.of(key, map.get(key)));
                if (problem != null) {
                    throw file.error(entry.value(), where + ", entry '" + key + "': " + problem);
                }
            }
        }
        String problem = rule.optionProblem(name, value);
        if (problem != null) {
            throw file.error(node, where + ": " + problem);
        }
    }

    /** Reads an option value as its declared type, or fails at the value's position. */
    static Object typed(ConfigFile file, YamlNode node, RuleMeta.OptionSpec spec, String ruleId) {
        String where = "option '" + spec.name() + "' of rule '" + ruleId + "'";
        OptionType type = spec.type();
        switch (type) {
            case INTEGER -> {
                if (node instanceof YamlScalar s && s.type() == YamlScalar.Type.INT) {
                    return count(file, s, where);
                }
            }
            case BOOLEAN -> {
                if (node instanceof YamlScalar s && s.type() == YamlScalar.Type.BOOL) {
                    return Boolean.valueOf(s.value().toLowerCase(java.util.Locale.ROOT));
                }
            }
            case STRING -> {
                if (node instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL) {
                    return s.value();
                }
            }
            case STRING_LIST -> {
                return file.strings(node, spec.name());
            }
            case STRING_MAP -> {
                Map<String, String> map = new LinkedHashMap<>();
                for (YamlMapping.Entry e : file.mapping(node, spec.name()).entries()) {
                    map.put(e.key().value(), file.string(e.value(), e.key().value()));
                }
                return Map.copyOf(map);
            }
            case REGEX -> {
                if (node instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL) {
                    return compileRegex(file, node, s.value(), where);
                }
            }
        }
        throw file.error(node, where + " must be " + type.withArticle());
    }

    /**
     * An integer option or definition value: every one is a length or a count, so it is a whole
     * number from 0 to {@link Integer#MAX_VALUE}.
     */
    static int count(ConfigFile file, YamlScalar node, String where) {
        String text = node.value().replace("_", "");
        try {
            int value = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw file.error(node, where + " must be a whole number from 0 to " + Integer.MAX_VALUE + ", not '"
                + node.value() + "'");
    }

    static Pattern compileRegex(ConfigFile file, YamlNode node, String regex, String where) {
        long size = RegexBudget.estimate(regex);
        if (size > RegexBudget.MAX_INSTRUCTIONS) {
            throw file.error(node, "regular expression in " + where + " is too large: its counted repetitions"
                    + " expand to about " + String.format("%,d", size) + " instructions, over the limit of "
                    + String.format("%,d", RegexBudget.MAX_INSTRUCTIONS) + " (nest fewer {n} repetitions)");
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw file.error(node, "invalid regular expression in " + where + ": " + e.getDescription()
                    + " in '" + regex + "'");
        }
    }
}
