package dev.contentlint.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.contentlint.report.ReportInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Actions files that we ship: the composite action ({@code action.yml}) and the
 * code scanning workflow example ({@code docs/ci/github-code-scanning.yml}). They are checked
 * three ways: their structure as YAML, GitHub's schemas through the npm package
 * {@code @action-validator/cli} (which the pom's generate-test-resources phase installs; without
 * it those tests fail rather than skip, because CI must run them), and the action's shell
 * scripts run against a stand-in for bin/contentlint that records its arguments.
 */
class GithubActionFilesTest {
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path ACTION = BASEDIR.resolve("action.yml");
    private static final Path WORKFLOW = BASEDIR.resolve("docs/ci/github-code-scanning.yml");
    private static final Path SHARDING_DOC = BASEDIR.resolve("docs/sharding.md");
    private static final Path VALIDATOR = BASEDIR.resolve("target/action-validator/node_modules/.bin/action-validator");
    private static final String UPLOAD_SARIF = "github/codeql-action/upload-sarif@v3";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{");
    private static final Pattern INPUT_REFERENCE = Pattern.compile("\\binputs\\.([A-Za-z0-9_-]+)");

    @TempDir
    Path temp;

    // ---- The workflow example ----------------------------------------------------------------

    @Test
    void workflowRunsOnPushAndPullRequestWithOnlyTheUploadsPermissions() throws IOException {
        Map<String, Object> workflow = load(WORKFLOW);
        Map<String, Object> on = map(workflow.get("on"), "on");
        assertTrue(on.containsKey("push") && on.containsKey("pull_request"), "triggers: " + on.keySet());
        assertEquals(Map.of("contents", "read", "security-events", "write"), workflow.get("permissions"));
    }

    @Test
    void workflowChecksToSarifThenUploadsThatFileEvenAfterAFailure() throws IOException {
        List<Map<String, Object>> steps = steps(job(load(WORKFLOW), "code-scanning"));
        assertTrue(usesOf(steps.get(0)).startsWith("actions/checkout@"), "the first step checks out the pages");

        Map<String, Object> java = stepUsing(steps, "actions/setup-java@");
        Map<String, Object> javaWith = map(java.get("with"), "setup-java with");
        assertEquals("temurin", javaWith.get("distribution"));
        assertEquals("17", javaWith.get("java-version"));

        int check = indexOfRun(steps, "--format sarif");
        String command = run(steps.get(check));
        assertTrue(command.contains("bin/contentlint\" check"), command);
        assertTrue(command.contains("--fail-on never"), "code scanning gates, not the step: " + command);
        String report = optionValue(command, "--output");
        assertEquals("contentlint.sarif", report);

        int upload = indexOfUses(steps, UPLOAD_SARIF);
        assertTrue(upload > check, "the upload comes after the check");
        Map<String, Object> uploadStep = steps.get(upload);
        assertTrue(String.valueOf(uploadStep.get("if")).contains("always()"), "upload if: " + uploadStep.get("if"));
        Map<String, Object> with = map(uploadStep.get("with"), "upload-sarif with");
        assertEquals(report, with.get("sarif_file"));
        // upload-sarif's category only fills in runs without runAutomationDetails.id, so it must
        // name what the file already says.
        String category = optionValue(command, "--category");
        assertEquals(ReportInput.automationId(category, null), with.get("category") + "/");
    }

    @Test
    void workflowBuildsContentlintFromTheProjectAddressOfTheShardingGuide() throws IOException {
        Matcher address = Pattern.compile("git clone --depth 1 (https://\\S+\\.git)").matcher(Files.readString(SHARDING_DOC));
        assertTrue(address.find(), "docs/sharding.md has no git clone line");
        Map<String, Object> jobs = map(load(WORKFLOW).get("jobs"), "jobs");
        for (String name : jobs.keySet()) {
            List<Map<String, Object>> steps = steps(job(load(WORKFLOW), name));
            String clone = run(steps.get(indexOfRun(steps, "git clone")));
            assertTrue(clone.contains("git clone --depth 1 " + address.group(1) + " \"$RUNNER_TEMP/contentlint\""),
                    name + ": " + clone);
            assertTrue(indexOfRun(steps, "git clone") < indexOfRun(steps, "bin/contentlint\" check"), name);
        }
    }

    @Test
    void bothJobsRestoreContentlintsCacheBeforeTheCheckAndPointTheCheckAtIt() throws IOException {
        for (String name : List.of("code-scanning", "changed-pages")) {
            List<Map<String, Object>> steps = steps(job(load(WORKFLOW), name));
            assertResultsCacheFeedsTheCheck(steps, indexOfRun(steps, "bin/contentlint\" check"), name);
        }
    }

    /**
     * Both jobs check against the baseline that docs/ci.md's first day records and commits, with
     * the same rules (prose on or off) as that recording, so that on the main branch nothing is new.
     */
    @Test
    void bothJobsCheckAgainstTheBaselineThatTheFirstDayRecords() throws IOException {
        String doc = Files.readString(BASEDIR.resolve("docs/ci.md"));
        Matcher record = Pattern.compile("\ncontentlint check ([^\n]*)--update-baseline (\\S+)\n").matcher(doc);
        assertTrue(record.find(), "docs/ci.md shows how to record the baseline");
        for (String name : List.of("code-scanning", "changed-pages")) {
            List<Map<String, Object>> steps = steps(job(load(WORKFLOW), name));
            String command = run(steps.get(indexOfRun(steps, "bin/contentlint\" check")));
            assertEquals(record.group(2), optionValue(command, "--baseline"), name + ": " + command);
            assertEquals(record.group(1).contains("--no-prose"), command.contains("--no-prose"), name + ": " + command);
        }
    }

    @Test
    void changedPagesNeedTheHistoryAndTheBaseBranchComesThroughEnv() throws IOException {
        Map<String, Object> workflow = load(WORKFLOW);
        int jobsWithChangedSince = 0;
        for (String name : map(workflow.get("jobs"), "jobs").keySet()) {
            Map<String, Object> job = job(workflow, name);
            List<Map<String, Object>> steps = steps(job);
            for (Map<String, Object> step : steps) {
                if (!run(step).contains("--changed-since")) {
                    continue;
                }
                jobsWithChangedSince++;
                assertEquals("github.event_name == 'pull_request'", job.get("if"), name);
                assertTrue(run(step).contains("--changed-since \"origin/$BASE_REF\""), run(step));
                assertEquals("${{ github.base_ref }}", map(step.get("env"), "env").get("BASE_REF"));
                Map<String, Object> checkout = map(stepUsing(steps, "actions/checkout@").get("with"), "checkout with");
                assertEquals(0, checkout.get("fetch-depth"), name + " needs the whole history for --changed-since");
            }
        }
        assertEquals(1, jobsWithChangedSince, "the pull request job that checks the changed pages");
    }

    @Test
    void workflowStepsAreWellFormedAndPasteNoExpressionIntoAScript() throws IOException {
        Map<String, Object> workflow = load(WORKFLOW);
        for (String name : map(workflow.get("jobs"), "jobs").keySet()) {
            Map<String, Object> job = job(workflow, name);
            assertEquals("ubuntu-latest", job.get("runs-on"), name);
            for (Map<String, Object> step : steps(job)) {
                assertNotNull(step.get("name"), name + ": a step without a name: " + step);
                assertTrue(step.containsKey("run") ^ step.containsKey("uses"), name + ": run or uses: " + step);
                assertFalse(EXPRESSION.matcher(run(step)).find(), name + ": ${{ }} pasted into a script: " + run(step));
            }
        }
    }

    // ---- The composite action ----------------------------------------------------------------

    @Test
    void actionIsCompositeWithDocumentedInputs() throws IOException {
        Map<String, Object> action = load(ACTION);
        assertEquals("composite", map(action.get("runs"), "runs").get("using"));
        assertTrue(isText(action.get("name")) && isText(action.get("description")), "name and description");
        Map<String, Object> inputs = map(action.get("inputs"), "inputs");
        assertTrue(inputs.keySet().containsAll(List.of("paths", "config", "format", "output", "fail-on", "category",
                "changed-since", "args", "upload-sarif", "java-version")), "inputs: " + inputs.keySet());
        for (var input : inputs.entrySet()) {
            Map<String, Object> spec = map(input.getValue(), "input " + input.getKey());
            assertTrue(isText(spec.get("description")), input.getKey() + " has no description");
            // Every input has a default, as a string (GitHub passes inputs as strings).
            assertTrue(spec.get("default") instanceof String, input.getKey() + " default: " + spec.get("default"));
        }
        assertEquals("sarif", map(inputs.get("format"), "format").get("default"));
        assertEquals("error", map(inputs.get("fail-on"), "fail-on").get("default"));
        assertEquals("true", map(inputs.get("upload-sarif"), "upload-sarif").get("default"));
        assertEquals("17", map(inputs.get("java-version"), "java-version").get("default"));
    }

    @Test
    void everyInputIsUsedAndEveryReferenceIsDeclared() throws IOException {
        Map<String, Object> action = load(ACTION);
        Set<String> declared = map(action.get("inputs"), "inputs").keySet();
        Set<String> referenced = new TreeSet<>();
        Matcher m = INPUT_REFERENCE.matcher(String.valueOf(action.get("runs")));
        while (m.find()) {
            referenced.add(m.group(1));
        }
        assertEquals(new TreeSet<>(declared), referenced);
    }

    @Test
    void actionRunStepsHaveAShellAndTakeInputsOnlyThroughEnv() throws IOException {
        List<Map<String, Object>> steps = actionSteps();
        for (Map<String, Object> step : steps) {
            assertTrue(step.containsKey("run") ^ step.containsKey("uses"), "run or uses: " + step);
            if (step.containsKey("run")) {
                assertEquals("bash", step.get("shell"), "a run step needs shell: " + step.get("name"));
                assertFalse(EXPRESSION.matcher(run(step)).find(), "${{ }} in a script: " + step.get("name"));
            }
        }
        Map<String, Object> check = stepWithId(steps, "check");
        assertTrue(run(check).contains("\"$GITHUB_ACTION_PATH/bin/contentlint\" \"${args[@]}\""), run(check));
        Map<String, Object> env = map(check.get("env"), "check env");
        for (String input : List.of("paths", "config", "format", "output", "fail-on", "category", "changed-since", "args")) {
            assertTrue(env.containsValue("${{ inputs." + input + " }}"), input + " is not passed through env");
        }
    }

    @Test
    void actionKeepsContentlintsCacheUnlessTurnedOff() throws IOException {
        List<Map<String, Object>> steps = actionSteps();
        int check = steps.indexOf(stepWithId(steps, "check"));
        Map<String, Object> cache = assertResultsCacheFeedsTheCheck(steps, check, "action");
        assertEquals("inputs.results-cache == 'true'", cache.get("if"));
        Map<String, Object> inputs = map(load(ACTION).get("inputs"), "inputs");
        assertEquals("true", map(inputs.get("results-cache"), "results-cache").get("default"));
    }

    @Test
    void actionUploadsBeforeItFailsAndExposesTheReportAndExitCode() throws IOException {
        Map<String, Object> action = load(ACTION);
        List<Map<String, Object>> steps = actionSteps();
        int check = steps.indexOf(stepWithId(steps, "check"));
        int upload = indexOfUses(steps, UPLOAD_SARIF);
        assertTrue(check < upload, "the upload follows the check");
        Map<String, Object> uploadStep = steps.get(upload);
        String condition = String.valueOf(uploadStep.get("if"));
        assertTrue(condition.contains("inputs.upload-sarif == 'true'") && condition.contains("steps.check.outputs.sarif == 'true'"),
                condition);
        Map<String, Object> with = map(uploadStep.get("with"), "upload with");
        assertEquals("${{ steps.check.outputs.report }}", with.get("sarif_file"));
        assertEquals("${{ steps.check.outputs.category }}", with.get("category"));

        Map<String, Object> gate = steps.get(steps.size() - 1);
        assertTrue(upload < steps.size() - 1, "a step after the upload passes or fails");
        assertEquals("${{ steps.check.outputs.exit-code }}", map(gate.get("env"), "gate env").get("CL_EXIT_CODE"));

        Map<String, Object> outputs = map(action.get("outputs"), "outputs");
        assertEquals("${{ steps.check.outputs.report }}", map(outputs.get("report"), "report").get("value"));
        assertEquals("${{ steps.check.outputs.exit-code }}", map(outputs.get("exit-code"), "exit-code").get("value"));
    }

    @Test
    void checkScriptBuildsTheDefaultCommandAndRecordsTheExitCode() throws Exception {
        Map<String, String> inputs = defaultInputs();
        Script result = runCheckScript(inputs, 1);
        assertEquals(List.of("check", "--format", "sarif", "--fail-on", "error", "--output", "contentlint.sarif", "--"),
                result.arguments(), result.log());
        assertEquals(Map.of("exit-code", "1", "report", "contentlint.sarif", "sarif", "true", "category", "contentlint"),
                result.outputs());
        assertEquals(0, result.exitCode(), "the check step itself passes, so the upload runs");
    }

    @Test
    void checkScriptPassesHostileInputsAsPlainArguments() throws Exception {
        Map<String, String> inputs = defaultInputs();
        inputs.put("paths", "content/my pages\n  docs/*  \n\n-odd\n$(touch injected-by-paths)");
        inputs.put("config", "site config.yaml");
        inputs.put("category", "site");
        inputs.put("changed-since", "origin/main");
        inputs.put("args", "--no-prose  $(touch injected-by-args)\n--max-warnings 3 *");
        // Files for the wildcards to match, if anything expanded them.
        Path work = Files.createDirectories(temp.resolve("work"));
        Files.createDirectories(work.resolve("docs"));
        Files.writeString(work.resolve("docs/a.md"), "");
        Files.writeString(work.resolve("page.md"), "");
        Script result = runCheckScript(inputs, 0);
        assertEquals(List.of("check", "--format", "sarif", "--fail-on", "error", "--output", "contentlint.sarif",
                "--config", "site config.yaml", "--category", "site", "--changed-since", "origin/main",
                "--no-prose", "$(touch", "injected-by-args)", "--max-warnings", "3", "*",
                "--", "content/my pages", "docs/*", "-odd", "$(touch injected-by-paths)"), result.arguments(), result.log());
        assertEquals("contentlint/site", result.outputs().get("category"));
        assertEquals(ReportInput.automationId("site", null), result.outputs().get("category") + "/");
        try (var files = Files.list(temp.resolve("work"))) {
            assertEquals(List.of("contentlint.sarif", "docs", "page.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing but the report was written");
        }
    }

    @Test
    void checkScriptSendsLogFormatsToTheLogAndUploadsNothing() throws Exception {
        Map<String, String> inputs = defaultInputs();
        inputs.put("format", "github");
        Script result = runCheckScript(inputs, 2);
        assertEquals(List.of("check", "--format", "github", "--fail-on", "error", "--"), result.arguments(), result.log());
        assertEquals(Map.of("exit-code", "2", "report", "", "sarif", "false", "category", "contentlint"), result.outputs());
    }

    @Test
    void checkScriptRefusesAnOutputThatWouldAddOutputLines() throws Exception {
        Map<String, String> inputs = defaultInputs();
        inputs.put("output", "a.sarif\nsarif=true");
        Script result = runCheckScript(inputs, 0);
        assertNotEquals(0, result.exitCode());
        assertEquals(Map.of(), result.outputs());
    }

    @Test
    void lastStepFailsWithTheChecksExitCode() throws Exception {
        Map<String, Object> gate = actionSteps().get(actionSteps().size() - 1);
        for (int code : new int[] {0, 1, 2}) {
            Script result = runScript(run(gate), Map.of("CL_EXIT_CODE", String.valueOf(code), "CL_FAIL_ON", "error"));
            assertEquals(code, result.exitCode(), "exit code " + code + ": " + result.log());
            assertEquals(code != 0, result.log().contains("::error title=contentlint::"), result.log());
        }
    }

    // ---- GitHub's schemas, through action-validator -------------------------------------------

    @Test
    void validatorAcceptsTheActionAndTheWorkflow() throws Exception {
        for (Path file : List.of(ACTION, WORKFLOW)) {
            Validation result = validate(file);
            assertEquals(0, result.exitCode(), BASEDIR.relativize(file) + " breaks GitHub's schema:\n" + result.output());
        }
    }

    @Test
    void validatorAcceptsTheShardingGuidesWorkflow() throws Exception {
        String guide = Files.readString(SHARDING_DOC);
        int start = guide.indexOf("```yaml\n");
        assertTrue(start >= 0, "docs/sharding.md has no yaml block");
        String workflow = guide.substring(start + "```yaml\n".length(), guide.indexOf("```", start + 7));
        Validation result = validate(write("sharding.yml", workflow));
        assertEquals(0, result.exitCode(), "the workflow in docs/sharding.md breaks GitHub's schema:\n" + result.output());
    }

    /** Guards against a validator that passes everything, or that took the wrong kind of file. */
    @Test
    void validatorRejectsBrokenCopies() throws Exception {
        String action = Files.readString(ACTION);
        String workflow = Files.readString(WORKFLOW);
        // action-validator tells an action from a workflow by the file name (action.yml).
        assertRejected(write("bad-using/action.yml", replaceOnce(action, "using: composite", "using: compositee")),
                "\"/runs/using\"");
        assertRejected(write("no-shell/action.yml", replaceOnce(action, "      shell: bash\n", "")), "\"/runs\"");
        assertRejected(write("bad-permission.yml", replaceOnce(workflow, "security-events: write", "security-events: writ")),
                "\"/permissions/security-events\"");
        assertRejected(write("no-runs-on.yml", replaceOnce(workflow, "    runs-on: ubuntu-latest\n", "")), "\"errors\"");
    }

    private void assertRejected(Path file, String expected) throws Exception {
        Validation result = validate(file);
        assertEquals(1, result.exitCode(), file + " was not rejected:\n" + result.output());
        assertTrue(result.output().contains(expected), file + ": expected " + expected + " in:\n" + result.output());
    }

    private static Validation validate(Path file) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(VALIDATOR), "action-validator is not installed at " + VALIDATOR
                + "; run `mvn generate-test-resources` (without -Dsarif.skip=true or -Daction-validator.skip=true)"
                + " to install it with npm");
        Process process = new ProcessBuilder(VALIDATOR.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("action-validator did not finish in 2 minutes:\n" + output);
        }
        return new Validation(process.exitValue(), output);
    }

