package dev.contentlint.prose;

import dev.contentlint.config.ProseSettings;
import dev.contentlint.page.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * Prose checking for one run. Each page's prose texts are looked up in the cache by their
 * digest; only the texts not found there go to LanguageTool. A LanguageTool instance serves
 * one thread at a time: a worker takes an idle one, or makes one when none is idle, so there
 * are as many as workers ever checked at once. A run whose prose is all cached never loads
 * LanguageTool.
 */
public final class ProseService {
    private final ProseSettings settings;
    private final ProseCache cache;
    private final Deque<LanguageToolChecker> idle = new ConcurrentLinkedDeque<>();

    /** @param cache where results are kept between runs, or an in-memory one for {@code --no-cache} */
    public ProseService(ProseSettings settings, ProseCache cache) {
        this.settings = settings;
        this.cache = cache;
    }

    /**
     * The page's prose matches, placed in the file. A spelling match on a word that the page
     * uses {@code term-repeats} times or more, over all its prose texts, is left out: it is the
     * page's term ("nitroso" in the title, the question and the answer). A text that two fields
     * share (the title and the question) counts once, so a slip copied with it stays a slip.
     */
    public List<ProseFinding> check(Page page) {
        List<ProseSegment> segments = ProseSegment.of(page, settings.fields());
        String pageText = String.join("\n", new LinkedHashSet<>(segments.stream().map(ProseSegment::text).toList()));
        List<ProseFinding> findings = new ArrayList<>();
        for (ProseSegment segment : segments) {
            for (ProseMatch match : matches(segment.text())) {
                String flagged = segment.text().substring(match.from(), match.to());
                if (match.spelling() && pageTerm(pageText, flagged)) {
                    continue;
                }
                findings.add(new ProseFinding(segment.field(), segment.fileRange(match.from(), match.to()), match, flagged));
            }
        }
        return findings;
    }

    private boolean pageTerm(String pageText, String word) {
        int repeats = settings.termRepeats();
        return repeats > 0 && SpellingFilter.uses(pageText, word, repeats) >= repeats;
    }

    /** LanguageTool's matches on a Markdown text, from the cache when it has them. */
    public List<ProseMatch> matches(String text) {
        ProseCache.Key key = cache.key(text);
        List<ProseMatch> found = cache.get(key);
        if (found != null) {
            return found;
        }
        List<ProseMatch> checked = withChecker(checker -> checker.check(text));
        cache.put(key, checked);
        return checked;
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
        LanguageToolChecker checker = idle.pollFirst();
        if (checker == null) {
            checker = new LanguageToolChecker(settings);
        }
        try {
            return task.apply(checker);
        } finally {
            idle.addFirst(checker);
        }
    }

    /** Saves the results this run added. */
    public void finish() throws IOException {
        cache.flush();
    }
}
