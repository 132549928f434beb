package dev.contentlint.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, declared once on its class. The rule list, {@code explain}, SARIF
 * {@code rules[]} and the docs check all read it from here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable kebab-case id; also the SARIF ruleId and the name of the docs page. */
    String id();

    /** One line, in the imperative mood of a check ("SEO description length is within limits"). */
    String summary();

    Severity severity();

    /** Whether {@code --fix} repairs the rule's findings, and whether safely; see {@link Fixability}. */
    Fixability fix() default Fixability.NONE;

    String[] tags() default {};

    /** False for rules that read only the raw text, and so also run on pages without front matter. */
    boolean needsFrontMatter() default true;

    Option[] options() default {};

    /** A typed option with its default, validated when the configuration is loaded. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Option {
        String name();

        OptionType type();

        /** The default, written as it would be in YAML; empty for "no default". */
        String defaultValue() default "";

        String description();
    }
}
