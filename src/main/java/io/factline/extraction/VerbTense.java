package io.factline.extraction;

import io.factline.temporal.Tense;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of one verb with its auxiliaries, read from the words before it (the English UD
 * tags carry no tense; the tokenizer may leave "she'll" in one piece): "will meet", "she'll leave", "is to sign", "plans to travel" look forward;
 * "has received", "was held", "did not meet" and a past form ("met", "received": the word differs
 * from its lemma and is no "-s" or "-ing" form) look back; "is meeting", "walks out", "meets"
 * are present, which news uses for schedules. An infinitive takes its direction from the verb it
 * hangs on: after a present or future verb ("expects to sign") it lies ahead, after a past one
 * ("wanted to sign", "ordered Brightfield to recall") it is not known, except that an agreed deal
 * is dated when it was agreed ("agreed to buy Corvin on Saturday", {@link DealAgreement}); after a noun it is an intention or a headline's future
 * ("a plan to sell", "Dockers to walk out"), except after a decision a perfect tells as done ({@link TakenDecision}), and after a causing verb's object, where it takes that
 * verb's tense ("fog forced the ferry to turn back on Monday", {@link Causative}). A bare verb after a past verb of perception and its object
 * ("saw officials remove the boxes") looks back. Unknown is null, so the temporal engine's own reading of
 * the sentence decides.
 */
final class VerbTense {

