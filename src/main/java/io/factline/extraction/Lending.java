package io.factline.extraction;

import java.util.Set;

/**
 * Money lent is one happening told from either end: "extended an emergency loan to X", "granted X a
 * credit line", "lent X 4 billion" and "no such loan had been made" are the lending (action
 * {@link #LEND}); "X had not borrowed from the facility", "took out a loan" the borrowing (action
 * {@link #BORROW}). {@link EventKinds#sameOrConverseAction} pairs the two as it pairs sending and
 * receiving, so a borrower's denial is linked to the reported loan (CONTRADICTION). Both are money
 * handed over (kind {@code transfer}). Giving anything else keeps its verb.
 */
final class Lending {

    static final String LEND = "lend";
    static final String BORROW = "borrow";

    /** Nouns of money lent. */
    private static final Set<String> LOANS = Set.of("loan", "credit", "bailout", "lifeline", "overdraft");
    /** Verbs that tell a loan from the side that lends it, with a loan as object. */
    private static final Set<String> LENDING = Set.of("extend", "grant", "give", "make", "provide", "approve", "arrange");
    /** Verbs that tell a loan from the side that borrows it, with a loan as object. */
    private static final Set<String> BORROWING = Set.of("take", "draw", "tap", "seek", "obtain", "secure");

    private Lending() {
    }

    /** The action a verb lemma with its object lemma tells, when it tells a loan; else null. */
    static String action(String verb, String object) {
        if (verb == null) {
            return null;
        }
        if (verb.equals(LEND) || verb.equals(BORROW)) {
            return verb;
        }
        if (object == null || !LOANS.contains(object)) {
            return null;
        }
        if (LENDING.contains(verb)) {
            return LEND;
        }
        return BORROWING.contains(verb) ? BORROW : null;
    }
}
