package io.factline.temporal;

/** The four TIMEX3 types. */
public enum TimexType {
    DATE,
    TIME,
    DURATION,
    SET
}
