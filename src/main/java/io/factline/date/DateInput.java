package io.factline.date;

import io.factline.common.ProblemException;

/** EDTF values that clients send, in bodies and query parameters. */
public final class DateInput {

    private DateInput() {
    }

    /**
     * Parses an optional EDTF value; blank means none.
     *
     * @throws ProblemException 400 naming {@code field} when the value is not valid EDTF
     */
    public static EdtfDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EdtfDate.parse(value.strip());
        } catch (InvalidDateException e) {
            throw ProblemException.invalidField(field, e.getMessage());
        }
    }
}
