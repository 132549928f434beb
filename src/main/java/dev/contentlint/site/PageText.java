package dev.contentlint.site;

import dev.contentlint.config.FieldRole;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.page.Page;
import dev.contentlint.prose.ProseSegment;
import java.util.List;

/**
 * The text of the page being checked as the site rules read it, worked out once for all of
 * them: {@code thin-content}, {@code heading-structure}, {@code link-text} and
 * {@code duplicate-content} each need the text role's value with its newline escapes read as
 * line breaks, and finding those escapes (code and math excluded) costs more than the rules'
 * own work. A page's rules run one after another on one thread, so each thread keeps the
 * last page's text; any other page, or other field roles, start afresh.
 */
final class PageText {
    private static final ThreadLocal<PageText> LAST = new ThreadLocal<>();

    private final Page page;
    private final FieldRoles fields;
    private List<ProseSegment> segments;
    private String text;

    private PageText(Page page, FieldRoles fields) {
        this.page = page;
        this.fields = fields;
    }

    static PageText of(Page page, FieldRoles fields) {
        PageText last = LAST.get();
        if (last != null && last.page == page && last.fields == fields) {
            return last;
        }
        PageText made = new PageText(page, fields);
        LAST.set(made);
        return made;
    }

    /** The text role's value (when it is a string with text) and the body, as {@link ProseSegment}s. */
    List<ProseSegment> segments() {
        if (segments == null) {
            segments = ProseSegment.of(page, fields.path(FieldRole.TEXT).map(List::of).orElse(List.of()));
        }
        return segments;
    }

    /** {@link SiteText#of}, from the text role's segment when there is one rather than from the escapes again. */
    String text() {
        if (text == null) {
            String path = fields.path(FieldRole.TEXT).orElse(null);
            String field = null;
            for (ProseSegment segment : segments()) {
                if (path != null && path.equals(segment.field())) {
                    field = segment.text();
                }
            }
            // No segment: the value is missing, blank or not a string; SiteText says what it is then.
            text = field == null ? SiteText.of(page, fields) : field + "\n" + page.body();
        }
        return text;
    }
}
