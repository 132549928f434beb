package dev.contentlint.engine;

import dev.contentlint.config.Config;
import dev.contentlint.config.ConfiguredRule;
import dev.contentlint.index.PageIndex;
import dev.contentlint.links.LinkResolver;
import dev.contentlint.page.Page;
import dev.contentlint.page.PageReader;
import dev.contentlint.page.PageSource;
import dev.contentlint.page.Position;
import dev.contentlint.page.Range;
import dev.contentlint.parallel.Workers;
import dev.contentlint.prose.ProseFinding;
import dev.contentlint.prose.ProseService;
import dev.contentlint.prose.ProseCancelledException;
import dev.contentlint.prose.ProseSetupException;
import dev.contentlint.rules.RuleMeta;
import dev.contentlint.rules.RuleRegistry;
import dev.contentlint.suppress.InlineSuppressions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.function.Supplier;

/** Reads one page and runs every configured rule on it; a failing rule never stops the others. */
final class PageChecker {
    private final Config config;
    private final PageReader reader;
    private final PageSource source;
    private final Optional<ConfiguredRule> unreadable;
    private final boolean wantsFixes;
    private final PageFixer fixer;
    private final ProseService prose;
    private final PageIndex index;
    private final LinkResolver links;
    private final List<ConfiguredRule> rules;
    private final Optional<ConfiguredRule> unusedSuppression;
    /** The ids of the rules that run, of every known rule, and whether every configured rule runs (prose included). */
    private final Set<String> ran;
    private final Set<String> known;
    private final boolean everyRuleRan;
    /** Per rule, in order: whether it needs front matter (looked up once, not once a page). */
    private final boolean[] needsFrontMatter;
    /** Each rule's time, when the run asks for it. */
    private RuleTimes times = RuleTimes.OFF;

    /**
     * {@code fixesShown}: the output shows fixes, so rules build them even when not fixing.
     * {@code prose}: checks prose for the grammar and spelling rules; null turns those rules off.
     * {@code index}: the whole repository, for the rules that span pages; may be null.
     */
    PageChecker(Config config, PageReader reader, PageSource source, FixMode mode, boolean fixesShown,
            ProseService prose, PageIndex index) {
        this.config = config;
        this.prose = prose;
        this.index = index;
        this.links = index == null ? null : new LinkResolver(config.links(), index);
        this.rules = prose != null ? config.rules()
                : config.rules().stream().filter(r -> !r.rule().meta().usesLanguageTool()).toList();
        this.wantsFixes = mode.enabled() || fixesShown;
        this.fixer = mode.enabled() ? new PageFixer(this, mode) : null;
        this.reader = reader;
        this.source = source;
        this.unreadable = config.rules().stream().filter(r -> r.id().equals(RuleRegistry.PAGE_UNREADABLE)).findFirst();
        this.unusedSuppression = config.rules().stream()
                .filter(r -> r.id().equals(RuleRegistry.UNUSED_SUPPRESSION)).findFirst();
        this.ran = rules.stream().map(ConfiguredRule::id).collect(Collectors.toUnmodifiableSet());
        this.known = config.known().stream().map(RuleMeta::id).collect(Collectors.toUnmodifiableSet());
        this.everyRuleRan = rules.size() == config.rules().size();
        this.needsFrontMatter = new boolean[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            needsFrontMatter[r] = rules.get(r).rule().meta().needsFrontMatter();
        }
    }

    /** Keeps each rule's time from now on, when {@code setting} asks for it (see {@link RuleTimes#of}). */
    PageChecker timed(String setting) {
        times = RuleTimes.of(setting, rules.stream().map(ConfiguredRule::id).toList());
        return this;
    }

    /** The rules' times so far, as a table; empty unless {@link #timed} asked for them. */
    Optional<String> timeTable() {
        return times.table();
    }

