package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A country sending someone out of it, however an outlet words it: "expelled the ambassador",
 * "ordered Ambassador X out", "the envoy Valdoria ordered out on Monday", "ordered the envoy to leave the country within 72 hours", "declared
 * him persona non grata", "who was ordered to leave on Sunday", "the expulsion", "deported". One
 * expulsion is told with all of these, so they are one action ({@link #EXPEL}) and one kind
 * ({@link EventKinds#EXPULSION}). An order to leave given to residents of a place is an evacuation
 * ({@link OrderedAct}), not this: the one ordered out must be a diplomat or a person by name.
 */
final class Expulsion {

    static final String EXPEL = "expel";
    /** Verbs and nouns that name the expulsion themselves. */
    private static final Set<String> EXPELLING = Set.of(EXPEL, "expulsion", "deport", "deportation");
    /** Verbs by which a government tells someone to go. */
    private static final Set<String> ORDERING = Set.of("order", "tell", "instruct", "give", "ask");
    /** Verbs told of the one who declares someone unwelcome ("summoned … and handed a note declaring him persona non grata"). */
    private static final Set<String> DECLARING = Set.of("declare", "summon", "hand", "make", "name");
    /** Who a country sends out by their office. */
    private static final Set<String> DIPLOMATS = Set.of("ambassador", "envoy", "diplomat", "attache", "attaché",
            "consul", "emissary", "chargé", "charge");
    /** How far after the verb the one ordered out, "out", "to leave" or "persona non grata" are looked for. */
    private static final int REACH = 10;

    private Expulsion() {
    }

    /** {@link #EXPEL} when the word at {@code anchor} tells an expulsion (see the class comment); else null. */
    static String action(List<Token> tokens, List<Mention> mentions, int anchor) {
        Token head = tokens.get(anchor);
        if (EXPELLING.contains(head.lemma())) {
            return EXPEL;
        }
        if (!head.verb()) {
            return null;
        }
        if (DECLARING.contains(head.lemma()) && unwelcomeAfter(tokens, anchor)) {
            return EXPEL;
        }
        boolean outNext = anchor + 1 < tokens.size() && tokens.get(anchor + 1).is("out");
        // "the ambassador Valdoria ordered out on Monday", "the envoy was ordered out": the one sent out comes first.
        if (ORDERING.contains(head.lemma()) && (sentOut(tokens, mentions, anchor) || outNext && diplomatBefore(tokens, anchor))) {
            return EXPEL;
        }
        int orderer = head.lemma().equals("leave") ? ordererOf(tokens, anchor) : -1;
        if (orderer >= 0 && (sentOut(tokens, mentions, orderer) || diplomatBefore(tokens, orderer))) {
            return EXPEL;
        }
        return null;
    }

    /** The ordering verb of "to leave" at {@code leave} ("ordered the envoy to leave", "was told to leave"), or -1. */
    private static int ordererOf(List<Token> tokens, int leave) {
        if (leave < 2 || !tokens.get(leave - 1).is("to")) {
            return -1;
        }
        for (int k = leave - 2; k >= 0 && leave - k <= REACH; k--) {
            Token t = tokens.get(k);
            if (t.verb()) {
                return ORDERING.contains(t.lemma()) ? k : -1;
            }
            if (t.is(",") || t.is(";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The country a diplomat is ordered to leave ("who was ordered to leave Valdoria on Sunday"): the
     * state that expels, so a participant of the expulsion as much as when it is the subject. Null
     * when the words after "leave" name no place.
     */
    static String leftPlace(List<Token> tokens, List<Mention> mentions, int anchor) {
        for (int k = anchor; k < tokens.size() && k <= anchor + REACH; k++) {
            if (tokens.get(k).is("leave")) {
                int place = k + 1;
                return mentions.stream().filter(m -> m.first() == place && m.kind() == EntityKind.PLACE)
                        .map(Mention::name).findFirst().orElse(null);
            }
            if (k > anchor && (tokens.get(k).is(",") || tokens.get(k).is(";"))) {
                return null;
            }
        }
        return null;
    }

    /** "persona non grata" within the verb's reach, in the same sentence part. */
    private static boolean unwelcomeAfter(List<Token> tokens, int verb) {
        for (int k = verb + 1; k + 2 < tokens.size() && k <= verb + REACH * 2; k++) {
            if (tokens.get(k).is(";")) {
                return false;
            }
            if (tokens.get(k).is("persona") && tokens.get(k + 1).is("non") && tokens.get(k + 2).is("grata")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ordering verb whose object, a diplomat or a person by name, is told to go: "ordered
     * Ambassador Pieter Aalst out", "ordered Norland's ambassador to leave the country".
     */
    static boolean sentOut(List<Token> tokens, List<Mention> mentions, int verb) {
        boolean someone = false;
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            int at = k;
            if (diplomat(t) || mentions.stream().anyMatch(m -> m.first() == at && m.kind() == EntityKind.PERSON)) {
                someone = true;
            } else if (someone && (t.is("out") || t.is("to") && k + 1 < tokens.size() && tokens.get(k + 1).is("leave"))) {
                return true;
            } else if (t.is(",") || t.is(";") || t.verb() && !t.is("leave")) {
                return false;
            }
        }
        return false;
    }

    /** A diplomat named shortly before the passive "was ordered to leave" ("the ambassador, who was ordered to leave"). */
    private static boolean diplomatBefore(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - REACH; k--) {
            if (diplomat(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean diplomat(Token t) {
        return DIPLOMATS.contains(t.text().toLowerCase(Locale.ROOT)) || DIPLOMATS.contains(t.lemma());
    }
}
