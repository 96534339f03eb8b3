package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Force used on people is one act however it is worded: "officers beat the detainee", "guards
 * assaulted him" and "no officer used force against her" all tell of {@link #FORCE}, so a denial
 * worded one way is linked to a report worded another way. A beating counts only when what is
 * beaten is a person (a name, a pronoun or a noun for people), since "the champions beat Rovers"
 * is a win; "used force" or "used violence" counts whatever follows.
 */
final class UseOfForce {

    static final String FORCE = "force";
    private static final Set<String> BLOWS = Set.of("beat", "assault", "punch", "kick", "batter", "torture");
    private static final Set<String> FORCE_NOUNS = Set.of("force", "violence");
    private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "me", "us");
    private static final Set<String> PEOPLE = Set.of("protester", "demonstrator", "detainee", "prisoner",
            "journalist", "reporter", "student", "man", "woman", "activist", "suspect");
    /** How far after the verb its object is looked for. */
    private static final int REACH = 6;

    private UseOfForce() {
    }

    /** {@link #FORCE} when the verb at {@code verb} tells force used on people; null otherwise. */
    static String action(List<Token> tokens, List<Mention> mentions, int verb) {
        if (verb < 0 || verb >= tokens.size()) {
            return null;
        }
        String lemma = tokens.get(verb).lemma();
        int end = Math.min(tokens.size(), verb + 1 + REACH);
        if (lemma.equals("use")) {
            for (int k = verb + 1; k < Math.min(end, verb + 4); k++) {
                if (FORCE_NOUNS.contains(tokens.get(k).lemma())) {
                    return FORCE;
                }
            }
            return null;
        }
        if (!BLOWS.contains(lemma)) {
            return null;
        }
        for (int k = verb + 1; k < end; k++) {
            Token t = tokens.get(k);
            int at = k;
            if (PERSON_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) || PEOPLE.contains(t.lemma())
                    || mentions.stream().anyMatch(m -> m.first() == at && m.kind() == EntityKind.PERSON)) {
                return FORCE;
            }
            if (t.pos().equals("ADP") || t.pos().equals("PUNCT") || t.verb()) {
                return null;
            }
        }
        return null;
    }
}