    private static final java.util.regex.Pattern LOWER_CASE = java.util.regex.Pattern.compile("[a-z]+");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "would", "ll");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "has", "have", "'ve", "'d");
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "'s", "'re", "'m", "does", "do");
    /** Past forms of verbs of perception, which take a bare verb after their object. */
    private static final Set<String> PERCEIVED = Set.of("saw", "seen", "watched", "heard", "noticed", "spotted",
            "observed");
    /** Past forms that equal their lemma. */
    private static final Set<String> AMBIGUOUS = Set.of("put", "cut", "set", "hit", "let", "read", "cast", "hurt",
            "shut", "spread", "beat", "quit", "bet", "cost", "split");

    private VerbTense() {
    }

    /** The tense of the verb at {@code verb}, or null when its form does not tell. */
    static Tense of(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (FUTURE.contains(w) || w.endsWith("'ll")) {
                return Tense.FUTURE;
            }
            if (w.equals("to") && k > 0) {
                int cause = Causative.causer(tokens, k);
                if (cause >= 0) {
                    return of(tokens, cause);
                }
                int object = nameBefore(tokens, k - 1);
                if (object >= 0 && tokens.get(object).verb()) {
                    Tense governing = governing(tokens, object);
                    return governing == null || governing == Tense.PAST ? null : Tense.FUTURE;
                }
                if (tokens.get(k - 1).noun() || tokens.get(k - 1).proper()) {
                    return TakenDecision.carriedOut(tokens, k - 1, verb) ? Tense.PAST : Tense.FUTURE;
                }
                if (pendingDirection(tokens, k - 1)) {
                    return Tense.FUTURE;
                }
                Tense governing = governing(tokens, k - 1);
                if (governing == Tense.PAST && DealAgreement.dealVerb(tokens, k - 1, tokens.size()) == verb) {
                    return Tense.PAST;
                }
                return governing == null || governing == Tense.PAST ? null : Tense.FUTURE;
            }
            if (PAST.contains(w) || w.endsWith("'ve") || w.equals("didn't") || w.equals("hasn't") || w.equals("wasn't")) {
                return Tense.PAST;
            }
            if (PRESENT.contains(w)) {
                return Tense.PRESENT;
            }
            boolean auxiliary = t.pos().equals("AUX") || t.pos().equals("PART") || t.pos().equals("ADV")
                    || w.equals("not") || w.equals("n't") || w.equals("never");
            if (!auxiliary) {
                break;
            }
        }
        if (perceivedPast(tokens, verb)) {
            return Tense.PAST;
        }
        return form(tokens.get(verb));
    }

    /**
     * A bare verb after a past verb of perception and its object ("its observers saw officials remove
     * two boxes on Monday night", "heard them leave") is what was seen, so it lies in the past too.
     * The perception verb is known by its form: the tagger often misreads "saw" as a noun or adjective.
     */
    private static boolean perceivedPast(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (!v.text().toLowerCase(Locale.ROOT).equals(v.lemma())) {
            return false;
        }
        int k = verb - 1;
        while (k >= 0 && verb - k <= 5 && objectWord(tokens.get(k)) && !perceptionPast(tokens.get(k))) {
            k--;
        }
        return k >= 0 && k < verb - 1 && perceptionPast(tokens.get(k));
    }

    /** A word of the perceived object ("the men": the tagger may call "men" a verb); no punctuation, preposition or "that". */
    private static boolean objectWord(Token t) {
        String pos = t.pos();
        return !t.punctuation() && !pos.equals("ADP") && !pos.equals("SCONJ") && !pos.equals("AUX") && !pos.equals("CCONJ")
                && !t.is("that") && !t.is("to");
    }

    private static boolean perceptionPast(Token t) {
        return PERCEIVED.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * The word before the name that ends at {@code k} ("ordered Brightfield Foods to recall":
     * "ordered"), or -1 when {@code k} ends no name. A name between a verb and "to" is the verb's
     * object, and the infinitive takes its direction from that verb like any other.
     */
    private static int nameBefore(List<Token> tokens, int k) {
        if (!tokens.get(k).proper()) {
            return -1;
        }
        int j = k;
        while (j >= 0 && tokens.get(j).proper()) {
            j--;
        }
        return j;
    }

    /**
     * A perfect passive of a verb that directs someone to act ("has been summoned to appear", "have
     * been asked to testify", "has been ordered to return"): the direction stands now and what it asks
     * is still to be done, so the infinitive looks forward (s9-scena). A simple past ("was ordered to
     * appear on Monday") may tell it done, and is left to the engine.
     */
    private static boolean pendingDirection(List<Token> tokens, int k) {
        String form = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return DIRECTED.contains(form) && k >= 2 && tokens.get(k - 1).is("been")
                && Set.of("has", "have", "'s", "'ve").contains(tokens.get(k - 2).text().toLowerCase(Locale.ROOT));
    }

    /** Past participles of verbs that direct someone to act. */
    private static final Set<String> DIRECTED = Set.of("summoned", "asked", "invited", "ordered", "told", "called",
            "urged", "required", "requested", "instructed", "obliged", "scheduled");

    /** The word an infinitive's "to" follows: a verb, or an adjective such as "due" or "set" ("is due to"). */
    private static Tense governing(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.verb() || t.pos().equals("AUX")) {
            Tense tense = of(tokens, k);
            return tense == null ? Tense.PRESENT : tense;
        }
        if (t.pos().equals("ADJ") && k > 0) {
            return of(tokens, k);
        }
        return null;
    }

    /**
     * A regular past form the lemmatizer kept whole (so that form and lemma agree) is still past:
     * no present form ends in "-ed" but those of the "-eed" verbs ("need", "proceed") and "embed".
     * Read as present, "on Thursday vetoed the bill" was dated next Thursday (s11).
     */
    private static boolean unrepairedPast(String w) {
        return w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed") && !w.endsWith("bed")
                && LOWER_CASE.matcher(w).matches();
    }

    private static Tense form(Token verb) {
        String w = verb.text().toLowerCase(Locale.ROOT);
        if (w.endsWith("ing")) {
            return null;
        }
        if (w.equals(verb.lemma())) {
            if (unrepairedPast(w)) {
                return Tense.PAST;
            }
            return AMBIGUOUS.contains(w) ? null : Tense.PRESENT;
        }
        return w.endsWith("s") ? Tense.PRESENT : Tense.PAST;
    }
}
