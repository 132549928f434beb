package dev.contentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void slugifyLowercasesAndJoinsWordsWithSingleHyphens() {
        assertEquals("computer-science", Slugs.slugify("Computer Science"));
        assertEquals("computer-science", Slugs.slugify("Computer science"));
        assertEquals("art-history-and-literature", Slugs.slugify("Art History and Literature"));
        assertEquals("cafe-au-lait", Slugs.slugify("Café  au -- lait!"));
        assertEquals("others", Slugs.slugify("Others"));
    }

    @Test
    void problemNamesWhatIsWrong() {
        assertNull(Slugs.problem("what-is-a-cell"));
        assertEquals("it contains 'W'; a slug uses only a-z, 0-9 and '-'", Slugs.problem("What-is"));
        assertEquals("it contains a double hyphen '--'", Slugs.problem("ipo--fpo"));
        assertEquals("it starts with a hyphen", Slugs.problem("-cell"));
        assertEquals("it ends with a hyphen", Slugs.problem("cell-"));
        assertEquals("it is empty", Slugs.problem(""));
    }
}
