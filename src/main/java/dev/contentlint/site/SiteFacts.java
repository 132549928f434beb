package dev.contentlint.site;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.contentlint.config.FieldRole;
import dev.contentlint.config.FieldRoles;
import dev.contentlint.index.PageIndex;
import dev.contentlint.page.FrontMatter;
import dev.contentlint.page.Page;
import dev.contentlint.page.yaml.YamlMapping;
import dev.contentlint.page.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the page index keeps of a page for the site rules, read once when the page is indexed
 * and kept in the index cache: the SEO title and description as written, the site paths its
 * related links and Markdown links lead to, and its text's size, hash and MinHash signature.
 *
 * @param links     the link targets, each as {@link LinkTargets#normalize} gives it, in order, once each
 * @param words     how many words the text has, as {@link SiteText#words} finds them
 * @param shingles  how many distinct shingles the text has
 * @param textHash  a hash of the text's words, equal for texts with the same words
 * @param signature the text's MinHash signature; null when it has no words
 */
public record SiteFacts(String seoTitle, String description, List<String> links, int words, int shingles, long textHash,
        short[] signature) {
    private static final Parser MARKDOWN = Parser.builder().build();

    public SiteFacts {
        links = List.copyOf(links);
    }

    public static SiteFacts of(Page page, FieldRoles fields) {
        FrontMatter front = page.frontMatter();
        String text = SiteText.of(page, fields);
        // Every page's words are hashed when it is indexed: from their hash codes, not strings.
        TextHashes words = new TextHashes();
        SiteText.hashWords(text, words);
        long[] hashes = Shingles.hashes(words.wordHashes, words.count);
        long textHash = words.textHash;
        return new SiteFacts(PageIndex.value(front, fields, FieldRole.SEO_TITLE),
                PageIndex.value(front, fields, FieldRole.DESCRIPTION), links(front, fields, text), words.count,
                (int) Arrays.stream(hashes).distinct().count(), textHash, MinHash.signature(hashes));
    }

    /** Each word's {@link Shingles#wordHash}, and a hash of them all in order, equal for texts with the same words. */
    private static final class TextHashes implements SiteText.WordHashSink {
        long[] wordHashes = new long[256];
        int count;
        long textHash = 0x84222325CBF29CE4L;

        @Override
        public void word(int hashCode, int length) {
            if (count == wordHashes.length) {
                wordHashes = Arrays.copyOf(wordHashes, count * 2);
            }
            wordHashes[count++] = Shingles.wordHash(hashCode, length);
            textHash = MinHash.mix(textHash ^ hashCode) + length;
        }
    }

    /** The related links' urls, then the site paths of the text's Markdown links. */
    private static List<String> links(FrontMatter front, FieldRoles fields, String text) {
        Set<String> links = new LinkedHashSet<>();
        fields.path(FieldRole.RELATED).ifPresent(prefix -> {
            for (FrontMatter.Field field : front.matching(prefix + "*")) {
                if (field.value() instanceof YamlMapping mapping) {
                    mapping.get("url").filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                            .filter(url -> url.type() != YamlScalar.Type.NULL && !url.value().isBlank())
                            .ifPresent(url -> links.add(LinkTargets.normalize(url.value().strip())));
                }
            }
        });
        // Parsing Markdown costs more than the rest; only text with a link or a link definition is parsed.
        if (text.contains("](") || text.contains("]:")) {
            Node document = MARKDOWN.parse(text);
            List<String> targets = new ArrayList<>();
            new NodeVisitor(new VisitHandler<>(Link.class, link -> targets.add(link.getUrl().toString())),
                    new VisitHandler<>(Reference.class, reference -> targets.add(reference.getUrl().toString())))
                    .visit(document);
            for (String target : targets) {
                if (LinkTargets.isSitePath(target)) {
                    links.add(LinkTargets.normalize(target));
                }
            }
        }
        return new ArrayList<>(links);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SiteFacts o && words == o.words && shingles == o.shingles && textHash == o.textHash
                && Objects.equals(seoTitle, o.seoTitle) && Objects.equals(description, o.description)
                && links.equals(o.links) && Arrays.equals(signature, o.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seoTitle, description, links, words, shingles, textHash, Arrays.hashCode(signature));
    }
}
