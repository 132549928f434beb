package dev.contentlint.page.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written core schema resolves every string as the schema's regular expressions do. */
class CoreSchemaTest {
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private static YamlScalar.Type byRegex(String v) {
        if (NULL.matcher(v).matches()) {
            return YamlScalar.Type.NULL;
        }
        if (BOOL.matcher(v).matches()) {
            return YamlScalar.Type.BOOL;
        }
        if (INT.matcher(v).matches()) {
            return YamlScalar.Type.INT;
        }
        return FLOAT.matcher(v).matches() ? YamlScalar.Type.FLOAT : YamlScalar.Type.STRING;
    }

    @Test
    void namedFormsResolveAsTheSchemaSays() {
        List<String> strings = List.of("", "~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE",
                "false", "FALSE", "0", "-0", "+12", "012", "0o17", "0o", "0o8", "0x1F", "0xg", "0x", "1.", ".5",
                "+.5", "-1.5e3", "1e5", "1e", "1e+", "1E-7", ".e5", ".", "-", "+", ".inf", "-.Inf", "+.INF", ".nan",
                "-.nan", ".NaN", "2025-01-29", "165951", "1.2.3", "1,000", "0b101", "١٢٣", "1 ", " 1", "Infinity");
        for (String s : strings) {
            assertEquals(byRegex(s), CoreSchema.resolve(s), "'" + s + "'");
        }
    }

    @Test
    void randomStringsOfTheFormsCharactersResolveAsTheRegexesDo() {
        String alphabet = "0123456789+-.eExXoaAbBfFiInNtTlLsSuUrR~ ";
        Random random = new Random(13);
        List<String> mismatches = new ArrayList<>();
        int resolvedToNonString = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(i == 0 ? alphabet.length() : 16)));
            }
            String v = s.toString();
            YamlScalar.Type expected = byRegex(v);
            resolvedToNonString += expected == YamlScalar.Type.STRING ? 0 : 1;
            if (expected != CoreSchema.resolve(v)) {
                mismatches.add(v);
            }
        }
        assertEquals(List.of(), mismatches);
        // The sample must exercise the non-string forms, not only text.
        assertEquals(true, resolvedToNonString > 20_000, "non-string samples: " + resolvedToNonString);
    }
}