    private record Validation(int exitCode, String output) {}

    // ---- Running the action's scripts ----------------------------------------------------------

    private record Script(int exitCode, List<String> arguments, Map<String, String> outputs, String log) {}

    private static Map<String, String> defaultInputs() throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (var input : map(load(ACTION).get("inputs"), "inputs").entrySet()) {
            inputs.put(input.getKey(), String.valueOf(map(input.getValue(), input.getKey()).get("default")));
        }
        return inputs;
    }

    /**
     * Runs the check step's script as GitHub would (bash -e -o pipefail), with the env its
     * {@code env:} block gives for these inputs, and a bin/contentlint that records its
     * arguments, writes the --output file and exits with {@code exitCode}.
     */
    private Script runCheckScript(Map<String, String> inputs, int exitCode) throws Exception {
        Map<String, Object> check = stepWithId(actionSteps(), "check");
        Map<String, String> env = new LinkedHashMap<>();
        for (var entry : map(check.get("env"), "check env").entrySet()) {
            String value = String.valueOf(entry.getValue());
            Matcher m = INPUT_REFERENCE.matcher(value);
            if (m.find()) {
                env.put(entry.getKey(), inputs.get(m.group(1)));
            } else {
                assertTrue(value.startsWith("${{ runner.temp }}/"), entry.toString());
                env.put(entry.getKey(), value.replace("${{ runner.temp }}", temp.toString()));
            }
        }
        Path actionPath = temp.resolve("action");
        Path stub = actionPath.resolve("bin/contentlint");
        Files.createDirectories(stub.getParent());
        Files.writeString(stub, """
                #!/usr/bin/env bash
                printf '%s\\0' "$@" > "$STUB_ARGUMENTS"
                while [ $# -gt 0 ]; do
                  if [ "$1" = --output ]; then printf '{}' > "$2"; fi
                  shift
                done
                exit "$STUB_EXIT_CODE"
                """);
        assertTrue(stub.toFile().setExecutable(true));
        Path arguments = temp.resolve("arguments");
        env.put("GITHUB_ACTION_PATH", actionPath.toString());
        env.put("STUB_ARGUMENTS", arguments.toString());
        env.put("STUB_EXIT_CODE", String.valueOf(exitCode));
        Script script = runScript(run(check), env);
        List<String> recorded = Files.exists(arguments)
                ? List.of(Files.readString(arguments).split("\0", -1)) : List.of();
        if (!recorded.isEmpty()) {
            recorded = recorded.subList(0, recorded.size() - 1); // after the last NUL
        }
        return new Script(script.exitCode(), recorded, script.outputs(), script.log());
    }

    private Script runScript(String script, Map<String, String> env) throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        Path file = temp.resolve("script.sh");
        Files.writeString(file, script);
        Path output = temp.resolve("github-output");
        Files.deleteIfExists(output);
        Files.createFile(output);
        // GitHub runs `shell: bash` as bash --noprofile --norc -eo pipefail {0}.
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
                .directory(work.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("GITHUB_OUTPUT", output.toString());
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the script did not finish:\n" + log);
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output)) {
            int equals = line.indexOf('=');
            assertTrue(equals > 0, "not name=value in GITHUB_OUTPUT: " + line);
            assertNull(outputs.put(line.substring(0, equals), line.substring(equals + 1)), "output set twice: " + line);
        }
        return new Script(process.exitValue(), List.of(), outputs, log);
    }

    // ---- YAML helpers --------------------------------------------------------------------------

    /** Parses the file as YAML 1.2, refusing duplicate keys, as one mapping. */
    /**
     * The step that restores and saves contentlint's cache: before the check, at the folder the
     * check's CONTENTLINT_CACHE_DIR names, saved under a key of its own run and restored from
     * the newest earlier one.
     */
    private static Map<String, Object> assertResultsCacheFeedsTheCheck(List<Map<String, Object>> steps, int check,
            String where) {
        String folder = String.valueOf(map(steps.get(check).get("env"), where + " check env").get("CONTENTLINT_CACHE_DIR"));
        assertTrue(folder.startsWith("${{ runner.temp }}/"), where + ": CONTENTLINT_CACHE_DIR is " + folder);
        int cache = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (usesOf(steps.get(i)).startsWith("actions/cache@")
                    && folder.equals(map(steps.get(i).get("with"), "cache with").get("path"))) {
                cache = i;
            }
        }
        assertTrue(cache >= 0 && cache < check, where + ": no cache of " + folder + " before the check");
        Map<String, Object> with = map(steps.get(cache).get("with"), "cache with");
        String key = String.valueOf(with.get("key"));
        String restore = String.valueOf(with.get("restore-keys"));
        assertTrue(key.contains("${{ github.run_id }}") && key.startsWith(restore) && !restore.contains("run_id"),
                where + ": key " + key + ", restore-keys " + restore);
        return steps.get(cache);
    }

    private static Map<String, Object> load(Path file) throws IOException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setAllowDuplicateKeys(false).build();
        return map(new Load(settings).loadFromString(Files.readString(file)), file.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertTrue(value instanceof Map, what + " is not a mapping: " + value);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> job(Map<String, Object> workflow, String name) {
        return map(map(workflow.get("jobs"), "jobs").get(name), "job " + name);
    }

    private static List<Map<String, Object>> steps(Map<String, Object> owner) {
        Object steps = owner.get("steps");
        assertTrue(steps instanceof List<?> list && !list.isEmpty(), "no steps: " + owner);
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object step : (List<?>) steps) {
            result.add(map(step, "step"));
        }
        return result;
    }

    private static List<Map<String, Object>> actionSteps() throws IOException {
        return steps(map(load(ACTION).get("runs"), "runs"));
    }

    private static String run(Map<String, Object> step) {
        return step.get("run") == null ? "" : String.valueOf(step.get("run"));
    }

    private static String usesOf(Map<String, Object> step) {
        return step.get("uses") == null ? "" : String.valueOf(step.get("uses"));
    }

    private static int indexOfRun(List<Map<String, Object>> steps, String text) {
        for (int i = 0; i < steps.size(); i++) {
            if (run(steps.get(i)).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no run step contains " + text);
    }

    private static int indexOfUses(List<Map<String, Object>> steps, String action) {
        for (int i = 0; i < steps.size(); i++) {
            if (usesOf(steps.get(i)).equals(action)) {
                return i;
            }
        }
        throw new AssertionError("no step uses " + action);
    }

    private static Map<String, Object> stepUsing(List<Map<String, Object>> steps, String prefix) {
        return steps.stream().filter(s -> usesOf(s).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + prefix));
    }

    private static Map<String, Object> stepWithId(List<Map<String, Object>> steps, String id) {
        return steps.stream().filter(s -> id.equals(s.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step with id " + id));
    }

    /** The value after {@code option} in a command line, or null when the option is absent. */
    private static String optionValue(String command, String option) {
        Matcher m = Pattern.compile(Pattern.quote(option) + "\\s+(\\S+)").matcher(command);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isText(Object value) {
        return value instanceof String s && !s.isBlank();
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0, "no " + from.strip() + " to break");
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve("broken").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
