package dev.contentlint.page.yaml;

import dev.contentlint.page.Range;

/** A front-matter value that knows its exact span in the page's text. */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence {
    /** The node's whole source span, including quotes, block indicators and nested content. */
    Range range();
}
