package dev.contentlint.config;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which front-matter field plays which {@link FieldRole}: for example {@code description}
 * is {@code seo.page_description}. {@code related} names the prefix of numbered link fields
 * ({@code related_article} for {@code related_article1}, {@code related_article2}, …).
 */
public final class FieldRoles {
    private final Map<FieldRole, String> paths;

    public FieldRoles(Map<FieldRole, String> paths) {
        this.paths = paths.isEmpty() ? new EnumMap<>(FieldRole.class) : new EnumMap<>(paths);
    }

    public Optional<String> path(FieldRole role) {
        return Optional.ofNullable(paths.get(role));
    }

    public Map<FieldRole, String> asMap() {
        return Map.copyOf(paths);
    }
}