    /**
     * Lets each rule that runs make its lookups over the whole index, on {@code jobs} threads;
     * a failed preparation is not kept, so the checks make the value again and report the failure.
     */
    void prepare(int jobs) {
        if (index == null) {
            return;
        }
        Workers.map(IntStream.range(0, rules.size()).boxed().toList(), jobs, r -> {
            long started = times.start();
            try {
                rules.get(r).rule().prepare(index, rules.get(r).options());
            } catch (RuntimeException | StackOverflowError e) {
                // reported by the rule's checks
            }
            times.prepared(r, times.since(started));
            return null;
        });
    }

    /** The checked root: a fix never writes outside it. */
    Path root() {
        return config.root();
    }

    /** A page's findings, how many its suppression comments hid, and what fixing did to it (null when it was not fixed). */
    record Outcome(List<Finding> findings, int suppressed, FixedPage fixed) {}

    /** A page's findings after its suppression comments, and how many those hid. */
    record Checked(List<Finding> findings, int suppressed) {}

    /** Reads and checks the file, fixing it when the mode says so; internal errors go to {@code errors}. */
    Outcome check(Path file, String displayPath, List<String> errors) {
        PageReader.Result read;
        long started = times.start();
        try {
            read = source.read(reader, file, displayPath);
        } catch (RuntimeException | StackOverflowError e) {
            errors.add(displayPath + ": reading the page failed: " + e);
            return new Outcome(List.of(), 0, null);
        }
        times.read(times.since(started));
        if (read.page() == null) {
            return new Outcome(unreadable(displayPath, read.failure()), 0, null);
        }
        if (fixer != null) {
            return fixer.fix(read, errors);
        }
        Checked checked = check(read.page(), errors);
        return new Outcome(checked.findings(), checked.suppressed(), null);
    }

    Checked check(Page page, List<String> errors) {
        List<Finding> findings = new ArrayList<>();
        Supplier<List<ProseFinding>> pageProse = proseOf(page);
        for (int r = 0; r < rules.size(); r++) {
            ConfiguredRule rule = rules.get(r);
            if (needsFrontMatter[r] && page.frontMatter() == null) {
                continue;
            }
            long started = times.start();
            try {
                rule.rule().check(page, new FindingCollector(page, rule, config.fields(), config.layout(), wantsFixes,
                        pageProse, index, links, findings, errors));
            } catch (ProseSetupException | ProseCancelledException e) {
                throw e; // the settings are wrong for every page, or the result is no longer wanted: the check stops
            } catch (RuntimeException | StackOverflowError e) {
                errors.add(page.displayPath() + ": rule " + rule.id() + " failed: " + e);
            }
            times.checked(r, times.since(started));
        }
        InlineSuppressions.Outcome suppressed = InlineSuppressions.apply(InlineSuppressions.of(page), findings, ran,
                known, everyRuleRan);
        List<Finding> kept = suppressed.kept();
        if (unusedSuppression.isPresent() && !suppressed.unused().isEmpty()) {
            FindingCollector collector = new FindingCollector(page, unusedSuppression.get(), config.fields(),
                    config.layout(), false, List::of, index, links, kept, errors);
            for (InlineSuppressions.Unused unused : suppressed.unused()) {
                collector.report(unused.field(), unused.range(), unused.message(), null, null);
            }
        }
        kept.sort(Engine.ORDER);
        return new Checked(kept, suppressed.suppressed());
    }

    /** The page's prose matches, checked on first use and then shared by the prose rules. */
    private Supplier<List<ProseFinding>> proseOf(Page page) {
        if (prose == null) {
            return List::of;
        }
        return new Supplier<>() {
            private List<ProseFinding> found;

            @Override
            public List<ProseFinding> get() {
                if (found == null) {
                    found = prose.check(page);
                }
                return found;
            }
        };
    }

    private List<Finding> unreadable(String displayPath, PageReader.ReadFailure failure) {
        if (unreadable.isEmpty()) {
            return List.of();
        }
        Position at = failure.line() > 0 ? new Position(failure.line(), failure.column()) : new Position(1, 1);
        ConfiguredRule rule = unreadable.get();
        return List.of(new Finding(rule.id(), rule.severity(), displayPath, null, failure.message(), Range.at(0), at, at,
                "", null, List.of(), null, List.of()));
    }
}
