package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Map;

/**
 * "The launch", "the meeting", "the vote" as the subject of a report that names nobody ("The launch
 * will be attempted again on Tuesday") is the happening the article named earlier by that noun ("X
 * called off the first launch of its Y rocket"), so its participants are the ones of that earlier
 * report. Like {@link DefiniteCompany} for "the company": the definite article points back; with no
 * such noun earlier in the article it names nobody.
 */
final class DefiniteHappening {

    private DefiniteHappening() {
    }

    /**
     * The participants of the happening that the subject {@code [from, to)} ("the launch") stands
     * for, or an empty map; an empty subject at an event noun is the noun itself, when the time is
     * anchored to it ("the launch ... on Tuesday"). Not when the noun only modifies another ("the
     * launch pad").
     */
    static Map<String, EntityKind> participants(List<Token> tokens, int[] subject, ArticleContext context) {
        int from = subject[0];
        int to = subject[1] > from ? subject[1] : from + 1;
        if (from < 0 || to > tokens.size()) {
            return Map.of();
        }
        Token noun = tokens.get(to - 1);
        boolean definite = tokens.get(from).is("the") || from > 0 && tokens.get(from - 1).is("the");
        if (!definite || !eventNoun(noun) || to < tokens.size() && tokens.get(to).noun()) {
            return Map.of();
        }
        return context.happening(noun.lemma());
    }

    /** Remembers the participants of a report for each event noun of its sentence. */
    static void remember(List<Token> tokens, Map<String, EntityKind> participants, ArticleContext context) {
        if (participants.isEmpty()) {
            return;
        }
        for (Token t : tokens) {
            if (eventNoun(t)) {
                context.happening(t.lemma(), participants);
            }
        }
    }

    private static boolean eventNoun(Token t) {
        return t.noun() && !t.capitalized() && EventKinds.EVENT_NOUNS.contains(t.lemma());
    }
}
