package dev.contentlint.rules;

import dev.contentlint.rules.frontmatter.FieldType;
import dev.contentlint.rules.frontmatter.FrontMatterInvalid;
import dev.contentlint.rules.frontmatter.FrontMatterMissing;
import dev.contentlint.rules.frontmatter.PageUnreadable;
import dev.contentlint.rules.frontmatter.RequiredField;
import dev.contentlint.rules.frontmatter.UnusedSuppression;
import dev.contentlint.rules.pages.DuplicateId;
import dev.contentlint.rules.pages.DuplicateUrl;
import dev.contentlint.rules.pages.RelatedLinkBroken;
import dev.contentlint.rules.pages.RelatedLinkDuplicate;
import dev.contentlint.rules.pages.RelatedLinkStale;
import dev.contentlint.rules.pages.SubjectInconsistent;
import dev.contentlint.rules.prose.Grammar;
import dev.contentlint.rules.prose.Spelling;
import dev.contentlint.rules.seo.KeywordsFormat;
import dev.contentlint.rules.seo.SeoDescriptionLength;
import dev.contentlint.rules.seo.SeoTitleLength;
import dev.contentlint.rules.text.EscapedNewline;
import dev.contentlint.rules.text.TrailingWhitespace;
import dev.contentlint.rules.url.FileNameMismatch;
import dev.contentlint.rules.url.SlugFormat;
import dev.contentlint.rules.url.UrlFileNameMismatch;
import dev.contentlint.rules.url.UrlPathMismatch;
import dev.contentlint.rules.url.UrlSubjectMismatch;
import dev.contentlint.site.DuplicateContent;
import dev.contentlint.site.DuplicateDescription;
import dev.contentlint.site.DuplicateSeoTitle;
import dev.contentlint.site.DuplicateTitle;
import dev.contentlint.site.HeadingStructure;
import dev.contentlint.site.LinkText;
import dev.contentlint.site.OrphanPage;
import dev.contentlint.site.SeoDescriptionWidth;
import dev.contentlint.site.SeoTitleWidth;
import dev.contentlint.site.ThinContent;
import java.util.List;

/** Every rule written in Java. Declarative rules come from profiles and join them at load time. */
public final class RuleRegistry {
    public static final String PAGE_UNREADABLE = "page-unreadable";
    public static final String UNUSED_SUPPRESSION = "unused-suppression";

    private static final List<Rule> BUILTINS = List.of(
            new PageUnreadable(),
            new FrontMatterMissing(),
            new FrontMatterInvalid(),
            new RequiredField(),
            new FieldType(),
            new SeoDescriptionLength(),
            new SeoTitleLength(),
            new KeywordsFormat(),
            new UrlFileNameMismatch(),
            new FileNameMismatch(),
            new UrlPathMismatch(),
            new UrlSubjectMismatch(),
            new SlugFormat(),
            new EscapedNewline(),
            new TrailingWhitespace(),
            new Grammar(),
            new Spelling(),
            new RelatedLinkBroken(),
            new RelatedLinkStale(),
            new RelatedLinkDuplicate(),
            new DuplicateId(),
            new DuplicateUrl(),
            new SubjectInconsistent(),
            // The site audit's rules (dev.contentlint.site): they run where a profile, such as `site`, names them.
            new DuplicateSeoTitle(),
            new DuplicateTitle(),
            new DuplicateDescription(),
            new DuplicateContent(),
            new OrphanPage(),
            new SeoTitleWidth(),
            new SeoDescriptionWidth(),
            new ThinContent(),
            new HeadingStructure(),
            new LinkText(),
            new UnusedSuppression());

    private RuleRegistry() {}

    public static List<Rule> builtins() {
        return BUILTINS;
    }
}
