package dev.contentlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contentlint.engine.Finding;
import dev.contentlint.fix.Fix;
import dev.contentlint.page.Position;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. The output must pass the
 * SARIF Multitool's {@code validate --rule-kind "Gh;Sarif"} with no error and no warning
 * (SarifValidationTest runs it); the comments name the validator rules behind the choices.
 */
public final class SarifReporter extends StreamingReporter {
    /** The schemastore name of the final 2.1.0 schema; the "-rtm" drafts are rejected (GH1011). */
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/contentlint/contentlint";
    static final String SRCROOT = "%SRCROOT%";
    /** GitHub's run category. Fixed for now; a later option will make the part after "/" configurable. */

    private static final Pattern SEMVER =
            Pattern.compile("\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?");
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[A-Za-z]:/.*");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /**
     * GitHub code scanning rejects a run of more than 25,000 results and a file of more than
     * 10 MB gzipped, and stores at most 100 locations of a result (docs/ci.md, "GitHub's limits").
     */
    public static final int GITHUB_MAX_RESULTS = 25_000;
    static final int MAX_RELATED_LOCATIONS = 100;
    /** The results' gzipped size stops here, leaving room under 10 MB for the run's header. */
    static final long RESULTS_GZIP_BUDGET = 9_000_000;
    /**
     * Past this gzipped size, results carry no fix: a rewrite of a long field repeats the page's
     * text, and code scanning does not use fixes. The JSON report and --fix still have them all.
     */
    static final long FIXES_GZIP_BUDGET = 6_000_000;

    private final int maxResults;
    private final long fixesBudget;
    private final long resultsBudget;

    /** A reporter within GitHub's limits. */
    public SarifReporter() {
        this(GITHUB_MAX_RESULTS);
    }

    /** A reporter that keeps the {@code maxResults} most severe results, within GitHub's 10 MB. */
    public SarifReporter(int maxResults) {
        this(maxResults, FIXES_GZIP_BUDGET, RESULTS_GZIP_BUDGET);
    }

    SarifReporter(int maxResults, long fixesBudget, long resultsBudget) {
        if (maxResults < 0) {
            throw new IllegalArgumentException("maxResults < 0: " + maxResults);
        }
        this.maxResults = maxResults;
        this.fixesBudget = fixesBudget;
        this.resultsBudget = resultsBudget;
    }

    /**
     * The findings the run keeps, in {@link ResultOrder}, with their fingerprints, whether each
     * carries its fix, and what the run leaves out.
     */
    record Selection(List<Finding> kept, List<String> fingerprints, List<FixShown> fixes, LeftOut leftOut) {}

    /** How a result shows its finding's fix: none (no fix, or an earlier result carries it), in full, or cut for size. */
    enum FixShown { NONE, FULL, OMITTED }

    /**
     * Sorts the findings, keeps the first {@code maxResults}, then renders them once to count
     * their gzipped size: past the fixes' budget a result goes without its fix, past the
     * results' budget the rest are left out.
     */
    Selection select(ReportInput input, Map<String, Integer> ruleIndex) {
        // The command asks for the stderr message after writing: the same input is selected once.
        Memo memo = last;
        if (memo != null && memo.input() == input) {
            return memo.selection();
        }
        Selection selection = selectAnew(input, ruleIndex);
        last = new Memo(input, selection);
        return selection;
    }

    private record Memo(ReportInput input, Selection selection) {}

    private volatile Memo last;

