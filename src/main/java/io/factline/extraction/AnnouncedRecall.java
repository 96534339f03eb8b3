package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * A recall is made by announcing it: "the dairy announced the recall on Monday" and "the recall,
 * announced on Tuesday, covers 40,000 packs" tell the recall itself on that day, as "the maker
 * recalled the cheese on Tuesday" does. So the announcing verb takes the act of the recall, not that
 * of a statement or a declaration ({@link AnnouncedObject}). Announcing a strike, a merger or a
 * closure is not the strike, the merger or the closure, which happen later; those keep their reading.
 */
final class AnnouncedRecall {

    static final String RECALL = "recall";
    /** Happenings that take place by being announced: a product recall and its other names. */
    private static final Set<String> SELF_ANNOUNCING = Set.of("recall", "withdrawal");
    private static final Set<String> ENDS = Set.of(",", ".", ";", ":", "\"", "--");

    private AnnouncedRecall() {
    }

    /** Whether the announcing verb at {@code anchor} announces a recall, as its object or as the noun it follows. */
    static boolean of(List<Token> tokens, int anchor) {
        if (!tokens.get(anchor).lemma().equals("announce")) {
            return false;
        }
        if (AnnouncedObject.of(tokens, anchor)) {
            for (int k = anchor + 1; k < tokens.size() && !ENDS.contains(tokens.get(k).text()); k++) {
                Token t = tokens.get(k);
                if (t.noun()) {
                    boolean head = k + 1 >= tokens.size() || !tokens.get(k + 1).noun();
                    if (head) {
                        return recall(t);
                    }
                }
            }
            return false;
        }
        // "the recall, announced on Tuesday, ...": the participle after the noun and its comma.
        return anchor >= 2 && tokens.get(anchor - 1).is(",") && tokens.get(anchor - 2).noun() && recall(tokens.get(anchor - 2))
                && !tokens.get(anchor).pos().equals("AUX");
    }

    private static boolean recall(Token noun) {
        return SELF_ANNOUNCING.contains(noun.lemma()) || SELF_ANNOUNCING.contains(noun.text().toLowerCase(java.util.Locale.ROOT));
    }
}
