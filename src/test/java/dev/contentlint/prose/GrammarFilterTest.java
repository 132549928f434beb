package dev.contentlint.prose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarFilterTest {
    @Test
    void aLowercaseWordBeforeANameIsLeftButAWrongNameIsReported() {
        assertFalse(GrammarFilter.reports("EN_SPECIFIC_CASE", "ancient Greece", () -> List.of("Ancient Greece")));
        assertFalse(GrammarFilter.reports("EN_SPECIFIC_CASE", "southern Europe", () -> List.of("Southern Europe")));
        assertTrue(GrammarFilter.reports("EN_SPECIFIC_CASE", "times square", () -> List.of("Times Square")));
        assertTrue(GrammarFilter.reports("EN_SPECIFIC_CASE", "ancient greece", () -> List.of("Ancient Greece")));
        assertTrue(GrammarFilter.reports("EN_SPECIFIC_CASE", "ancient **Greece**", () -> List.of("Ancient Greece")));
        assertTrue(GrammarFilter.reports("EN_SPECIFIC_CASE", "ancient Greece", List::of), "no name to compare with");
    }

    @Test
    void anUnpairedSingleQuoteIsLeftButAnUnpairedDoubleQuoteIsReported() {
        for (String quote : List.of("'", "\u2018", "\u2019")) {
            assertFalse(GrammarFilter.reports("EN_UNPAIRED_QUOTES", quote, List::of), quote);
        }
        assertTrue(GrammarFilter.reports("EN_UNPAIRED_QUOTES", "\"", List::of));
        assertTrue(GrammarFilter.reports("EN_UNPAIRED_QUOTES", "\u201C", List::of));
    }

    @Test
    void thePassiveOfUseIsLeftButAVerbAfterEnjoyIsReported() {
        assertFalse(GrammarFilter.reports("ADMIT_ENJOY_VB", "used to generate", List::of));
        assertFalse(GrammarFilter.reports("ADMIT_ENJOY_VB", "Used to model", List::of));
        assertTrue(GrammarFilter.reports("ADMIT_ENJOY_VB", "to swim", List::of));
        assertTrue(GrammarFilter.reports("ADMIT_ENJOY_VB", "avoid to ensure", List::of));
    }

    @Test
    void aSentenceStartingWithAGreekLetterIsLeftButALowercaseLatinStartIsReported() {
        assertFalse(GrammarFilter.reports("UPPERCASE_SENTENCE_START", "α-D-glucosamine", List::of));
        assertFalse(GrammarFilter.reports("UPPERCASE_SENTENCE_START", "β", List::of));
        assertTrue(GrammarFilter.reports("UPPERCASE_SENTENCE_START", "the", List::of));
        assertTrue(GrammarFilter.reports("UPPERCASE_SENTENCE_START", "", List::of));
    }

    @Test
    void otherRulesAreReportedWithoutReadingTheirSuggestions() {
        assertTrue(GrammarFilter.reports("EN_A_VS_AN", "a", () -> {
            throw new AssertionError("suggestions read");
        }));
    }

    private static boolean reportsIn(String rule, String text, String flagged, List<String> suggestions) {
        int at = text.indexOf(flagged);
        return GrammarFilter.reports(rule, text, at, at + flagged.length(), () -> suggestions);
    }

    @Test
    void agreementInQuestionsAfterAuxiliariesAndBeforeTwoSubjectsIsLeftButAWrongVerbIsReported() {
        assertFalse(reportsIn("HE_VERB_AGR", "How are Don Quixote and Sancho Panza characterized?", "are", List.of("is")));
        assertFalse(reportsIn("HE_VERB_AGR", "What role did Mahatma Gandhi play in it?", "play", List.of("plays")));
        assertFalse(reportsIn("HE_VERB_AGR", "The styles of Martin Luther King Jr., and Mother Teresa share themes.", "share",
                List.of("shares")), "Jr. ends no sentence");
        assertTrue(reportsIn("HE_VERB_AGR", "It ended. He go to school every day.", "go", List.of("goes")));
        assertTrue(reportsIn("HE_VERB_AGR", "He go to school every day.", "go", List.of("goes")));
        assertTrue(reportsIn("HE_VERB_AGR", "He have a dog and a cat.", "have", List.of("has")), "no question");
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "sp hybridization mixes orbitals.", "sp", List.of("Sp")));
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "edX offers courses.", "edX", List.of("EdX")));
        assertTrue(reportsIn("UPPERCASE_SENTENCE_START", "the meeting starts at noon.", "the", List.of("The")));
        assertFalse(reportsIn("A_NNS", "A pairs with T, and G with C.", "A pairs", List.of("A pair")));
        assertTrue(reportsIn("A_NNS", "A accounts payable balance is due.", "A accounts", List.of("An account")));
    }

    @Test
    void aSingularVerbAfterAPluralLookingSubjectIsLeftWhereTheSentenceShowsItIsRight() {
        assertFalse(reportsIn("AGREEMENT_SENT_START", "The characteristics of industrial markets in B2B are distinct.",
                "markets", List.of("market")));
        assertFalse(reportsIn("AGREEMENT_SENT_START", "Is there an app and what functionalities does it offer?", "does",
                List.of("do")));
        assertFalse(reportsIn("AGREEMENT_SENT_START", "The Missionaries of Charity, the order she founded, has grown.",
                "has", List.of("have")));
        assertFalse(reportsIn("AGREEMENT_SENT_START", "Mechatronics plays a role in wind power.", "Mechatronics plays",
                List.of("Mechatronics play")));
        assertTrue(reportsIn("AGREEMENT_SENT_START", "The results was clear to everyone.", "was", List.of("were")));
    }

    @Test
    void compassWordsTitlesForeignItalicsAndInnerExclamationsAreLeft() {
        assertFalse(reportsIn("EN_SPECIFIC_CASE", "into northern territory.", "northern territory",
                List.of("Northern Territory")));
        assertFalse(reportsIn("EN_SPECIFIC_CASE", "the president and vice president of the United States.",
                "vice president of the United States", List.of("Vice President of the United States")));
        assertTrue(reportsIn("EN_SPECIFIC_CASE", "We walked across times square.", "times square", List.of("Times Square")));
        assertFalse(reportsIn("EN_A_VS_AN", "singing in *amhranaiocht ar an sean-nos* style", "an", List.of("a")));
        assertTrue(reportsIn("EN_A_VS_AN", "He bought an car.", "an", List.of("a")));
        assertFalse(reportsIn("ADMIT_ENJOY_VB", "They must be carefully considered to ensure it.", "considered to ensure",
                List.of("considered ensuring")));
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "Describe the Aha! phenomenon in learning.", "phenomenon",
                List.of("Phenomenon")));
        assertTrue(reportsIn("UPPERCASE_SENTENCE_START", "It ended! the next day came.", "the", List.of("The")));
    }

    @Test
    void repeatedNamesWillAsANounAndAnArticleAfterASlashAreLeft() {
        assertFalse(reportsIn("ENGLISH_WORD_REPEAT_RULE", "- **Template Template Parameters**: these", "Template Template",
                List.of("Template")));
        assertFalse(reportsIn("ENGLISH_WORD_REPEAT_RULE", "logical OR and AND, respectively", "and AND", List.of("and")));
        assertTrue(reportsIn("ENGLISH_WORD_REPEAT_RULE", "This is the the best.", "the the", List.of("the")));
        assertFalse(reportsIn("MD_BASEFORM", "how political will influences the outcome", "influences", List.of("influence")));
        assertFalse(reportsIn("MD_BASEFORM", "Political will often translates into money.", "translates", List.of("translate")));
        assertTrue(reportsIn("MD_BASEFORM", "The committee can goes ahead.", "goes", List.of("go")));
        assertTrue(reportsIn("MD_BASEFORM", "He will goes ahead.", "goes", List.of("go")));
        assertFalse(reportsIn("A_NNS", "Black and Latino/a children", "a children", List.of("a child")));
        assertTrue(reportsIn("A_NNS", "It records an accounts payable.", "an accounts", List.of("an account")));
    }

    @Test
    void kindsOfMatchOnTheLastJudgedSampleAreLeft() {
        assertFalse(reportsIn("MD_BASEFORM", "How can standardized presentation enhance clarity?", "standardized",
                List.of("standardize")));
        assertFalse(reportsIn("A_NNS", "high specificity for A antigens, allowing", "A antigens", List.of("A antigen")));
        assertTrue(reportsIn("A_NNS", "A accounts clerk records it.", "A accounts", List.of("An account")),
                "a sentence's first word");
        assertFalse(reportsIn("UPPERCASE_SENTENCE_START", "- **test**_expression: a Boolean", "test", List.of("Test")));
        assertFalse(reportsIn("ADMIT_ENJOY_VB", "at every stage, from reporting to foster care placements",
                "reporting to foster", List.of("reporting fostering")));
        String gaelic = "its location on Creagan an Fhithich, overlooking";
        int at = gaelic.indexOf(" an ") + 1;
        assertFalse(GrammarFilter.reports("EN_A_VS_AN", gaelic, at, at + 2, () -> List.of("a")));
        assertTrue(reportsIn("EN_A_VS_AN", "It is an Big deal.", "an", List.of("a")), "a capital after only");
    }
}
