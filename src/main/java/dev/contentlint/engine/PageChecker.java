package dev.contentlint.engine;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfiguredRule;
import dev.contentlint.page.Page;
import dev.contentlint.page.PageReader;
import dev.contentlint.page.Position;
import dev.contentlint.page.Range;
import dev.contentlint.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one page and runs every configured rule on it; a failing rule never stops the others. */
final class PageChecker {
    private final Config config;
    private final PageReader reader;
    private final Optional<ConfiguredRule> unreadable;

    PageChecker(Config config, PageReader reader) {
        this.config = config;
        this.reader = reader;
        this.unreadable = config.rules().stream().filter(r -> r.id().equals(RuleRegistry.PAGE_UNREADABLE)).findFirst();
    }

    /** Findings on the file; internal errors are added to {@code errors}. */
    List<Finding> check(Path file, String displayPath, List<String> errors) {
        PageReader.Result read = reader.read(file, displayPath);
        return read.page() != null ? check(read.page(), errors) : unreadable(displayPath, read.failure());
    }

    List<Finding> check(Page page, List<String> errors) {
        List<Finding> findings = new ArrayList<>();
        for (ConfiguredRule rule : config.rules()) {
            if (rule.rule().meta().needsFrontMatter() && page.frontMatter() == null) {
                continue;
            }
            try {
                rule.rule().check(page, new FindingCollector(page, rule, config.fields(), config.layout(), findings,
                        errors));
            } catch (RuntimeException | StackOverflowError e) {
                errors.add(page.displayPath() + ": rule " + rule.id() + " failed: " + e);
            }
        }
        findings.sort(Engine.ORDER);
        return findings;
    }

    private List<Finding> unreadable(String displayPath, PageReader.ReadFailure failure) {
        if (unreadable.isEmpty()) {
            return List.of();
        }
        Position at = failure.line() > 0 ? new Position(failure.line(), failure.column()) : new Position(1, 1);
        ConfiguredRule rule = unreadable.get();
        return List.of(new Finding(rule.id(), rule.severity(), displayPath, null, failure.message(), Range.at(0), at, at,
                "", null, List.of(), null));
    }
}
