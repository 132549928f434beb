package dev.contentlint.rules.declarative;

/** Fills the {field}, {match} and {detail} placeholders of a declarative rule's message. */
final class Messages {
    private Messages() {}

    static String fill(String template, String field, String match, String detail) {
        String out = template.replace("{field}", field);
        if (match != null) {
            out = out.replace("{match}", match.length() > 80 ? match.substring(0, 77) + "..." : match);
        }
        if (detail != null) {
            out = out.replace("{detail}", detail);
        }
        return out;
    }
}
