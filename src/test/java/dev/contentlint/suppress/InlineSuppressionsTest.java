package dev.contentlint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.page.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where suppression comments are found, and which field each is for. */
class InlineSuppressionsTest {
    private static List<String> found(String frontMatter) {
        Page page = Page.parse(Path.of("page.md"), "page.md", "---\n" + frontMatter + "---\nBody.\n");
        return InlineSuppressions.of(page).stream()
                .map(s -> (s.field() == null ? "page" : s.field()) + ":" + s.names().stream()
                        .map(n -> n.rule() == null ? "*" : n.rule()).toList())
                .toList();
    }

    @Test
    void aCommentOnItsOwnLineIsForThePageAndOneAfterAKeyForThatField() {
        assertEquals(List.of("page:[spelling, grammar]", "title:[seo-title-length]", "seo.title:[*]"),
                found("# contentlint-disable spelling grammar\n"
                        + "title: A title  # contentlint-disable seo-title-length\n"
                        + "seo:\n  title: QuickTakes  #contentlint-disable\n"));
    }

    @Test
    void blockScalarHeadersAndListItemsBelongToTheirField() {
        assertEquals(List.of("answer:[grammar]", "keywords:[keywords-format]"),
                found("answer: |-  # contentlint-disable grammar -- quoted as written\n  Some text.\n"
                        + "keywords:\n  - one\n  - two  # contentlint-disable keywords-format\n"));
    }

    @Test
    void textThatOnlyLooksLikeACommentIsNone() {
        assertEquals(List.of(), found("title: \"Use # contentlint-disable spelling\"\n"
                + "question: 'a # contentlint-disable grammar'\n"
                + "answer: |-\n  # contentlint-disable spelling is a heading here\n"
                + "note: word#contentlint-disable\n"
                + "# contentlint-disabled spelling\n"));
    }
}
