package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.config.ConfigLoader;
import dev.contentlint.config.ProseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The common slips a writer makes are found with the default settings, as the kind of finding
 * they are and at the words in brackets; correct sentences, some of which LanguageTool alone
 * would flag, get no finding. It guards the default profile's rule switches, the spelling and
 * grammar filters and the greedy chunker against losing what LanguageTool finds.
 */
class HandMadeErrorsTest {
    private static final LanguageToolChecker CHECKER = new LanguageToolChecker(defaultProfile());

    /** The prose settings of the built-in default profile, rule switches included. */
    static ProseSettings defaultProfile() {
        try {
            Path config = Files.createTempFile("contentlint-default", ".yaml");
            try {
                Files.writeString(config, "extends: [" + ConfigLoader.DEFAULT_PROFILE + "]\n");
                return ConfigLoader.load(config, config.getParent()).prose();
            } finally {
                Files.delete(config);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.Test
    void aMatchOfTheSpellingRuleIsNeverReportedAsGrammar() {
        // a real page's list: its second "STs: 7.5%" comes from LanguageTool's result cache, whose
        // stand-in rule keeps the speller's id but not its kind
        String list = """
                1. **Reservation Rates**:
                   - For direct recruitment on an all-India basis through open competition, the reservation is allocated as follows:
                     - SCs: 15%
                     - STs: 7.5%
                     - OBCs: 27%
                   - For recruitment other than through open competition, the reservation rates are slightly different:
                     - SCs: 16.66%
                     - STs: 7.5%
                     - OBCs: 25.84%""";
        List<ProseMatch> matches = new LanguageToolChecker(defaultProfile(), true).check(list, RuleScope.SENTENCES);
        assertTrue(matches.stream().noneMatch(m -> !m.spelling() && m.ruleId().startsWith("MORFOLOGIK_RULE")),
                () -> matches.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            grammar  | He [go] to school every day.
            grammar  | She [don't] like the new policy.
            grammar  | [There is many] reasons for this.
            grammar  | [Its] a nice day for a walk.
            grammar  | [It's] tail was long and thin.
            grammar  | I [could of] done it better.
            grammar  | You [should of] told me earlier.
            grammar  | She ate [a] apple after lunch.
            grammar  | He bought [an] car last year.
            grammar  | This is [the the] best option.
            grammar  | The data shows a clear trend [and and] a pattern.
            grammar  | He [have] a dog and a cat.
            grammar  | The results [was] clear to everyone.
            grammar  | He is taller [then] his brother.
            grammar  | Don't [loose] your keys again.
            grammar  | The medicine had a strong [affect] on him.
            grammar  | I [seen] it with my own eyes.
            grammar  | We need [less] cars on the road.
            grammar  | [Who's] book is this?
            grammar  | We walked across [times square] at night.
            grammar  | The [pacific ocean] is large.
            grammar  | He said ["]hello and left.
            grammar  | She gave me [an advice] about the exam.
            grammar  | The committee can [goes] ahead with the plan.
            grammar  | [the] meeting starts at noon.
            grammar  | I enjoy [to swim] in the lake.
            spelling | We [recieve] many letters.
            spelling | Keep the two groups [seperate].
            spelling | It will [definately] rain.
            spelling | The accident [occured] at noon.
            spelling | Wait [untill] tomorrow.
            spelling | The [goverment] passed a law.
            spelling | Protect the [enviroment].
            spelling | At the [begining] of the war.
            spelling | Call me [tommorow].
            spelling | Choose the option [wich] fits.
            spelling | I stayed [becuase] it rained.
            spelling | The hotel can [accomodate] fifty guests.
            spelling | The [proces] takes time.
            """)
    void theSlipIsFoundWhereItIs(String kind, String marked) {
        int from = marked.indexOf('[');
        int to = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");
        List<ProseMatch> matches = CHECKER.check(text);
        assertTrue(matches.stream().anyMatch(m -> m.spelling() == kind.equals("spelling") && m.from() < to && from < m.to()),
                () -> "no " + kind + " finding on '" + text.substring(from, to) + "': " + matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The cells divide rapidly during growth.",
        "Photosynthesis converts light energy into chemical energy.",
        "Use `ls -la` to list the files in a folder, then run $E = mc^2$ through the checker.",
        "How did the fall of Nazi Germany reshape the political boundaries in Europe?",
        "Many ancient cultures practiced a form of environmental reverence.",
        "Democracy began in ancient Greece, and trade flourished in southern Europe.",
        "In 'Assisi', the tourists' detachment from the beggar is clear.",
        "Scholars like Ngugi Wa Thiong’o have critiqued this framework.",
        // Sentences like these, all correct, were reported on pages set aside from the corpus.
        "In computer science, they are used to model pairwise relations between objects.",
        "α-D-glucosamine is an amino sugar. β-blockers lower the heart rate.",
        "Good decision making and problem solving take practice.",
        "Connective tissues support and bind other tissues.",
        // Kinds of false finding on the judged real pages (prose-eval/), in sentences written for the test.
        "A corrente elétrica é o fluxo ordenado de cargas que circulam num condutor metálico.",
        "Each sp hybrid orbital has half s and half p character.\n\ns and p orbitals mix.",
        "Excel makes charts, tables, and reports to visualize data.",
        "Political will often translates into funding.",
        "Mechatronics plays a part, and mechatronics is growing.",
        "What role did the governor play in the strike?",
        "Governor John P. Altgeld criticized the decision.",
        "A child might say \"I drinked water\" at first.",
        "Caspase-1 drives pyroptosis in infected cells.",
        // Lowercase notation, single-quoted words, derived words and fixed phrases of LanguageTool's TYPOS rules.
        "sp hybridization occurs when one s orbital and one p orbital mix.",
        "- A pairs with T\n- G pairs with C",
        "edX offers courses on Maxwell's equations.",
        "Farmers blocked trains in a 'rail roko' protest.",
        "Judgers prefer structure, while perceivers keep options open.",
        "The payor recoded the entries before the audit.",
        "Any body submerged in a fluid is pushed up by a buoyant force.",
        "Opioids bind to mu receptors in the brain.",
        "Use Cat6a cables for the new network.",
        "The styles of Abraham Lincoln, Martin Luther King Jr., and Mother Teresa share common themes.",
    })
    void aCorrectSentenceHasNoFinding(String text) {
        assertEquals(List.of(), CHECKER.check(text));
    }
}
