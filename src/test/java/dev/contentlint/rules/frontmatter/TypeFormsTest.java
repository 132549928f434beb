package dev.contentlint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each hand-read form accepts exactly the strings its regular expression matches. */
class TypeFormsTest {
    private static final String ALPHABET = "/htps:/a-b0-9?#\\. \t\n\u000B\f\r\u00A0é";

    private static void sameAs(String regex, Predicate<String> form, List<String> named) {
        sameAs(regex, form, named, ALPHABET, 0, 12);
    }

    /** Random strings of {@code alphabet}, {@code [shortest, longest)} characters long, and the named ones. */
    private static void sameAs(String regex, Predicate<String> form, List<String> named, String alphabet, int shortest,
            int longest) {
        Pattern pattern = Pattern.compile(regex);
        List<String> strings = new ArrayList<>(named);
        Random random = new Random(regex.hashCode());
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = shortest + random.nextInt(longest - shortest);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            strings.add(s.toString());
        }
        List<String> mismatches = new ArrayList<>();
        int matched = 0;
        for (String s : strings) {
            boolean expected = pattern.matcher(s).matches();
            matched += expected ? 1 : 0;
            if (expected != form.test(s)) {
                mismatches.add(s);
            }
        }
        assertEquals(List.of(), mismatches, regex);
        assertTrue(matched > 50, regex + " matched only " + matched + " strings");
    }

    @Test
    void date() {
        sameAs("\\d{4}-\\d{2}-\\d{2}", TypeForms::isDateForm, List.of("2025-01-29", "2025-1-29", "20250-1-29",
                "2025-01-2x", "٢٠٢٥-01-29", "2025/01/29", ""), "0123456789--x", 9, 12);
    }

    @Test
    void sitePath() {
        sameAs("/[^\\s?#]*([?#]\\S*)?", TypeForms::isSitePath, List.of("/", "/learn/a", "/a b", "/a?b#c", "/?", "a/",
                "//x", "/a\u00A0b", "/a\tb", ""));
    }

    @Test
    void webUrl() {
        List<String> named = new ArrayList<>(List.of("http://a", "https://a/b", "http://", "https:///a", "http:// a",
                "ftp://a", "https://a b", "httpss://a", "http:/a", "https://\u00A0"));
        Random random = new Random(3);
        String[] schemes = {"http://", "https://", "http:/", "https:", "http", "htp://"};
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder(schemes[random.nextInt(schemes.length)]);
            for (int i = random.nextInt(5); i > 0; i--) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            named.add(s.toString());
        }
        sameAs("https?://[^\\s/]+\\S*", TypeForms::isWebUrl, named);
    }

    @Test
    void fileName() {
        sameAs("[^/\\\\\\s][^/\\\\]*", TypeForms::isFileName, List.of("a.md", " a", "a b", "a/b", "a\\b", "", "\ta",
                "a\n", "é"));
    }

    @Test
    void slug() {
        sameAs("[a-z0-9]+(-[a-z0-9]+)*", TypeForms::isSlug, List.of("a", "a-b", "a--b", "-a", "a-", "A", "a_b", "",
                "0-9-a", "é"));
    }
}
