package dev.contentlint.rules;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Map;

/** A rule's option values after validation: every declared option has a typed value or null. */
public final class RuleOptions {
    private final Map<String, Object> values;

    public RuleOptions(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public static RuleOptions defaults(RuleMeta meta) {
        java.util.HashMap<String, Object> values = new java.util.HashMap<>();
        for (RuleMeta.OptionSpec option : meta.options()) {
            if (option.defaultValue() != null) {
                values.put(option.name(), option.defaultValue());
            }
        }
        return new RuleOptions(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public int integer(String name) {
        return (Integer) require(name);
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    public String string(String name) {
        return (String) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object value = values.get(name);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> stringMap(String name) {
        Object value = values.get(name);
        return value == null ? Map.of() : (Map<String, String>) value;
    }

    public Pattern regex(String name) {
        return (Pattern) values.get(name);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("option '" + name + "' has no value");
        }
        return value;
    }
}
