package dev.contentlint.rules;

/** The kinds of value a rule option can take. */
public enum OptionType {
    INTEGER, BOOLEAN, STRING, STRING_LIST, STRING_MAP, REGEX;

    /** The label with its article, for messages: "an integer", "a list of strings". */
    public String withArticle() {
        return (this == INTEGER ? "an " : "a ") + label();
    }

    public String label() {
        return switch (this) {
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            case STRING -> "string";
            case STRING_LIST -> "list of strings";
            case STRING_MAP -> "mapping of strings to strings";
            case REGEX -> "regular expression";
        };
    }
}
