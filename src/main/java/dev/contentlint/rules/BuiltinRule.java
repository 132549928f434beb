package dev.contentlint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Base of the rules written in Java: their metadata comes from the {@link RuleInfo} on the class. */
public abstract class BuiltinRule implements Rule {
    private static final ClassValue<RuleMeta> META = new ClassValue<>() {
        @Override
        protected RuleMeta computeValue(Class<?> type) {
            RuleInfo info = type.getAnnotation(RuleInfo.class);
            if (info == null) {
                throw new IllegalStateException(type.getName() + " has no @RuleInfo");
            }
            List<RuleMeta.OptionSpec> options = Arrays.stream(info.options())
                    .map(o -> new RuleMeta.OptionSpec(o.name(), o.type(),
                            o.defaultValue().isEmpty() ? null : OptionValues.parseDefault(o.type(), o.defaultValue()),
                            o.description()))
                    .toList();
            return new RuleMeta(info.id(), info.summary(), info.severity(), info.fix(), List.of(info.tags()),
                    info.needsFrontMatter(), options, documentation(info.id()), "built-in");
        }
    };

    @Override
    public final RuleMeta meta() {
        return META.get(getClass());
    }

    /** The rule's documentation page, shipped in the jar from {@code docs/rules/<id>.md}. */
    static String documentation(String id) {
        try (InputStream in = BuiltinRule.class.getResourceAsStream("/contentlint/docs/" + id + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
