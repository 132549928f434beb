package dev.contentlint.prose;

import dev.contentlint.config.ProseSettings;
import dev.contentlint.page.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Prose checking for one run. A prose text is checked in two parts, each looked up in the
 * cache by its digest: each of its paragraphs with LanguageTool's sentence rules, and the whole
 * text with its text-level rules. So an edit of one paragraph re-checks that paragraph and the
 * text-level rules, whose sentences LanguageTool has analysed already, and no other paragraph.
 * Only what the cache lacks goes to LanguageTool. A LanguageTool instance serves one thread at a
 * time: a worker takes an idle one, or makes one when none is idle, so there are as many as
 * workers ever checked at once. A run whose prose is all cached never loads LanguageTool.
 */
public final class ProseService {
    private final ProseSettings settings;
    private final ProseCache cache;
    private final Checkers checkers;
    /** False for {@link #cachedOnly()}: what the cache lacks is left unchecked. */
    private final boolean checksMisses;
    /** Asked before each text or paragraph goes to LanguageTool; true stops the check. */
    private final BooleanSupplier cancelled;

    /** @param cache where results are kept between runs, or an in-memory one for {@code --no-cache} */
    public ProseService(ProseSettings settings, ProseCache cache) {
        this(settings, cache, new Checkers(settings), true, () -> false);
    }

    private ProseService(ProseSettings settings, ProseCache cache, Checkers checkers, boolean checksMisses,
            BooleanSupplier cancelled) {
        this.settings = settings;
        this.cache = cache;
        this.checkers = checkers;
        this.checksMisses = checksMisses;
        this.cancelled = cancelled;
    }

    /** The idle LanguageTool instances; each keeps the analyses of the sentences it checked lately. */
    private static final class Checkers {
        private final ProseSettings settings;
        private final Deque<LanguageToolChecker> idle = new ConcurrentLinkedDeque<>();

        Checkers(ProseSettings settings) {
            this.settings = settings;
        }

        LanguageToolChecker take() {
            LanguageToolChecker checker = idle.pollFirst();
            return checker != null ? checker : new LanguageToolChecker(settings, true);
        }

        void giveBack(LanguageToolChecker checker) {
            idle.addFirst(checker);
        }
    }

    /** The instance that checks one text, taken when the cache first lacks something and given back after the text. */
    private final class Lease implements AutoCloseable {
        private LanguageToolChecker checker;

        LanguageToolChecker checker() {
            if (checker == null) {
                checker = checkers.take();
            }
            return checker;
        }

        @Override
        public void close() {
            if (checker != null) {
                checkers.giveBack(checker);
            }
        }
    }

    /**
     * The same service that reports only what the cache holds and never runs LanguageTool: an
     * editor shows the prose findings of the paragraphs it did not change at once, while the
     * changed ones are checked.
     */
    public ProseService cachedOnly() {
        return new ProseService(settings, cache, checkers, false, cancelled);
    }

    /**
     * The same service, whose checks stop with {@link ProseCancelledException} as soon as
     * {@code cancelled} says so: before each paragraph that LanguageTool would check. An
     * editor's check of a version that a newer one replaced stops there, and the paragraphs it
     * finished stay in the cache, where the newer version finds them.
     */
    public ProseService cancelledWhen(BooleanSupplier cancelled) {
        return new ProseService(settings, cache, checkers, checksMisses, cancelled);
    }

    /**
     * The page's prose matches, placed in the file. A spelling match on a word that the page
     * uses {@code term-repeats} times or more, over all its prose texts, is left out: it is the
     * page's term ("nitroso" in the title, the question and the answer), unless the page writes
     * a word it is a slip of more often ("pseudoperipheral" beside "pseudoperipteral"). A
     * misspelling that only a word used elsewhere on the page shows is reported only then. A text that two fields
     * share (the title and the question) counts once, so a slip copied with it stays a slip.
     */
    public List<ProseFinding> check(Page page) {
        List<ProseSegment> segments = ProseSegment.of(page, settings.fields());
        String pageText = String.join("\n", new LinkedHashSet<>(segments.stream().map(ProseSegment::text).toList()));
        List<ProseFinding> findings = new ArrayList<>();
        for (ProseSegment segment : segments) {
            for (ProseMatch match : matchesOfText(segment.text())) {
                String flagged = segment.text().substring(match.from(), match.to());
                if (match.spelling() && (match.needsCloseWord()
                        ? !SpellingFilter.outnumberedByCloseWord(pageText, flagged, settings.typoDistance())
                        : pageTerm(pageText, flagged))) {
                    continue;
                }
                findings.add(new ProseFinding(segment.field(), segment.fileRange(match.from(), match.to()), match, flagged));
            }
        }
        return findings;
    }

