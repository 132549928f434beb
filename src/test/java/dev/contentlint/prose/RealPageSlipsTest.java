package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigLoader;
import dev.contentlint.config.ProseSettings;
import dev.contentlint.page.Page;
import dev.contentlint.page.Range;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Common real-world slips, each put into a copy of a real page of the sample corpus where the
 * correct form is written, are found at the words changed, with the default profile; the
 * clean copy has no finding there. The slips are the classic confusables, agreement errors,
 * doubled and missing words, and frequent misspellings of the kind that Wikipedia's "Lists of
 * common misspellings" collects. Each slip goes into the first page (in path order) whose
 * answer, a folded or literal block, writes its correct form.
 */
class RealPageSlipsTest {
    private static final Path SAMPLE = Path.of("../shared/corpus/sample").toAbsolutePath().normalize();

    /** A slip: the correct words to find (a regular expression, lowercase, whole words) and what a writer puts instead. */
    private record Slip(String kind, String correct, String slipped) {}

    private static final List<Slip> SLIPS = List.of(
            new Slip("confusable", "their own", "there own"),
            new Slip("confusable", "their ability", "there ability"),
            new Slip("confusable", "its ability", "it's ability"),
            new Slip("confusable", "its own", "it's own"),
            new Slip("confusable", "more likely than", "more likely then"),
            new Slip("confusable", "rather than", "rather then"),
            new Slip("confusable", "lose", "loose"),
            new Slip("confusable", "an effect on", "an affect on"),
            new Slip("confusable", "your own", "you're own"),
            new Slip("confusable", "whose", "who's"),
            new Slip("agreement", "there are many", "there is many"),
            new Slip("agreement", "it has", "it have"),
            new Slip("agreement", "he was", "he were"),
            new Slip("agreement", "they were", "they was"),
            new Slip("agreement", "can help", "can helps"),
            new Slip("article", "a significant", "an significant"),
            new Slip("article", "an important", "a important"),
            new Slip("doubled", "of the", "of the the"),
            new Slip("doubled", "and the", "and and the"),
            new Slip("doubled", "is a", "is is a"),
            new Slip("missing", "could have been", "could of been"),
            new Slip("missing", "in order to", "in order"),
            new Slip("spelling", "accommodate", "accomodate"),
            new Slip("spelling", "achieve", "acheive"),
            new Slip("spelling", "beginning", "begining"),
            new Slip("spelling", "believe", "beleive"),
            new Slip("spelling", "definitely", "definately"),
            new Slip("spelling", "environment", "enviroment"),
            new Slip("spelling", "government", "goverment"),
            new Slip("spelling", "necessary", "neccessary"),
            new Slip("spelling", "occurred", "occured"),
            new Slip("spelling", "receive", "recieve"),
            new Slip("spelling", "separate", "seperate"),
            new Slip("spelling", "successful", "succesful"),
            new Slip("spelling", "until", "untill"),
            new Slip("spelling", "which", "wich"),
            new Slip("spelling", "because", "becuase"),
            new Slip("spelling", "independent", "independant"),
            new Slip("spelling", "existence", "existance"),
            new Slip("spelling", "recommend", "reccomend"),
            new Slip("spelling", "knowledge", "knowlege"),
            new Slip("spelling", "maintenance", "maintainance"),
            new Slip("spelling", "particularly", "particulary"),
            new Slip("spelling", "relevant", "relevent"),
            new Slip("spelling", "significant", "signficant"),
            new Slip("spelling", "experience", "experiance"),
            new Slip("spelling", "different", "diffrent"),
            new Slip("spelling", "especially", "especialy"),
            new Slip("spelling", "responsibility", "responsability"),
            new Slip("spelling", "tomorrow", "tommorow"));

