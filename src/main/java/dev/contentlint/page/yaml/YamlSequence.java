package dev.contentlint.page.yaml;

import dev.contentlint.page.Range;
import java.util.List;

public record YamlSequence(List<YamlNode> items, Range range) implements YamlNode {}
