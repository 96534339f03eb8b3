package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * An evacuation or a shutdown is carried out when it is ordered, so the order is the happening:
 * "the mayor ordered the evacuation of 2,000 residents early on Wednesday" is the evacuation that
 * another outlet tells as "2,000 people were evacuated on June 10", and "the inspectorate ordered
 * Korvell Chemicals on Thursday to shut down its plant" the shutdown another tells as "the
 * inspectorate shut the plant down on June 11". After an ordering verb, an object noun of such a
 * kind, or the verb of such a kind after the object's "to", gives the action. Other orders ("ordered
 * the company to recall its formula", "ordered an inquiry") stay orders: what they ask may come later.
 */
final class OrderedAct {

    private static final Set<String> ORDERING = Set.of("order", "direct", "command");
    /** Kinds of act that happen when they are ordered. */
    private static final Set<String> AT_ONCE = Set.of(EventKinds.EVACUATION, EventKinds.SHUTDOWN);
    /**
     * s9-scenb: people or the place they live, ordered to leave ("ordered all 4,000 residents of the
     * town to leave", "ordered the town evacuated"), are evacuated.
     */
    private static final Set<String> PEOPLE_OR_PLACES = Set.of("resident", "people", "household", "family",
            "villager", "inhabitant", "homeowner", "tenant", "occupant", "worker", "student", "civilian",
            "town", "village", "city", "area", "district", "neighbourhood", "neighborhood", "suburb", "community",
            "home", "building", "street", "valley", "settlement", "camp", "all", "thousand", "hundred");
    /** Verbs of going away that an evacuation order asks of people. */
    private static final Set<String> LEAVING = Set.of("leave", "flee", "evacuate", "go", "get", "move", "abandon", "quit");
    static final String EVACUATE = "evacuate";
    /** How far after the ordering verb the noun or the infinitive is looked for. */
    private static final int REACH = 8;

    private OrderedAct() {
    }

    /** The ordered act's action, when the verb at {@code verb} orders an act of a kind done at once; else null. */
    static String action(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (!v.verb() || !ORDERING.contains(v.lemma())) {
            return null;
        }
        boolean people = false;
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            if (t.is("to") && k + 1 < tokens.size() && tokens.get(k + 1).verb()) {
                String lemma = tokens.get(k + 1).lemma();
                if (people && LEAVING.contains(lemma)) {
                    return EVACUATE;
                }
                return AT_ONCE.contains(EventKinds.of(lemma)) ? lemma : null;
            }
            if (people && t.verb() && EventKinds.EVACUATION.equals(EventKinds.of(t.lemma()))) {
                return t.lemma();
            }
            if (t.noun() && !t.capitalized()) {
                if (AT_ONCE.contains(EventKinds.of(t.lemma()))) {
                    return t.lemma();
                }
                if (!PEOPLE_OR_PLACES.contains(t.lemma())) {
                    return null;
                }
                people = true;
                continue;
            }
            if (t.is("everyone") || t.is("everybody")) {
                people = true;
                continue;
            }
            if (t.punctuation() || t.verb() || t.pos().equals("AUX")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The ordering verb whose object the infinitive's subject is, when the order is an evacuation
     * ("ordered all 4,000 residents of Brackenridge to leave early on Monday": the time dates the
     * order, in its past tense); -1 otherwise. The object may be a phrase, not only a name.
     */
    static int orderer(List<Token> tokens, int verb) {
        if (verb < 3 || !tokens.get(verb - 1).is("to")) {
            return -1;
        }
        for (int j = verb - 2; j >= 0 && verb - j <= REACH; j--) {
            Token t = tokens.get(j);
            if (t.verb()) {
                return ORDERING.contains(t.lemma())
                        && (EVACUATE.equals(action(tokens, j)) || Expulsion.sentOut(tokens, List.of(), j)) ? j : -1;
            }
            if (t.punctuation() || t.pos().equals("AUX") || t.pos().equals("SCONJ")) {
                return -1;
            }
        }
        return -1;
    }
}
