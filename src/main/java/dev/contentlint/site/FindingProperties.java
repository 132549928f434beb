package dev.contentlint.site;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding's properties in the order they are written. {@code Map.of} iterates in an order
 * that changes from one run of the JVM to the next, so two runs over the same pages wrote
 * {@code "path"} and {@code "similarity"} in either order, and their JSON reports differed.
 */
final class FindingProperties {
    private FindingProperties() {}

    static Map<String, Object> of(String key, Object value, String otherKey, Object otherValue) {
        Map<String, Object> properties = new LinkedHashMap<>(4);
        properties.put(key, value);
        properties.put(otherKey, otherValue);
        return properties;
    }
}
