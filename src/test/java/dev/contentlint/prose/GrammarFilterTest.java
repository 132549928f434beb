package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarFilterTest {
    private static boolean reports(String rule, String flagged) {
        return GrammarFilter.reports(rule, flagged, 0, flagged.length());
    }

    @Test
    void aNameWithSomeCapitalsIsLeftButANameAllInLowercaseIsReported() {
        assertFalse(reports("EN_SPECIFIC_CASE", "ancient Greece"));
        assertFalse(reports("EN_SPECIFIC_CASE", "UNESCO World Heritage site"));
        assertFalse(reports("EN_SPECIFIC_CASE", "ancient **Greece**"));
        assertTrue(reports("EN_SPECIFIC_CASE", "times square"));
        assertTrue(reports("EN_SPECIFIC_CASE", "ancient greece"));
    }

    @Test
    void anUnpairedSingleQuoteIsLeftButAnUnpairedDoubleQuoteIsReported() {
        for (String quote : List.of("'", "\u2018", "\u2019")) {
            assertFalse(reports("EN_UNPAIRED_QUOTES", quote), quote);
        }
        assertTrue(reports("EN_UNPAIRED_QUOTES", "\""));
        assertTrue(reports("EN_UNPAIRED_QUOTES", "\u201C"));
    }

    @Test
    void aVerbAfterEnjoyIsReportedOnlyAfterItsSubject() {
        assertFalse(reportsIn("ADMIT_ENJOY_VB", "They are used to generate maps.", "used to generate"));
        assertFalse(reportsIn("ADMIT_ENJOY_VB", "Used to model graphs, they help.", "Used to model"));
        assertFalse(reportsIn("ADMIT_ENJOY_VB", "common mistakes to avoid to ensure accurate results", "avoid to ensure"));
        assertFalse(reportsIn("ADMIT_ENJOY_VB", "options that educators can consider to enhance it", "consider to enhance"));
        assertFalse(reportsIn("ADMIT_ENJOY_VB", "leverage this understanding to create", "understanding to create"));
        assertTrue(reportsIn("ADMIT_ENJOY_VB", "I enjoy to swim in the lake.", "enjoy to swim"));
        assertTrue(reportsIn("ADMIT_ENJOY_VB", "Students enjoy to learn new things.", "enjoy to learn"));
    }

    @Test
    void aSentenceStartingWithAGreekLetterIsLeftButALowercaseLatinStartIsReported() {
        assertFalse(reports("UPPERCASE_SENTENCE_START", "α-D-glucosamine"));
        assertFalse(reports("UPPERCASE_SENTENCE_START", "β"));
        assertTrue(reports("UPPERCASE_SENTENCE_START", "the"));
        assertFalse(reports("UPPERCASE_SENTENCE_START", ""), "a match on no word");
    }

    @Test
    void matchesInBoldQuotesOrItalicsAreMentionsAndLeftButTheSameSlipOutsideIsReported() {
        assertFalse(reportsIn("ENGLISH_WORD_REPEAT_RULE", "4. **long long**: Introduced in C99.", "long long"));
        assertFalse(reportsIn("VITAMIN_C", "2. **Pairing with Vitamin C**: Enhance it.", "Vitamin C"));
        assertFalse(reportsIn("PRP_PAST_PART", "sentences like \"I seen him\" instead of", "seen"));
        assertFalse(reportsIn("PRP_PAST_PART", "sentences like 'I seen him' instead of", "seen"));
        assertFalse(reportsIn("EN_A_VS_AN", "known as *ar an sean-nós*, a style", "an"));
        assertTrue(reportsIn("PRP_PAST_PART", "I seen it with my own eyes.", "seen"));
        assertTrue(reportsIn("VITAMIN_C", "It is rich in Vitamin C and iron.", "Vitamin C"));
        assertTrue(reportsIn("EN_UNPAIRED_QUOTES", "**He said \"hello**", "\""), "a quote left open, even in bold");
        assertFalse(reportsIn("PERS_PRONOUN_AGREEMENT", "- **I** is the impact", "is"), "a symbol in bold is no pronoun");
    }

    @Test
    void countablesWithAnAdjectiveOrLessAfterOrAreLeftButTheBareSlipIsReported() {
        assertFalse(reportsIn("A_UNCOUNTABLE", "protected as a fundamental freedom", "a fundamental freedom"));
        assertTrue(reportsIn("A_UNCOUNTABLE", "She gave me an advice about it.", "an advice"));
        assertFalse(reportsIn("A_NNS", "a more responsible arms export policy", "a more responsible arms"));
        assertTrue(reportsIn("A_NNS", "The company records an accounts payable.", "an accounts"));
        assertFalse(reportsIn("FEWER_LESS", "foods with 5 grams or less of sugar", "less"));
        assertTrue(reportsIn("FEWER_LESS", "We need less cars on the road.", "less"));
        assertFalse(reportsIn("AFFECT_EFFECT", "individuals could effect change in society", "effect"), "to effect change: to bring it about");
    }

    @Test
    void aLowercaseNameAfterAOrThisAndAnArticleBeforeAForeignWordAreLeft() {
        assertFalse(reportsIn("EN_SPECIFIC_CASE", "contributed to a cultural revolution, in cities", "cultural revolution"));
        assertFalse(reportsIn("EN_SPECIFIC_CASE", "This cultural revolution helped", "cultural revolution"));
        assertFalse(reportsIn("EN_SPECIFIC_CASE", "more than \u201Cuna casa grande\u201D", "casa grande"));
        assertTrue(reportsIn("EN_SPECIFIC_CASE", "The pacific ocean is large.", "pacific ocean"));
        assertFalse(reportsAfter("EN_A_VS_AN", "o comportamento e a eficiência do sistema", "e ", "a"));
        assertTrue(reportsAfter("EN_A_VS_AN", "She ate a apple after lunch.", "ate ", "a"));
        assertFalse(reportsAfter("EN_A_VS_AN", "for Latino/a students", "Latino/", "a"), "an ending after a slash");
        assertFalse(reportsIn("EN_SPECIFIC_CASE", "the president, secretary of state, or another", "secretary of state"),
                "a title of an office, lowercase when generic");
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "caused by H. pylori infection", "pylori"), "after an initial");
        assertFalse(reportsAfter("EN_A_VS_AN", "the ls command with the -a option", "-", "a"), "a command's option");
        assertFalse(reportsIn("A_UNCOUNTABLE", "the nutrients a food provides", "a food"), "a countable sense");
        assertFalse(reportsIn("AGREEMENT_SENT_START", "The Indian Railways has been working", "has"), "a name");
        assertTrue(reportsIn("AGREEMENT_SENT_START", "The results was clear to everyone.", "was"));
        assertFalse(reportsIn("HE_VERB_AGR", "treatments for HE have included lactulose", "have"), "an acronym");
        assertTrue(reportsIn("HE_VERB_AGR", "He have a dog and a cat.", "have"));
        assertTrue(reportsIn("UPPERCASE_SENTENCE_START", "It ended. the next day came.", "the"));
    }

    /** Whether a match on {@code flagged}, where it first follows {@code before} in the text, is reported. */
    private static boolean reportsAfter(String rule, String text, String before, String flagged) {
        int at = text.indexOf(before + flagged) + before.length();
        return GrammarFilter.reports(rule, text, at, at + flagged.length());
    }

    private static boolean reportsIn(String rule, String text, String flagged) {
        int at = text.indexOf(flagged);
        return GrammarFilter.reports(rule, text, at, at + flagged.length());
    }

    @Test
    void agreementInQuestionsAfterAuxiliariesAndBeforeTwoSubjectsIsLeftButAWrongVerbIsReported() {
        assertFalse(reportsIn("HE_VERB_AGR", "How are Don Quixote and Sancho Panza characterized?", "are"));
        assertFalse(reportsIn("HE_VERB_AGR", "What role did Mahatma Gandhi play in it?", "play"));
        assertFalse(reportsIn("HE_VERB_AGR", "The styles of Martin Luther King Jr., and Mother Teresa share themes.", "share"), "Jr. ends no sentence");
        assertTrue(reportsIn("HE_VERB_AGR", "It ended. He go to school every day.", "go"));
        assertTrue(reportsIn("HE_VERB_AGR", "He go to school every day.", "go"));
        assertTrue(reportsIn("HE_VERB_AGR", "He have a dog and a cat.", "have"), "no question");
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "sp hybridization mixes orbitals.", "sp"));
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "edX offers courses.", "edX"));
        assertTrue(reportsIn("UPPERCASE_SENTENCE_START", "the meeting starts at noon.", "the"));
        assertFalse(reportsIn("A_NNS", "A pairs with T, and G with C.", "A pairs"));
        assertTrue(reportsIn("A_NNS", "A accounts payable balance is due.", "A accounts"));
    }

    @Test
    void aSingularVerbAfterAPluralLookingSubjectIsLeftWhereTheSentenceShowsItIsRight() {
        assertFalse(reportsIn("AGREEMENT_SENT_START", "The characteristics of industrial markets in B2B are distinct.",
                "markets"));
        assertFalse(reportsIn("AGREEMENT_SENT_START", "Is there an app and what functionalities does it offer?", "does"));
        assertFalse(reportsIn("AGREEMENT_SENT_START", "The Missionaries of Charity, the order she founded, has grown.",
                "has"));
        assertFalse(reportsIn("AGREEMENT_SENT_START", "Mechatronics plays a role in wind power.", "Mechatronics plays"));
        assertTrue(reportsIn("AGREEMENT_SENT_START", "The results was clear to everyone.", "was"));
    }

    @Test
    void compassWordsTitlesForeignItalicsAndInnerExclamationsAreLeft() {
        assertFalse(reportsIn("EN_SPECIFIC_CASE", "into northern territory.", "northern territory"));
        assertFalse(reportsIn("EN_SPECIFIC_CASE", "the president and vice president of the United States.",
                "vice president of the United States"));
        assertTrue(reportsIn("EN_SPECIFIC_CASE", "We walked across times square.", "times square"));
        assertFalse(reportsIn("EN_A_VS_AN", "singing in *amhranaiocht ar an sean-nos* style", "an"));
        assertTrue(reportsIn("EN_A_VS_AN", "He bought an car.", "an"));
        assertFalse(reportsIn("ADMIT_ENJOY_VB", "They must be carefully considered to ensure it.", "considered to ensure"));
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "Describe the Aha! phenomenon in learning.", "phenomenon"));
        assertTrue(reportsIn("UPPERCASE_SENTENCE_START", "It ended! the next day came.", "the"));
    }

    @Test
    void repeatedNamesWillAsANounAndAnArticleAfterASlashAreLeft() {
        assertFalse(reportsIn("ENGLISH_WORD_REPEAT_RULE", "- **Template Template Parameters**: these", "Template Template"));
        assertFalse(reportsIn("ENGLISH_WORD_REPEAT_RULE", "logical OR and AND, respectively", "and AND"));
        assertTrue(reportsIn("ENGLISH_WORD_REPEAT_RULE", "This is the the best.", "the the"));
        assertFalse(reportsIn("MD_BASEFORM", "how political will influences the outcome", "influences"));
        assertFalse(reportsIn("MD_BASEFORM", "Political will often translates into money.", "translates"));
        assertTrue(reportsIn("MD_BASEFORM", "The committee can goes ahead.", "goes"));
        assertTrue(reportsIn("MD_BASEFORM", "He will goes ahead.", "goes"));
        assertFalse(reportsIn("A_NNS", "Black and Latino/a children", "a children"));
        assertTrue(reportsIn("A_NNS", "It records an accounts payable.", "an accounts"));
    }

    @Test
    void kindsOfMatchOnTheLastJudgedSampleAreLeft() {
        assertFalse(reportsIn("MD_BASEFORM", "How can standardized presentation enhance clarity?", "standardized"));
        assertFalse(reportsIn("A_NNS", "high specificity for A antigens, allowing", "A antigens"));
        assertTrue(reportsIn("A_NNS", "A accounts clerk records it.", "A accounts"),
                "a sentence's first word");
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "- **test**_expression: a Boolean", "test"));
        assertFalse(reportsIn("ADMIT_ENJOY_VB", "at every stage, from reporting to foster care placements",
                "reporting to foster"));
        String gaelic = "its location on Creagan an Fhithich, overlooking";
        int at = gaelic.indexOf(" an ") + 1;
        assertFalse(GrammarFilter.reports("EN_A_VS_AN", gaelic, at, at + 2));
        assertTrue(reportsIn("EN_A_VS_AN", "It is an Big deal.", "an"), "a capital after only");
    }

    @Test
    void theNoisyRulesAreReportedOnlyInTheShapeOfTheirSlip() {
        assertFalse(reportsIn("HE_VERB_AGR", "coal deposits found in present-day Antarctica indicate a past", "indicate"));
        assertTrue(reportsIn("HE_VERB_AGR", "She don't like it.", "do"));
        assertTrue(reportsIn("HE_VERB_AGR", "He really enjoy music.", "enjoy"), "an adverb between");
        assertFalse(reportsIn("AGREEMENT_SENT_START", "Systems engineers handle complex projects.", "Systems engineers"));
        assertFalse(reportsIn("AGREEMENT_SENT_START", "The Civil Rights Cases of 1883 were decided.", "Cases"));
        assertTrue(reportsIn("AGREEMENT_SENT_START", "The reports has errors.", "has"));
        assertFalse(reportsIn("MD_BASEFORM", "The will of the people decides.", "decides"), "no modal right before");
        assertFalse(reportsAfter("EN_A_VS_AN", "If A is dominant and a is recessive, the child shows A.", "and ", "a"),
                "the allele symbol before 'is'");
        assertFalse(reportsIn("EN_A_VS_AN", "The Irish famine, An Gorta Mor, began in 1845.", "An"));
        assertTrue(reportsIn("EN_A_VS_AN", "An car stood there.", "An"), "a sentence's first word");
        assertFalse(reportsIn("EN_A_VS_AN", "the Great Famine or an Gorta Mor, occurred", "an"));
        assertTrue(reportsIn("EN_A_VS_AN", "It is a American company.", "a"), "a name of one word");
        assertFalse(reportsIn("EN_SPECIFIC_CASE", "Vamos a el campo hoy.", "el campo"));
        assertTrue(reportsAfter("EN_A_VS_AN", "She ate a apple.", "ate ", "a"));
        assertFalse(reportsAfter("IT_IS", "Intelligent Transportation Systems (ITS) help. ITS improves safety.", "help. ",
                "ITS"));
        assertFalse(reportsIn("IT_IS_2", "the release of ACh, its binding to receptors", "its"));
        assertTrue(reportsIn("IT_IS_2", "It's tail was long.", "It's"));
        assertTrue(reportsIn("IT_IS", "The company relies on it's own staff.", "it's"));
        assertTrue(reportsIn("IT_IS", "Its a nice day.", "Its"));
        assertTrue(reportsIn("IT_IS", "I think its a nice day.", "its"));
    }

    @Test
    void aLowercaseStartInBoldQuotesOrAfterAnEllipsisIsLeft() {
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "1. **dir**: Displays a list of files.", "dir"));
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "- **nrows**: Number of rows.", "nrows"));
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "For example:\n   - \"el mio\" (the mine)", "el"));
        assertFalse(reportsAfter("UPPERCASE_SENTENCE_START", "using any motor vehicle . . . in a manner which", ". ", "in"));
        assertFalse(reportsAfter("UPPERCASE_SENTENCE_START", "using any vehicle... in a manner", ". ", "in"));
        assertTrue(reportsIn("UPPERCASE_SENTENCE_START", "It ended. the meeting starts at noon.", "the"));
    }
}
