package io.factline.temporal;

/** Grammatical time of the clause around an expression; decides which way a bare weekday or month resolves. */
public enum Tense {
    PAST,
    PRESENT,
    FUTURE,
    UNKNOWN
}
