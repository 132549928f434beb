package dev.contentlint.fix;

/**
 * What a fix may do to the parsed page: the field whose value it changes, and the value that
 * field must have afterwards, or null when only the rule knows (trailing spaces removed from
 * a block scalar). Every other field must keep its value, or the fix is refused.
 *
 * @param field a dotted front-matter path; its nested fields may change too. {@link #BODY}
 *              stands for the Markdown body
 */
public record FieldChange(String field, String expected) {
    public static final String BODY = "(body)";

    public static FieldChange to(String field, String expected) {
        return new FieldChange(field, expected);
    }

    public static FieldChange any(String field) {
        return new FieldChange(field == null ? BODY : field, null);
    }

    /** True when this change allows the value at {@code path} to differ. */
    public boolean covers(String path) {
        return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[")
                || path.startsWith(field + "{");
    }
}
