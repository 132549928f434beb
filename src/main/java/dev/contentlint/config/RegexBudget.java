package dev.contentlint.config;

/**
 * An upper estimate of the program RE2/J compiles a pattern to. RE2 matches in linear time, but
 * it expands counted repetition, so {@code ((a{1000}){1000}){1000}} becomes a billion
 * instructions that take minutes and gigabytes to build. A user's pattern over the budget is
 * refused when the configuration is read. The estimate follows RE2's syntax loosely: it never
 * throws, and a pattern that is not valid is left for the compiler to report.
 */
final class RegexBudget {
    /** Far above any real rule's pattern (a long alternation of phrases is a few thousand). */
    static final long MAX_INSTRUCTIONS = 100_000;

    private final String regex;
    private int at;

    private RegexBudget(String regex) {
        this.regex = regex;
    }

    /** The estimated number of instructions, saturating at {@link Long#MAX_VALUE} / 2. */
    static long estimate(String regex) {
        RegexBudget budget = new RegexBudget(regex);
        long size = budget.alternation();
        while (budget.at < regex.length()) { // an unbalanced ')': count the rest as well
            budget.at++;
            size = add(size, budget.alternation());
        }
        return size;
    }

    private long alternation() {
        long size = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            size = add(add(size, sequence()), 1);
        }
        return size;
    }

    private long sequence() {
        long size = 0;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            size = add(size, repeated(atom()));
        }
        return size;
    }

    private long atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                if (at < regex.length() && regex.charAt(at) == '?') { // (?:...), (?P<name>...), (?i)
                    while (at < regex.length() && regex.charAt(at) != ':' && regex.charAt(at) != ')'
                            && regex.charAt(at) != '>') {
                        at++;
                    }
                    if (at < regex.length() && regex.charAt(at) == ')') {
                        at++;
                        return 0; // a flag group such as (?i)
                    }
                    at++;
                }
                long inner = alternation();
                if (at < regex.length()) {
                    at++; // ')'
                }
                return add(inner, 2);
            }
            case '[' -> {
                if (at < regex.length() && regex.charAt(at) == '^') {
                    at++;
                }
                if (at < regex.length() && regex.charAt(at) == ']') {
                    at++;
                }
                while (at < regex.length() && regex.charAt(at) != ']') {
                    if (regex.charAt(at) == '\\') {
                        at++;
                    } else if (regex.startsWith("[:", at)) {
                        int end = regex.indexOf(":]", at + 2);
                        at = end < 0 ? at : end + 1;
                    }
                    at++;
                }
                at = Math.min(regex.length(), at + 1);
                return 1;
            }
            case '\\' -> {
                if (regex.startsWith("Q", at)) { // \Q...\E: one instruction a character
                    int end = regex.indexOf("\\E", at);
                    int stop = end < 0 ? regex.length() : end;
                    long size = Math.max(0, stop - at - 1);
                    at = end < 0 ? regex.length() : end + 2;
                    return size;
                }
                if (at < regex.length()) {
                    char escaped = regex.charAt(at++);
                    if ((escaped == 'p' || escaped == 'P' || escaped == 'x') && at < regex.length()
                            && regex.charAt(at) == '{') {
                        int end = regex.indexOf('}', at);
                        at = end < 0 ? regex.length() : end + 1;
                    }
                }
                return 1;
            }
            default -> {
                return 1;
            }
        }
    }

    /** Applies any quantifiers after an atom of {@code size} instructions. */
    private long repeated(long size) {
        while (at < regex.length()) {
            char c = regex.charAt(at);
            if (c == '*' || c == '+' || c == '?') {
                at++;
                size = add(size, 1);
            } else if (c == '{') {
                int close = regex.indexOf('}', at);
                long copies = close < 0 ? -1 : copies(regex.substring(at + 1, close));
                if (copies < 0) {
                    return size; // a literal '{'
                }
                at = close + 1;
                size = add(multiply(size, copies), 1);
            } else {
                return size;
            }
            if (at < regex.length() && regex.charAt(at) == '?') { // lazy
                at++;
            }
        }
        return size;
    }

    /** How many copies {n}, {n,} or {n,m} makes; -1 when the braces are not a repetition. */
    private static long copies(String counts) {
        String[] parts = counts.split(",", -1);
        if (parts.length > 2 || parts[0].isEmpty() || !digits(parts[0])
                || parts.length == 2 && !parts[1].isEmpty() && !digits(parts[1])) {
            return -1;
        }
        long low = Long.parseLong(parts[0].length() > 9 ? "999999999" : parts[0]);
        long high = parts.length == 2 && !parts[1].isEmpty()
                ? Long.parseLong(parts[1].length() > 9 ? "999999999" : parts[1]) : low + 1;
        return Math.max(1, Math.max(low, high));
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(Character::isDigit);
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 || sum > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : sum;
    }

    private static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / 2 / b ? Long.MAX_VALUE / 2 : a * b;
    }
}
