package dev.contentlint.rules.pages;

import dev.contentlint.config.FieldRole;
import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlScalar;
import dev.contentlint.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** A page's related links: the mappings of the related role (related_article1, …) with their url scalars. */
record RelatedLinks(List<Link> links) {
    /** One related link: its field path ({@code related_article2}), mapping and url. */
    record Link(String path, YamlMapping mapping, YamlScalar url) {
        String urlPath() {
            return path + ".url";
        }

        YamlScalar scalar(String key) {
            return mapping.get(key).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                    .filter(s -> s.type() != YamlScalar.Type.NULL).orElse(null);
        }

        Range urlRange() {
            return url.contentRange();
        }
    }

    static RelatedLinks of(Page page, RuleContext context) {
        List<Link> links = new ArrayList<>();
        FrontMatter front = page.frontMatter();
        String role = context.fields().path(FieldRole.RELATED).orElse(null);
        if (front == null || role == null) {
            return new RelatedLinks(links);
        }
        for (FrontMatter.Field field : front.matching(role + "*")) {
            if (field.value() instanceof YamlMapping mapping) {
                mapping.get("url").filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                        .filter(url -> url.type() != YamlScalar.Type.NULL && !url.value().isBlank())
                        .ifPresent(url -> links.add(new Link(field.path(), mapping, url)));
            }
        }
        return new RelatedLinks(links);
    }
}
