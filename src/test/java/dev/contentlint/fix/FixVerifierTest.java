package dev.contentlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FixVerifier} on pairs of pages: a fixed page may be written only when every field
 * that no applied fix names keeps its value (and type), the named fields hold what was
 * promised, the body changes only when a fix says so, and the front matter parses as before.
 */
class FixVerifierTest {
    private static final String BEFORE = """
            ---
            id: 1
            title: Title
            answer: >-
                one\\ntwo
            seo:
              title: SEO
              keywords: a, b
            tags:
              - x
              - y
            ---
            Body.
            """;

    private static Page page(String text) {
        return Page.parse(Path.of("p.md"), "p.md", text);
    }

    private static Fix fix(FieldChange change) {
        return Fix.safe("test", change, new TextEdit(Range.at(0), ""));
    }

    private static final Fix ANSWER = fix(FieldChange.to("answer", "one\ntwo"));

    private static String afterAnswerFix(String text) {
        return text.replace("answer: >-\n    one\\ntwo", "answer: |-\n    one\n    two");
    }

    @Test
    void theFixedFieldWithItsPromisedValueIsAccepted() {
        assertNull(FixVerifier.problem(page(BEFORE), page(afterAnswerFix(BEFORE)), List.of(ANSWER)));
    }

    @Test
    void anotherFieldThatChangesIsRefused() {
        String after = afterAnswerFix(BEFORE).replace("title: Title", "title: Changed");
        String problem = FixVerifier.problem(page(BEFORE), page(after), List.of(ANSWER));
        assertNotNull(problem);
        assertTrue(problem.contains("'title'"), problem);
    }

    @Test
    void aNestedFieldThatChangesIsRefused() {
        String after = afterAnswerFix(BEFORE).replace("keywords: a, b", "keywords: a,b");
        String problem = FixVerifier.problem(page(BEFORE), page(after), List.of(ANSWER));
        assertNotNull(problem);
        assertTrue(problem.contains("seo.keywords"), problem);
    }

    @Test
    void aTypeChangeOfAnotherFieldIsRefused() {
        String after = afterAnswerFix(BEFORE).replace("id: 1", "id: '1'");
        assertNotNull(FixVerifier.problem(page(BEFORE), page(after), List.of(ANSWER)));
    }

    @Test
    void addedRemovedAndReorderedFieldsAreRefused() {
        String fixed = afterAnswerFix(BEFORE);
        for (String after : List.of(fixed.replace("id: 1\n", "id: 1\nextra: e\n"), fixed.replace("id: 1\n", ""),
                fixed.replace("  - y\n", ""), fixed.replace("  - y\n", "  - y\n  - z\n"),
                fixed.replace("  - x\n  - y\n", "  - y\n  - x\n"))) {
            assertNotNull(FixVerifier.problem(page(BEFORE), page(after), List.of(ANSWER)), after);
        }
    }

    @Test
    void theFixedFieldWithAnotherValueThanPromisedIsRefused() {
        String after = afterAnswerFix(BEFORE).replace("    two", "    two!");
        String problem = FixVerifier.problem(page(BEFORE), page(after), List.of(ANSWER));
        assertNotNull(problem);
        assertTrue(problem.contains("promised"), problem);
    }

    @Test
    void aValueOnlyTheRuleKnowsMayChangeInsideItsField() {
        Fix seo = fix(FieldChange.any("seo"));
        String after = BEFORE.replace("keywords: a, b", "keywords: a,b").replace("title: SEO", "title: S");
        assertNull(FixVerifier.problem(page(BEFORE), page(after), List.of(seo)));
        // but not beside it
        assertNotNull(FixVerifier.problem(page(BEFORE), page(after.replace("id: 1", "id: 2")), List.of(seo)));
    }

    @Test
    void theBodyMayChangeOnlyWhenAFixNamesIt() {
        String after = afterAnswerFix(BEFORE).replace("Body.", "Body!");
        String problem = FixVerifier.problem(page(BEFORE), page(after), List.of(ANSWER));
        assertNotNull(problem);
        assertTrue(problem.contains("body"), problem);
        assertNull(FixVerifier.problem(page(BEFORE), page(after), List.of(ANSWER, fix(FieldChange.any(null)))));
        assertNotNull(FixVerifier.problem(page(BEFORE), page(BEFORE.replace("Body.", "Body!")),
                List.of(fix(FieldChange.any("title")))));
    }

    @Test
    void frontMatterThatNoLongerParsesIsRefused() {
        String broken = afterAnswerFix(BEFORE).replace("seo:\n", "seo: [\n");
        assertNotNull(FixVerifier.problem(page(BEFORE), page(broken), List.of(ANSWER)));
        String unclosed = afterAnswerFix(BEFORE).replace("---\nBody.", "Body.");
        assertNotNull(FixVerifier.problem(page(BEFORE), page(unclosed), List.of(ANSWER)));
    }

    @Test
    void aFixThatOwnsAMappingMayChangeItsKeys() {
        Fix seo = fix(FieldChange.any("seo"));
        String after = BEFORE.replace("  keywords: a, b\n", "");
        assertNull(FixVerifier.problem(page(BEFORE), page(after), List.of(seo)));
    }

    @Test
    void aChangeToTheSecondOfTwoDuplicateKeysIsRefused() {
        String before = "---\ntitle: First\ntitle: Second\nanswer: >-\n    one\\ntwo\n---\nBody.\n";
        String after = "---\ntitle: First\ntitle: Changed\nanswer: |-\n    one\n    two\n---\nBody.\n";
        assertEquals(page(before).frontMatterState(), page(after).frontMatterState());
        assertNotNull(FixVerifier.problem(page(before), page(after), List.of(ANSWER)));
    }

    @Test
    void coversAFieldItsChildrenAndItemsButNotASimilarName() {
        FieldChange seo = FieldChange.any("seo");
        assertTrue(seo.covers("seo"));
        assertTrue(seo.covers("seo.title"));
        assertTrue(seo.covers("seo[0]"));
        assertFalse(seo.covers("seo_title"));
        assertFalse(seo.covers("seotitle"));
        assertFalse(seo.covers("other.seo"));
        assertEquals(FieldChange.BODY, FieldChange.any(null).field());
    }
}
