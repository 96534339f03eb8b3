package io.factline.date;

/**
 * A date value that is not valid EDTF (or uses a part of EDTF factline does not support).
 * The message names the value and says what is wrong with it, so it can go into a problem detail
 * as is: {@code '2026-02-30' is not a valid EDTF date: February 2026 has 28 days}.
 */
public class InvalidDateException extends IllegalArgumentException {

    private final String value;
    private final String reason;

    public InvalidDateException(String value, String reason) {
        super("'" + value + "' is not a valid EDTF date: " + reason);
        this.value = value;
        this.reason = reason;
    }

    /** The rejected input as given. */
    public String value() {
        return value;
    }

    /** What is wrong with it, without the value: "February 2026 has 28 days". */
    public String reason() {
        return reason;
    }
}
