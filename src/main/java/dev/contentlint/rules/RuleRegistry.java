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
            new UnusedSuppression());

    private RuleRegistry() {}

    public static List<Rule> builtins() {
        return BUILTINS;
    }
}