    /** A word the page repeats is its term, unless the page writes a word it is a slip of more often. */
    private boolean pageTerm(String pageText, String word) {
        int repeats = settings.termRepeats();
        return repeats > 0 && SpellingFilter.uses(pageText, word, repeats) >= repeats
                && !SpellingFilter.outnumberedByCloseWord(pageText, word, settings.typoDistance());
    }

    /**
     * LanguageTool's matches on a Markdown text, from the cache when it has them: those of the
     * text-level rules on the whole text, and those of the sentence rules paragraph by paragraph.
     * Where a text-level match overlaps a sentence match, the sentence match is kept.
     */
    public List<ProseMatch> matches(String text) {
        return SpellingFilter.withCloseWordsShown(text, matchesOfText(text), settings.typoDistance());
    }

    /** The matches of {@link #matches}, with the misspellings that only a close word elsewhere on the page would show. */
    private List<ProseMatch> matchesOfText(String text) {
        try (Lease lease = new Lease()) {
            List<ProseMatch> textLevel = matches(RuleScope.TEXT, text, lease);
            if (textLevel.stream().anyMatch(m -> m.ruleId().equals(LanguageToolChecker.TOO_LONG_RULE))) {
                return textLevel;
            }
            List<ProseMatch> sentences = new ArrayList<>();
            for (ProseParagraphs.Paragraph paragraph : ProseParagraphs.of(text)) {
                for (ProseMatch match : matches(RuleScope.SENTENCES, paragraph.text(), lease)) {
                    // A paragraph starts a sentence, and a term the page repeats is left out by check(Page).
                    sentences.add(match.shifted(paragraph.offset()));
                }
            }
            List<ProseMatch> all = new ArrayList<>(sentences);
            for (ProseMatch match : textLevel) {
                if (sentences.stream().noneMatch(s -> s.from() < match.to() && match.from() < s.to())) {
                    all.add(match);
                }
            }
            all.sort(Comparator.comparingInt(ProseMatch::from).thenComparingInt(ProseMatch::to));
            return all;
        }
    }

    private List<ProseMatch> matches(RuleScope scope, String text, Lease lease) {
        ProseCache.Key key = cache.key(scope.name(), text);
        List<ProseMatch> found = cache.get(key);
        if (found != null) {
            return found;
        }
        if (!checksMisses) {
            return List.of();
        }
        if (cancelled.getAsBoolean()) {
            throw new ProseCancelledException();
        }
        List<ProseMatch> checked = lease.checker().check(text, scope);
        cache.put(key, checked);
        return checked;
    }

    /** Loads LanguageTool, so that the first check that needs it does not wait for it. */
    public void load() {
        withChecker(checker -> null);
    }

    /** The words that the spelling rule reports on the page, as written. */
    public Set<String> misspelledWords(Page page) {
        Set<String> words = new LinkedHashSet<>();
        for (ProseFinding finding : check(page)) {
            if (finding.match().spelling()) {
                words.add(finding.flagged());
            }
        }
        return words;
    }

    /** Runs {@code task} on an idle LanguageTool instance, or on a new one when none is idle. */
    private <T> T withChecker(Function<LanguageToolChecker, T> task) {
        try (Lease lease = new Lease()) {
            return task.apply(lease.checker());
        }
    }

    /** Saves the results not saved yet; the cache saves them as the run goes too. */
    public void finish() throws IOException {
        cache.flush();
    }
}
