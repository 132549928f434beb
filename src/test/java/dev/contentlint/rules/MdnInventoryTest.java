package dev.contentlint.rules;

import static dev.contentlint.rules.MdnProfileTest.assertFound;
import static dev.contentlint.rules.MdnProfileTest.check;
import static dev.contentlint.rules.MdnProfileTest.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.rules.MdnProfileTest.Found;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped MDN profile, unchanged, on the whole of MDN: every page of mdn/content with its
 * real front matter ({@link MdnInventory}, from the npm package of MDN's page inventory), then
 * with the sample's sections and their bodies put in, so that the sample's links into the rest
 * of the site are judged. Every finding was read: docs/examples-mdn.md says what each is.
 */
class MdnInventoryTest {
    private static final Path CACHE = Path.of("target/mdn-inventory");
    private static final Path SAMPLE = Path.of("../shared/corpus-mdn/mdn-content-sample.tar.xz");

    /**
     * Links of the sample to pages that MDN has not written: no page of the whole site has the
     * slug and no redirect leads from it (the CSS gap-decoration properties, `-webkit-` longhands,
     * `&lt;calc-product&gt;`, {@code {{Glossary("interface")}}}). The sample alone reports them too.
     */
    private static final Set<String> NOT_WRITTEN = Set.of("Glossary/interface", "Web/CSS/-webkit-border-after",
            "Web/CSS/-webkit-border-before-color", "Web/CSS/-webkit-border-before-style",
            "Web/CSS/-webkit-border-before-width", "Web/CSS/-webkit-border-end", "Web/CSS/-webkit-border-start",
            "Web/CSS/::-webkit-color-swatch", "Web/CSS/::-webkit-textfield-decoration-container",
            "Web/CSS/calc-product", "Web/CSS/calc-value", "Web/CSS/glyph-orientation-vertical",
            "Web/CSS/column-rule-inset", "Web/CSS/column-rule-inset-cap", "Web/CSS/column-rule-inset-cap-end",
            "Web/CSS/column-rule-inset-cap-start", "Web/CSS/column-rule-inset-end",
            "Web/CSS/column-rule-inset-junction",
            "Web/CSS/column-rule-inset-junction-end", "Web/CSS/column-rule-inset-junction-start",
            "Web/CSS/column-rule-inset-start", "Web/CSS/row-rule-inset", "Web/CSS/row-rule-inset-cap",
            "Web/CSS/row-rule-inset-cap-end", "Web/CSS/row-rule-inset-cap-start", "Web/CSS/row-rule-inset-end",
            "Web/CSS/row-rule-inset-junction", "Web/CSS/row-rule-inset-junction-end",
            "Web/CSS/row-rule-inset-junction-start", "Web/CSS/row-rule-inset-start", "Web/CSS/rule-inset",
            "Web/CSS/rule-inset-cap", "Web/CSS/rule-inset-end", "Web/CSS/rule-inset-junction",
            "Web/CSS/rule-inset-start",
            "Web/CSS/rule-overlap",
            // the obsolete <dir> element's interface, which MDN never documented
            "Web/API/HTMLDirectoryElement");
    /**
     * Pages written after the inventory's commit (2026-02-05) and before the sample's (2026-08-21):
     * mdn/content has each of them later, so these links are right on the sample's own commit.
     */
    private static final Set<String> WRITTEN_AFTER_THE_INVENTORY = Set.of(
            "Learn_web_development/Extensions/Forms/Customizable_select_listboxes", "Web/API/CSSPseudoElement/parent",
            "Web/API/CSSPseudoElement/pseudo", "Web/API/CustomElementRegistry/initialize",
            "Web/API/Document/customElementRegistry", "Web/API/Element/activeViewTransition",
            "Web/API/Element/startViewTransition", "Web/API/HTMLGeolocationElement",
            "Web/API/HTMLGeolocationElement/error", "Web/API/HTMLGeolocationElement/invalidReason",
            "Web/API/HTMLGeolocationElement/isValid", "Web/API/HTMLGeolocationElement/location_event",
            "Web/API/HTMLGeolocationElement/position", "Web/API/InteractionContentfulPaint",
            "Web/API/PerformanceSoftNavigation", "Web/API/ShadowRoot/customElementRegistry",
            "Web/API/ViewTransition/transitionRoot", "Web/API/View_Transition_API/Using_element-scoped",
            "Web/API/Window/requestResize", "Web/HTTP/Guides/Fetch_metadata",
            "Web/Security/Defenses/Local_network_access", "Web/WebDriver/Reference/Classic/Commands/CloseWindow",
            "WebAssembly/Reference/Numeric/wrap_i64");
    private static final Pattern TARGET = Pattern.compile("'/en-US/docs/([^'#]+)'");

    @TempDir
    static Path dir;
    static JsonNode inventory;

    @BeforeAll
    static void fetch() throws IOException, InterruptedException {
        try {
            inventory = MdnInventory.read(MdnInventory.fetch(CACHE));
        } catch (IOException e) {
            assumeTrue(false, "npm or the registry is unavailable (" + e.getMessage()
                    + "); skipping the whole-MDN test");
        }
    }

    private static Path site(String name) throws IOException {
        Path site = dir.resolve(name);
        assertEquals(14_080, MdnInventory.writeSite(inventory, site));
        Files.writeString(site.resolve(".contentlint.yaml"), "extends: mdn\n");
        return site;
    }

    @Test
    void everyPageOfMdnIsCheckedAndNoRuleReports() throws IOException {
        Path site = site("inventory");
        List<Found> found = check(site, dir.resolve("inventory.json"));
        assertEquals(14_080, new ObjectMapper().readTree(dir.resolve("inventory.json").toFile())
                .get("summary").get("pagesChecked").asInt());
        // The front matter of all 14,080 pages holds the profile's facts: required fields and
        // their types, the two lengths, slug and folder, no slug repeated ignoring case.
        assertEquals(List.of(), found);

        // A moved folder, an edited slug, a repeated slug and links outside the sample
        Path flatMap = site.resolve("files/en-us/web/javascript/reference/global_objects/array/flatmap");
        Files.move(flatMap, flatMap.resolveSibling("flat_map"));
        replace(site, "web/api/element", "slug: Web/API/Element", "slug: Web/API/Elements");
        replace(site, "web/http/reference/headers/accept", "slug: Web/HTTP/Reference/Headers/Accept\n",
                "slug: web/http/reference/headers/accept-language\n");
        replace(site, "web/api/node", "browser-compat: api.Node\n---\n", """
                browser-compat: api.Node
                ---

                {{domxref("Node.appendChild()")}}, {{domxref("Web Audio API")}}, {{jsxref("Statements/try...catch")}},
                {{jsxref("Array.prototype.flatMap()")}}, {{HTTPHeader("Accept")}} and \\{{domxref("XYZ")}} lead to
                pages; {{jsxref("Array.prototype.mapp()")}} and [nodes](/en-US/docs/Web/API/Nodes) do not.
                """);
        List<Found> added = check(site, dir.resolve("inventory.json"));
        String moved = "files/en-us/web/javascript/reference/global_objects/array/flat_map/index.md";
        String accept = "files/en-us/web/http/reference/headers/accept/index.md";
        String node = "files/en-us/web/api/node/index.md";
        assertFound(added, moved, 4, 7, "url-path-mismatch");
        assertFound(added, "files/en-us/web/api/element/index.md", 3, 7, "url-path-mismatch");
        assertFound(added, accept, 4, 7, "url-path-mismatch");
        assertFound(added, accept, 4, 7, "duplicate-url");
        assertFound(added, "files/en-us/web/http/reference/headers/accept-language/index.md", 4, 7, "duplicate-url");
        assertFound(added, node, 10, 8, "related-link-broken");
        assertFound(added, node, 10, 57, "related-link-broken");
        // {{HTTPHeader("Accept")}} now leads to no page, since no page has the slug
        assertFound(added, node, 9, 42, "related-link-broken");
        assertEquals(8, added.size(), added.toString());
    }

    @Test
    void theSampleInTheWholeSiteReportsOnlyLinksToPagesThatAreNotThere() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(SAMPLE), "the MDN sample is not at " + SAMPLE + "; skipping its links into MDN");
        Path sample = dir.resolve("sample");
        Files.createDirectories(sample);
        Process tar = new ProcessBuilder("tar", "xJf", SAMPLE.toAbsolutePath().toString(), "-C", sample.toString())
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        Path site = site("whole");
        MdnInventory.putSample(sample.resolve("mdn-content"), site);
        List<Found> found = check(site, dir.resolve("whole.json"));

        Map<String, Long> byRule = found.stream().collect(Collectors.groupingBy(Found::rule, TreeMap::new,
                Collectors.counting()));
        // trailing-whitespace: six spaces that end lines of the sample's CSS samples, as on the sample alone
        assertEquals(Map.of("related-link-broken", 93L, "trailing-whitespace", 6L), byRule);
        Set<String> later = new HashSet<>();
        long notWritten = 0;
        for (Found f : found) {
            if (f.rule().equals("related-link-broken")) {
                Matcher target = TARGET.matcher(f.message());
                assertTrue(target.find(), f.toString());
                if (WRITTEN_AFTER_THE_INVENTORY.contains(target.group(1))) {
                    later.add(target.group(1));
                } else {
                    assertTrue(NOT_WRITTEN.contains(target.group(1)), "not judged: " + f);
                    notWritten++;
                }
            }
        }
        assertEquals(53, notWritten);
        assertEquals(WRITTEN_AFTER_THE_INVENTORY, later);
    }
}
