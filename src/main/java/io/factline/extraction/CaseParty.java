package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whoever brought a case is a party to its hearing and its ruling: after "X lodged an appeal against
 * the ban", "the tribunal will hear the appeal on May 21" hears X's appeal, so X takes part, as
 * another outlet's "X's appeal will be heard on May 22" says in so many words — the two reports then
 * share who, what and when up to the day. Only for a hearing or a ruling whose object is written with
 * "the" and was the object of an earlier report of the article ({@link ArticleContext#brought}).
 */
final class CaseParty {

    private static final Set<String> DECIDING = Set.of(EventKinds.HEARING, EventKinds.RULING);

    private CaseParty() {
    }

    /** Remembers the participants of a report for its object ("appeal" → Varga). */
    static void remember(String theme, Map<String, EntityKind> participants, ArticleContext context) {
        if (theme != null && !participants.isEmpty()) {
            context.brought(theme, participants);
        }
    }

    /** The parties of the case that a hearing's or ruling's definite object names, or an empty map. */
    static Map<String, EntityKind> of(List<Token> tokens, int anchor, String kind, String theme,
            ArticleContext context) {
        if (theme == null || !DECIDING.contains(kind)) {
            return Map.of();
        }
        for (int k = anchor + 1; k < tokens.size(); k++) {
            if (tokens.get(k).noun() && tokens.get(k).lemma().equals(theme)) {
                return tokens.get(k - 1).is("the") ? context.brought(theme) : Map.of();
            }
        }
        return Map.of();
    }
}
