package dev.contentlint.page.yaml;

/**
 * The type of an untagged plain scalar under the YAML 1.2 core schema, whose forms are:
 * <pre>
 * null   ~ | null | Null | NULL | (empty)
 * bool   true | True | TRUE | false | False | FALSE
 * int    [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
 * float  [-+]?(\.[0-9]+ | [0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)
 * </pre>
 * Read by hand rather than by those regular expressions: every plain value of every page is
 * resolved (titles starting with T or F, dates, ids), and a regex match with its matcher
 * costs more than the rest of a field's checks. A test compares the two on many strings.
 */
final class CoreSchema {
    private CoreSchema() {}

    static YamlScalar.Type resolve(String v) {
        switch (v) {
            case "", "~", "null", "Null", "NULL":
                return YamlScalar.Type.NULL;
            case "true", "True", "TRUE", "false", "False", "FALSE":
                return YamlScalar.Type.BOOL;
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
                    ".nan", ".NaN", ".NAN":
                return YamlScalar.Type.FLOAT;
            default:
                break;
        }
        if (isInt(v)) {
            return YamlScalar.Type.INT;
        }
        return isFloat(v) ? YamlScalar.Type.FLOAT : YamlScalar.Type.STRING;
    }

    private static boolean isInt(String v) {
        if (v.startsWith("0o")) {
            return v.length() > 2 && all(v, 2, "01234567");
        }
        if (v.startsWith("0x")) {
            return v.length() > 2 && all(v, 2, "0123456789abcdefABCDEF");
        }
        int digits = sign(v, 0);
        return digits < v.length() && digitsEnd(v, digits) == v.length();
    }

    /** {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}; the inf and nan forms are read before. */
    private static boolean isFloat(String v) {
        int i = sign(v, 0);
        int intEnd = digitsEnd(v, i);
        if (intEnd > i) {
            i = intEnd;
            if (i < v.length() && v.charAt(i) == '.') {
                i = digitsEnd(v, i + 1);
            }
        } else {
            if (i >= v.length() || v.charAt(i) != '.') {
                return false;
            }
            int fractionEnd = digitsEnd(v, i + 1);
            if (fractionEnd == i + 1) {
                return false;
            }
            i = fractionEnd;
        }
        if (i < v.length() && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            int exponent = sign(v, i + 1);
            int exponentEnd = digitsEnd(v, exponent);
            if (exponentEnd == exponent) {
                return false;
            }
            i = exponentEnd;
        }
        return i == v.length();
    }

    /** Just past an optional sign at {@code i}. */
    private static int sign(String v, int i) {
        return i < v.length() && (v.charAt(i) == '-' || v.charAt(i) == '+') ? i + 1 : i;
    }

    /** Just past the ASCII digits from {@code i}. */
    private static int digitsEnd(String v, int i) {
        int j = i;
        while (j < v.length() && v.charAt(j) >= '0' && v.charAt(j) <= '9') {
            j++;
        }
        return j;
    }

    private static boolean all(String v, int from, String allowed) {
        for (int i = from; i < v.length(); i++) {
            if (allowed.indexOf(v.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
