package io.factline.common;

/** Small helpers for optional query parameters. */
public final class Params {

    private Params() {
    }

    /** An absent or blank parameter means "no filter". */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A numeric id parameter; 400 naming the parameter when it is not a number. */
    public static Long id(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a numeric id");
        }
    }
}
