package dev.contentlint.config;

import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleOptions;
import dev.contentlint.rules.Severity;

/** A rule switched on for this run, with its effective severity and validated options. */
public record ConfiguredRule(Rule rule, Severity severity, RuleOptions options) {
    public String id() {
        return rule.meta().id();
    }
}
