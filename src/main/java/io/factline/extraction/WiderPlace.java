package io.factline.extraction;

import java.util.List;

/**
 * A place named inside a wider one ("at her flat in the Dorrin suburb of Kelva", "the Ostrava
 * district of Poruba"). Other outlets name only the wider place (the city), so the event's place
 * is the wider one, and its name, which modifies the place noun, is no participant.
 */
final class WiderPlace {

    private WiderPlace() {
    }

    /** Whether the mention is the wider place of "the Dorrin suburb of Kelva" (here "Dorrin"). */
    static boolean names(List<Token> tokens, Mention m) {
        return m.first() > 0 && tokens.get(m.first() - 1).is("the") && m.last() + 2 < tokens.size()
                && MentionFinder.PLACE_NOUNS.contains(tokens.get(m.last() + 1).lemma())
                && tokens.get(m.last() + 2).is("of");
    }

    /** The wider place around a place mention ("Dorrin" around "Kelva"), or the mention's own name. */
    static String around(List<Token> tokens, List<Mention> mentions, Mention place) {
        int of = place.first() - 1;
        if (of < 2 || !tokens.get(of).is("of") || !MentionFinder.PLACE_NOUNS.contains(tokens.get(of - 1).lemma())) {
            return place.name();
        }
        return mentions.stream().filter(w -> w.last() == of - 2 && names(tokens, w)).map(Mention::name)
                .findFirst().orElse(place.name());
    }
}
