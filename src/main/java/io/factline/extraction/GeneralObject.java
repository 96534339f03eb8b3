package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A denial whose object says nothing of its own ("denied that crews had reported any problem",
 * "no fault was found") is about whatever its subject did: it meets an asserted report of the same
 * act by the same unnamed subject, whatever that report's object ("crews had reported vibration in
 * the engine"). The subject is kept as the lemma of its noun ({@link #subjectNoun}) with the event,
 * since such subjects name nobody and so share no participant; a denial with an object of its own
 * still needs the same kind of object ({@link EventKinds#sameTheme}).
 */
final class GeneralObject {

    private static final Set<String> GENERAL = Set.of("problem", "fault", "issue", "trouble", "defect", "flaw",
            "error", "irregularity", "wrongdoing", "thing", "anything", "something", "concern", "matter");

    private GeneralObject() {
    }

    /** Whether the object lemma says nothing of its own ("any problem", "anything"). */
    static boolean general(String theme) {
        return theme != null && GENERAL.contains(theme);
    }

    /**
     * Whether the denial's general object stands for the asserted event's: same subject noun
     * ("crew"), the denial's object general. The action is checked by {@link EventMatcher#denies}.
     */
    static boolean meets(EventMatcher.Features denial, EventMatcher.Features asserted) {
        return general(denial.theme()) && denial.subject() != null && denial.subject().equals(asserted.subject());
    }

    /**
     * The lemma of the last common noun of a subject at {@code [from, to)} that names nobody
     * ("crews" → "crew", "its observers" → "observer"); null when a name, a pronoun or no noun is
     * there.
     */
    static String subjectNoun(List<Token> tokens, List<Mention> mentions, int from, int to) {
        if (from < 0 || to <= from) {
            return null;
        }
        String noun = null;
        for (int k = from; k < to && k < tokens.size(); k++) {
            int at = k;
            Token t = tokens.get(k);
            Mention named = mentions.stream().filter(m -> m.covers(at)).findFirst().orElse(null);
            // DescribedThing (s10-scend): a name before the noun that describes it ("the Halcyon-3 satellite").
            if (named != null && DescribedThing.describedName(tokens, named.last(), Math.min(to, tokens.size()))) {
                k = named.last();
                continue;
            }
            if (named != null || t.pos().equals("PRON") && !t.is("its")
                    && !t.is("their")) {
                return null;
            }
            if (t.noun() && (!t.capitalized() || k == 0 || MentionFinder.afterDateline(tokens, k))) {
                noun = DescribedThing.noun(t);
            }
        }
        return noun;
    }
}
