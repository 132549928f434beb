package dev.contentlint.rules;

import com.google.re2j.Pattern;
import java.util.Arrays;

/** Typed defaults for {@link RuleInfo.Option}, written compactly in annotations. */
final class OptionValues {
    private OptionValues() {}

    /** Lists are comma-separated; maps are {@code key=value} pairs separated by commas. */
    static Object parseDefault(OptionType type, String text) {
        return switch (type) {
            case INTEGER -> Integer.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case STRING -> text;
            case STRING_LIST -> Arrays.stream(text.split(",")).map(String::strip).toList();
            case STRING_MAP -> Arrays.stream(text.split(","))
                    .map(pair -> pair.split("=", 2))
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(p -> p[0].strip(), p -> p[1].strip()));
            case REGEX -> Pattern.compile(text);
        };
    }
}
