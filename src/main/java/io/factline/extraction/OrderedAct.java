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
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            if (t.is("to") && k + 1 < tokens.size() && tokens.get(k + 1).verb()) {
                String lemma = tokens.get(k + 1).lemma();
                return AT_ONCE.contains(EventKinds.of(lemma)) ? lemma : null;
            }
            if (t.noun() && !t.capitalized()) {
                return AT_ONCE.contains(EventKinds.of(t.lemma())) ? t.lemma() : null;
            }
            if (t.punctuation() || t.verb() || t.pos().equals("AUX")) {
                return null;
            }
        }
        return null;
    }
}