    private Selection selectAnew(ReportInput input, Map<String, Integer> ruleIndex) {
        List<Finding> all = input.findings();
        List<ResultOrder> keys = new ArrayList<>(all.size());
        all.forEach(f -> keys.add(ResultOrder.of(f, input)));
        List<Integer> order = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(keys::get));
        // Fingerprints number identical findings in the engine's order, whatever is kept.
        List<String> allFingerprints = Fingerprints.primaryLocationLineHashes(all);
        int capped = Math.min(maxResults, order.size());
        List<Finding> kept = new ArrayList<>(capped);
        List<String> fingerprints = new ArrayList<>(capped);
        for (int i : order.subList(0, capped)) {
            kept.add(all.get(i));
            fingerprints.add(allFingerprints.get(i));
        }
        int[] sameFix = SharedFixes.firstCarriers(kept);
        List<FixShown> fixes = new ArrayList<>(capped);
        GzipSize size = new GzipSize();
        int fits = 0;
        while (fits < capped) {
            Finding f = kept.get(fits);
            FixShown fix = f.fix() == null || sameFix[fits] >= 0 ? FixShown.NONE
                    : size.size() < fixesBudget ? FixShown.FULL : FixShown.OMITTED;
            fixes.add(fix);
            size.add(JsonOutput.bytes(result(f, fingerprints.get(fits), input, ruleIndex, fix)));
            if (size.size() > resultsBudget) {
                break;
            }
            fits++;
        }
        LeftOut leftOut = new LeftOut(maxResults);
        order.subList(fits, order.size()).forEach(i -> leftOut.add(all.get(i).ruleId(), 1));
        return new Selection(kept.subList(0, fits), fingerprints.subList(0, fits), fixes.subList(0, fits), leftOut);
    }

    @Override
    public java.util.Optional<String> leftOutMessage(ReportInput input) {
        Selection selection = select(input, ruleIndex(input));
        return selection.leftOut().total() == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(selection.leftOut().message("the SARIF report keeps the "
                        + selection.kept().size() + " most severe findings (--max-results " + maxResults
                        + ", and 10 MB gzipped)"));
    }

    /** Each rule's index in tool.driver.rules: sorted by id, duplicates dropped. */
    private static Map<String, Integer> ruleIndex(ReportInput input) {
        Map<String, Integer> ruleIndex = new java.util.LinkedHashMap<>();
        input.rules().stream().map(RuleMeta::id).sorted().forEach(id -> ruleIndex.putIfAbsent(id, ruleIndex.size()));
        return ruleIndex;
    }

    /**
     * Streams the results one by one after the run's header, the most severe first (see
     * {@link ResultOrder}), at most {@code maxResults} of them; the rest are counted in
     * the invocation's notifications.
     */
    @Override
    public void write(ReportInput input, java.io.Writer out) throws java.io.IOException {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        String version = releaseVersion(input.toolVersion());
        driver.put("name", "contentlint");
        driver.put("version", version);
        driver.put("semanticVersion", version);
        driver.put("informationUri", INFORMATION_URI);
        Map<String, Integer> ruleIndex = ruleIndex(input);
        ArrayNode rules = driver.putArray("rules");
        Set<String> described = new HashSet<>();
        for (RuleMeta meta : input.rules().stream().sorted(Comparator.comparing(RuleMeta::id)).toList()) {
            // Duplicate ids would break the schema's uniqueItems on rules[].
            if (described.add(meta.id())) {
                rules.add(descriptor(meta));
            }
        }

        run.putObject("automationDetails").put("id", input.automationId());
        // No uri: the machine's checkout path stays out of the file, and the output stays deterministic.
        run.putObject("originalUriBaseIds").putObject(SRCROOT);
        run.put("columnKind", "utf16CodeUnits");

        List<String> internalErrors = input.result().internalErrors();
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", internalErrors.isEmpty());
        if (!internalErrors.isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (String error : internalErrors) {
                ObjectNode notification = notifications.addObject();
                notification.put("level", "error");
                notification.putObject("message").put("text", error);
            }
        }
        Selection selection = select(input, ruleIndex);
        selection.leftOut().addNotifications(invocation, ruleIndex);
        List<Finding> findings = selection.kept();
        // runs[0].results is the last field of the run, and runs the last of the log.
        JsonOutput.stream(out, generator -> {
            generator.writeStartObject();
            generator.writeStringField("$schema", SCHEMA);
            generator.writeStringField("version", "2.1.0");
            generator.writeArrayFieldStart("runs");
            generator.writeStartObject();
            JsonOutput.writeFields(generator, run);
            generator.writeArrayFieldStart("results");
            for (int i = 0; i < findings.size(); i++) {
                generator.writeTree(result(findings.get(i), selection.fingerprints().get(i), input, ruleIndex,
                        selection.fixes().get(i)));
            }
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    private static ObjectNode descriptor(RuleMeta meta) {
        ObjectNode rule = JsonOutput.MAPPER.createObjectNode();
        String documentation = meta.documentation() == null ? "" : meta.documentation().strip();
        String paragraph = firstParagraph(documentation);
        // GitHub requires all three descriptions (GH2012) and the schema requires help.text.
        String help = documentation.isEmpty() ? meta.summary() : documentation;
        rule.put("id", meta.id());
        rule.putObject("shortDescription").put("text", meta.summary());
        rule.putObject("fullDescription").put("text", paragraph.isEmpty() ? meta.summary() : paragraph);
        ObjectNode helpNode = rule.putObject("help");
        helpNode.put("text", help);
        helpNode.put("markdown", help);
        rule.put("helpUri", meta.helpUri());
        rule.putObject("defaultConfiguration").put("level", level(meta.severity()));
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        meta.tags().stream().distinct().forEach(tags::add); // the schema wants distinct tags
        if (meta.fixable()) {
            properties.put("fix", meta.fixability().id()); // "safe": --fix; "unsafe": --unsafe-fixes
        }
        return rule;
    }

    /** {@code shown}: whether the result carries the fix; one cut for size gets properties.fixOmitted. */
    private static ObjectNode result(Finding f, String fingerprint, ReportInput input, Map<String, Integer> ruleIndex,
            FixShown shown) {
        ObjectNode result = JsonOutput.MAPPER.createObjectNode();
        result.put("ruleId", f.ruleId());
        // A rule missing from rules[] gets no index: an index must point into the array (SARIF1009).
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", f.message());

        ObjectNode artifact = artifactLocation(input.rootRelative(f));
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.set("artifactLocation", artifact);
        ObjectNode region = region(f.start(), f.end());
        region.putObject("snippet").put("text", f.excerpt());
        physical.set("region", region);
        int relatedShown = Math.min(MAX_RELATED_LOCATIONS, f.related().size());
        if (relatedShown > 0) {
            ArrayNode related = result.putArray("relatedLocations");
            for (int i = 0; i < relatedShown; i++) {
                Finding.Span span = f.related().get(i);
                ObjectNode location = related.addObject();
                location.put("id", i + 1);
                ObjectNode at = location.putObject("physicalLocation");
                at.set("artifactLocation", artifact.deepCopy());
                at.set("region", region(span.start(), span.end()));
                location.putObject("message").put("text", (i + 1) + " of " + f.related().size());
            }
            if (relatedShown < f.related().size()) {
                ((ObjectNode) result.get("message")).put("text", f.message() + " (the first " + relatedShown + " of "
                        + f.related().size() + " occurrences are related locations)");
            }
        }
        result.putObject("partialFingerprints").put("primaryLocationLineHash", fingerprint);

        Fix fix = shown == FixShown.FULL ? f.fix() : null;
        // The schema needs at least one replacement in an artifact change.
        if (fix != null && !fix.edits().isEmpty()) {
            ObjectNode sarifFix = result.putArray("fixes").addObject();
            sarifFix.putObject("description").put("text", fix.description());
            ObjectNode change = sarifFix.putArray("artifactChanges").addObject();
            change.set("artifactLocation", artifact.deepCopy());
            ArrayNode replacements = change.putArray("replacements");
            for (int i = 0; i < fix.edits().size(); i++) {
                Finding.Span span = f.fixSpans().get(i);
                ObjectNode replacement = replacements.addObject();
                replacement.set("deletedRegion", region(span.start(), span.end()));
                replacement.putObject("insertedContent").put("text", fix.edits().get(i).replacement());
            }
            sarifFix.putObject("properties").put("applicability", fix.applicability().name().toLowerCase(Locale.ROOT));
        }

        boolean omitted = shown == FixShown.OMITTED;
        if (f.field() != null || !f.properties().isEmpty() || !f.related().isEmpty() || omitted) {
            ObjectNode properties = result.putObject("properties");
            new TreeMap<>(f.properties()).forEach((key, value) ->
                    properties.set(key, JsonOutput.MAPPER.valueToTree(value)));
            if (f.field() != null) {
                properties.put("field", f.field());
            }
            if (!f.related().isEmpty()) {
                properties.put("occurrences", f.related().size());
            }
            if (omitted) {
                properties.put("fixOmitted", true);
            }
        }
        return result;
    }

    /**
     * A 1-based region with an exclusive end. The end never precedes the start (SARIF1007), so
     * an empty range has endColumn == startColumn; no column is ever 0 (the schema's minimum).
     */
    static ObjectNode region(Position start, Position end) {
        int startLine = Math.max(1, start.line());
        int startColumn = Math.max(1, start.column());
        int endLine = Math.max(startLine, end.line());
        int endColumn = endLine == startLine ? Math.max(startColumn, end.column()) : Math.max(1, end.column());
        ObjectNode region = JsonOutput.MAPPER.createObjectNode();
        region.put("startLine", startLine);
        region.put("startColumn", startColumn);
        region.put("endLine", endLine);
        region.put("endColumn", endColumn);
        return region;
    }

    /**
     * A root-relative path as a relative uri under %SRCROOT%. A page outside the root has an
     * absolute path: it becomes a file: uri without a base, since a uri with a uriBaseId must be
     * relative and a relative one must not start with "/" (SARIF1004).
     */
    static ObjectNode artifactLocation(String path) {
        ObjectNode location = JsonOutput.MAPPER.createObjectNode();
        if (path.startsWith("/")) {
            location.put("uri", "file://" + percentEncode(path));
        } else if (WINDOWS_ABSOLUTE.matcher(path).matches()) {
            location.put("uri", "file:///" + percentEncode(path));
        } else {
            location.put("uri", percentEncode(path));
            location.put("uriBaseId", SRCROOT);
        }
        return location;
    }

    /**
     * Percent-encodes the UTF-8 bytes of everything but RFC 3986 unreserved characters and "/".
     * Stricter than needed, but it makes any file name a valid uri path (SARIF1002 rejects spaces,
     * backslashes and the like), and a ":" in a first segment can never be read as a scheme.
     */
    static String percentEncode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * The tool version if it is a release version; else "0.0.0-dev". A build run from its classes
     * reports "dev", and SARIF2005 warns about a version that does not start with a digit.
     */
    static String releaseVersion(String version) {
        return version != null && SEMVER.matcher(version).matches() ? version : "0.0.0-dev";
    }

    /** The first paragraph of a Markdown page, skipping headings; "" if it has none. */
    static String firstParagraph(String markdown) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(text);
        }
        return paragraph.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
