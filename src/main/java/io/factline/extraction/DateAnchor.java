package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * What a time expression dates. Inside an attribution ("Lavrov told reporters Tuesday that ...")
 * it dates the statement; right before an event noun ("his August summit") that noun; in the
 * possessive, the happening it determines ("Sunday's runoff", {@link PossessiveTime}); otherwise
 * the nearest action verb before it in its clause ("will travel to Russia on Thursday"; across a name
 * set between commas, {@link Apposition}, or a relative clause between commas, {@link RelativeAside}), else the nearest after it ("On Tuesday, the envoys met ..."), else an event noun before it; a gerund right after "while" hands the date to the verb before it ({@link WhileDoing}) (first
 * when a comma ends the time's clause: "Ahead of his visit next month, X said" dates the visit). Light verbs
 * ("plan", "expect", "be") carry no event of their own; "have" does with a happening as object
 * ("will have his medical on Friday", {@link UndergoneHappening}). A time after "until" dates nothing ({@link EndBound}), unless it is time given to do something, and
 * a time at the noun "deadline" dates that noun ({@link Deadline}).
 */
final class DateAnchor {

    static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "remain", "become", "seem",
            "plan", "expect", "hope", "want", "try", "aim", "seek", "intend", "prepare", "decide", "going", "go",
            "likely", "need", "wish", "set", "schedule");

    private final List<Token> tokens;
    private final Attribution attribution;

    DateAnchor(List<Token> tokens, Attribution attribution) {
        this.tokens = tokens;
        this.attribution = attribution;
    }

    /**
     * The token the time expression at {@code date} ({@code [first, last]}) dates: the reporting verb
     * of an attribution holding it, an event noun right after it, the nearest verb before it in its
     * clause, else after it, else an event noun before it; -1 when none.
     */
    int of(int[] date) {
        if (EndBound.of(tokens, date[0])) {
            return Deadline.given(tokens, date) ? Deadline.giver(tokens, date) : -1;
        }
        if (attribution.covers(date[0])) {
            for (int k = date[0] - 1; k >= 0 && attribution.covers(k); k--) {
                if (Attribution.reporting(tokens.get(k))) {
                    return k;
                }
            }
        }
        if (date[1] + 1 < tokens.size() && Clauses.eventNoun(tokens.get(date[1] + 1))) {
            return date[1] + 1;
        }
        int deadline = Deadline.noun(tokens, date);
        if (deadline >= 0) {
            return deadline;
        }
        int possessed = PossessiveTime.dated(tokens, date);
        if (possessed >= 0) {
            return possessed;
        }
        int lo = clauses().start(EndBound.notUntil(tokens, date[0]) ? date[0] - 1 : date[0]);
        for (int k = date[0] - 1; k >= lo; k--) {
            if (action(k)) {
                int main = WhileDoing.main(tokens, k, this::action);
                return controller(main >= 0 ? main : k);
            }
        }
        int renamed = Apposition.renamed(tokens, clauses(), lo);
        if (renamed < 0 && lo > 0) {
            renamed = RelativeAside.described(tokens, lo - 1);
        }
        for (int k = renamed; k >= 0 && k >= clauses().start(renamed); k--) {
            if (action(k)) {
                return controller(k);
            }
        }
        int hi = clauses().end(date[1] + 1);
        if (hi == date[1] + 1 && hi < tokens.size() && tokens.get(hi).is(",")) {
            int noun = eventNounBefore(date[0], lo);
            if (noun >= 0 && SpeakingOccasion.at(tokens, noun)) {
                // SpeakingOccasion (s14-domains): "At a news conference on Monday, X said" dates the saying.
                int saying = SpeakingOccasion.saying(tokens, date[1] + 1);
                return saying >= 0 ? saying : noun;
            }
            if (noun >= 0) {
                return noun;
            }
            hi = clauses().end(hi + 1);
        }
        for (int k = date[1] + 1; k < hi; k++) {
            if (action(k)) {
                return k;
            }
        }
        return eventNounBefore(date[0], lo);
    }

    /**
     * The event noun before the time in its clause, or -1. It wins over a verb after the comma that
     * ends the clause: "Ahead of his visit to Beijing next month, Kilmer said ..." dates the visit.
     */
    private int eventNounBefore(int date, int lo) {
        for (int k = date - 1; k >= lo; k--) {
            if (Clauses.eventNoun(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** An event noun after {@code verb} and before {@code date} ("arrived ... ahead of talks with Putin on Thursday"), or -1. */
    int eventNounBetween(int verb, int date) {
        for (int k = date - 1; k > verb; k--) {
            if (Clauses.eventNoun(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The verb whose object an infinitive's subject is, when that verb is past: in "the agency
     * ordered Brightfield to recall its formula on Monday" the date is when the order was given,
     * so it dates "ordered" (the direction of the infinitive is that of "ordered" too, see
     * {@link VerbTense}). An infinitive after "refused to" dates the refusal ({@link RefusedAct}).
     * Otherwise {@code verb} itself.
     */
    private int controller(int verb) {
        int refusal = RefusedAct.refusal(tokens, verb);
        if (refusal >= 0) {
            return refusal;
        }
        int orderer = OrderedAct.orderer(tokens, verb);
        if (orderer >= 0 && VerbTense.of(tokens, orderer) == io.factline.temporal.Tense.PAST) {
            return orderer;
        }
        if (verb < 3 || !tokens.get(verb - 1).is("to") || !tokens.get(verb - 2).proper()) {
            return verb;
        }
        int j = verb - 2;
        while (j >= 0 && tokens.get(j).proper()) {
            j--;
        }
        return j >= 0 && action(j) && VerbTense.of(tokens, j) == io.factline.temporal.Tense.PAST ? j : verb;
    }

    /**
     * An event noun the verb's act took place at or in, right before the date or its place ("signed a
     * deal at their summit in Valmora on Thursday", "lifted from the museum in a night raid on
     * Monday"): the date is the occasion's, and the occasion is the happening other outlets report.
     * -1 when there is none.
     */
    int occasionBetween(int verb, int date) {
        int k = date - 1;
        if (k > verb && tokens.get(k).pos().equals("ADP")) {
            k--;
        }
        while (k > verb && (tokens.get(k).capitalized() || tokens.get(k).is("in"))) {
            k--;
        }
        if (k <= verb + 2 || !Clauses.eventNoun(tokens.get(k))) {
            return -1;
        }
        int d = k - 1;
        // One word may describe the occasion: "in a night raid", "at an emergency summit".
        if (d > verb + 2 && (tokens.get(d).noun() || tokens.get(d).pos().equals("ADJ"))) {
            d--;
        }
        Token before = tokens.get(d);
        boolean determined = before.pos().equals("DET") || before.pos().equals("PRON");
        return determined && (tokens.get(d - 1).is("at") || tokens.get(d - 1).is("in")) ? k : -1;
    }

    /**
     * The act done at a happening a possessive time dates, when the happening follows "during" or
     * "at" ("offered a larger quota during Tuesday's talks"): the nearest action verb before it in
     * its clause, or -1. The time dates the happening ({@link PossessiveTime}), and the act too.
     */
    int actAtOccasion(int[] date) {
        if (date[0] < 1 || PossessiveTime.dated(tokens, date) < 0
                || !(tokens.get(date[0] - 1).is("during") || tokens.get(date[0] - 1).is("at"))) {
            return -1;
        }
        return actBefore(date[0] - 1);
    }

    /**
     * The act a phrase opened by the preposition at {@code preposition} is told at ("offered a raise at the
     * meeting"): the nearest action verb before it in its clause, or -1 ({@link ToldOccasion}).
     */
    int actBefore(int preposition) {
        int lo = clauses().start(preposition);
        for (int k = preposition - 1; k >= lo; k--) {
            if (action(k)) {
                return controller(k);
            }
        }
        return -1;
    }

    /** The first act from {@code from} up to {@code to} (exclusive), or -1 ({@link RelativeAct}). */
    int actIn(int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (action(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The act a phrase counting from another happening dates ({@link RelativeAct}): the nearest act before the
     * phrase's first token {@code first} in the sentence ("was sentenced on Friday, three days after …"), else
     * the first after {@code from}, where what the phrase counts from ends ("A day after the veto, parliament
     * voted"); -1 when there is none.
     */
    int actAround(int first, int from) {
        for (int k = first - 1; k >= 0; k--) {
            if (action(k)) {
                return controller(k);
            }
        }
        int k = actIn(from, tokens.size());
        return k < 0 ? -1 : controller(k);
    }

    /**
     * A participle between an article and its noun ("a written warning") describes the noun; it is no act. So
     * does one after an article and a count ("all 14 trapped miners", "its two damaged reactors"); a count
     * alone is not enough, since it may end a date ("on May 3 announced plans").
     */
    static boolean attributive(List<Token> tokens, int k) {
        if (k <= 0 || k + 1 >= tokens.size() || !tokens.get(k + 1).noun()) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return determiner(before) || before.pos().equals("NUM") && k > 1 && determiner(tokens.get(k - 2));
    }

    private static boolean determiner(Token t) {
        return t.pos().equals("DET") || possessive(t);
    }

    /** A possessive before a participle and its noun (s10-scend): "its lost weather satellite", "the agency's damaged probe". */
    private static boolean possessive(Token t) {
        return t.is("'s") || POSSESSIVES.contains(t.text().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "our", "my", "your");

    private boolean action(int k) {
        Token t = tokens.get(k);
        return t.verb() && !t.capitalized() && (!LIGHT_VERBS.contains(t.lemma()) || UndergoneHappening.action(tokens, k) != null
                || StatePassage.state(tokens, k) >= 0)
                && !attributive(tokens, k) && !ObjectComplement.of(tokens, k) && !StateParticiple.of(tokens, k) && (!attribution.covers(k) || Attribution.reporting(t));
    }

    private Clauses clauses() {
        return new Clauses(tokens);
    }
}