    @Test
    void atLeastNineInTenSlipsInRealPagesAreFoundWhereTheyAre() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLE), "the sample corpus is not at ../shared/corpus/sample");
        ProseSettings settings = HandMadeErrorsTest.defaultProfile();
        ProseService prose = new ProseService(settings, ProseCache.inMemory(settings.fingerprint(), "test"));
        List<Path> pages;
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            pages = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        List<String> missed = new ArrayList<>();
        int placed = 0;
        for (Slip slip : SLIPS) {
            Placement at = place(slip, pages);
            if (at == null) {
                continue; // no sample page writes the correct form in a block answer
            }
            placed++;
            Range cleanSpan = new Range(at.offset(), at.offset() + at.correct().length());
            Range slipSpan = new Range(at.offset(), at.offset() + slip.slipped().length());
            Page clean = Page.parse(at.file(), at.file().toString(), at.text());
            Page slipped = Page.parse(at.file(), at.file().toString(),
                    at.text().substring(0, at.offset()) + slip.slipped() + at.text().substring(cleanSpan.end()));
            assertTrue(prose.check(clean).stream().noneMatch(f -> f.range().overlaps(cleanSpan)),
                    () -> "the clean page has a finding at '" + at.correct() + "': " + at.file());
            List<ProseFinding> found = prose.check(slipped);
            if (found.stream().noneMatch(f -> atTheSlip(f.range(), slipSpan, slip))) {
                missed.add(slip.kind() + " '" + slip.slipped() + "' in " + SAMPLE.relativize(at.file()) + ": "
                        + found.stream().filter(f -> f.range().overlaps(slipSpan)).map(f -> f.match().ruleId()).toList());
            }
        }
        System.out.println("[RealPageSlipsTest] " + (placed - missed.size()) + " of " + placed + " slips found; missed: " + missed);
        assertTrue(placed >= 40, "only " + placed + " slips could be placed in the sample pages");
        assertTrue(missed.size() * 10 <= placed, (placed - missed.size()) + " of " + placed + " found; missed " + missed);
    }

    /**
     * A finding is at the slip when it covers the words that changed and no more than one word
     * on either side of them ("there is many", "of the the").
     */
    private static boolean atTheSlip(Range finding, Range slip, Slip what) {
        Range changed = changedPart(slip, what);
        int slack = 16;
        return finding.overlaps(changed) && finding.start() >= slip.start() - slack && finding.end() <= slip.end() + slack;
    }

    /** The characters of the slipped words that differ from the correct ones (at least one character). */
    private static Range changedPart(Range slip, Slip what) {
        String a = what.correct();
        String b = what.slipped();
        int head = 0;
        while (head < a.length() && head < b.length() && a.charAt(head) == b.charAt(head)) {
            head++;
        }
        int tail = 0;
        while (tail < a.length() - head && tail < b.length() - head
                && a.charAt(a.length() - 1 - tail) == b.charAt(b.length() - 1 - tail)) {
            tail++;
        }
        int start = slip.start() + Math.min(head, b.length() - 1);
        return new Range(start, Math.max(start + 1, slip.end() - tail));
    }

    private record Placement(Path file, String text, int offset, String correct) {}

    /** The first page whose block answer writes the slip's correct form, in lower case, as whole words on one line. */
    private static Placement place(Slip slip, List<Path> pages) throws IOException {
        Pattern correct = Pattern.compile("(?<![\\w'’-])" + slip.correct().replace(" ", " ") + "(?![\\w'’-])");
        for (Path file : pages) {
            String text = Files.readString(file);
            Matcher block = Pattern.compile("(?m)^answer: [>|]-?\\n((?:    .*\\n)+)").matcher(text);
            if (!block.find()) {
                continue;
            }
            Matcher m = correct.matcher(text).region(block.start(1), block.end(1));
            while (m.find()) {
                String line = text.substring(text.lastIndexOf('\n', m.start()) + 1, m.start());
                // plain prose around it: not in code, a link target, math or a heading
                if (!line.contains("`") && !line.contains("$") && !line.contains("](") && !line.strip().startsWith("#")) {
                    return new Placement(file, text, m.start(), m.group());
                }
            }
        }
        return null;
    }
}
