package io.factline.extraction;

import io.factline.claim.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A denial that names what it denies only by pointing back: "The union said drivers had reported faulty
 * brakes. The company denied it had received any such reports." / "'There was no such deal,' a spokesman
 * said." The denied thing ("such reports", "no such deal") is the act or the object of an assertion a
 * sentence or two before in the same article; the denial's own verb ("received", "was") only says that
 * the thing did not happen or did not exist. Read on its own, the denial was "receive report" and could
 * not meet the asserted "report cracks" of another outlet or of its own article.
 *
 * <p>Such a denial takes the action, the object and the described subject of the nearest earlier
 * assertion (up to about one sentence between) that the noun after "such" names: the same noun as its
 * object ("such deal" / "signed a supply deal") or its act ("such reports" / "had reported", "such
 * meeting" / "had met", "such refusal" / "refused"). It keeps its own day, speaker, participants and
 * stance. An existential "there was no such deal" told as a statement ({@code say} with no content verb
 * found) becomes a denial then.
 *
 * <p>What it does not fire on: "such" with no "no" or "any" before it ("such cuts would hurt"), "such as",
 * a noun no earlier assertion names ("no such thing"), the speaker's own earlier sentence, and a denial
 * whose own verb is an act of its own rather than happening, existing, being made, received or passed on
 * ("such talks have not begun" after "proposed talks" is not a denial that talks were proposed).
 */
final class SuchAntecedent {

    /** "no such reports", "any such meeting", "not any such payment". */
    private static final Pattern SUCH = Pattern.compile("\\b(?:no|any)\\s+such\\s+([a-z]+)", Pattern.CASE_INSENSITIVE);
    /** "there was no such deal", "there had been no such promise". */
    private static final Pattern EXISTENTIAL = Pattern.compile(
            "\\bthere\\s+(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+no\\s+such\\s+([a-z]+)",
            Pattern.CASE_INSENSITIVE);
    /** "any offer", "no payment" (s17-anaphora): the thing a denial says was never made. */
    private static final Pattern ANY = Pattern.compile("\\b(?:no|any)\\s+([a-z]+)", Pattern.CASE_INSENSITIVE);
    /** Verbs that only say the thing happened, existed, was made, received or passed on. */
    private static final Set<String> EXISTING = Set.of("be", "exist", "happen", "occur", "take", "make", "hold",
            "receive", "get", "reach", "give", "pass", "send");
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "state");
    /** Characters between the antecedent's sentence and the denial's: about one sentence. */
    private static final int REACH = 320;

    private SuchAntecedent() {
    }

    /**
     * The candidates, in text order, with each such denial given what its antecedent asserted.
     *
     * @param nounLemma the lemmatizer's reading of a word as a noun ("reports" → "report")
     */
    static List<EventCandidate> resolve(List<EventCandidate> candidates, String text, UnaryOperator<String> nounLemma) {
        List<EventCandidate> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            EventCandidate c = candidates.get(i);
            EventCandidate resolved = resolved(c, candidates.subList(0, i), text, nounLemma);
            out.add(resolved == null ? c : resolved);
        }
        return out;
    }

    private static EventCandidate resolved(EventCandidate c, List<EventCandidate> earlier, String text,
            UnaryOperator<String> nounLemma) {
        if (c.quoteBegin() < 0 || c.quoteEnd() > text.length() || c.quoteBegin() >= c.quoteEnd()) {
            return null;
        }
        String sentence = text.substring(c.quoteBegin(), c.quoteEnd());
        String noun;
        if (c.stance() == Stance.DENIES) {
            Matcher m = SUCH.matcher(sentence);
            if (c.action() == null) {
                return null;
            }
            if (m.find(0)) {
                noun = nounLemma.apply(m.group(1));
                if (!EXISTING.contains(c.action()) && !nounOf(c.action(), noun)) {
                    return null;
                }
            } else {
                // Session 17 (s17-anaphora): "denied that any offer had been made" — the object is the act denied.
                noun = anyMade(c, sentence, nounLemma);
                if (noun == null) {
                    return null;
                }
            }
        } else if (EventKinds.STATEMENT.equals(c.kind()) && c.action() != null && SPEECH.contains(c.action())) {
            Matcher m = EXISTENTIAL.matcher(sentence);
            if (!m.find()) {
                return null;
            }
            noun = nounLemma.apply(m.group(1));
        } else {
            return null;
        }
        // A denial whose own verb is the noun's act ("no such talks had begun" read as talk) denies that act
        // only: it meets an assertion of the same act, not one whose object the act is ("proposed talks").
        boolean ownAct = c.stance() == Stance.DENIES && !EXISTING.contains(c.action());
        EventCandidate antecedent = antecedent(c, noun, ownAct, earlier);
        if (antecedent == null) {
            return null;
        }
        String subject = c.subject() == null || c.subject().equals(noun) ? antecedent.subject() : c.subject();
        return new EventCandidate(c.title(), c.kind(), antecedent.action(), antecedent.theme(), c.participants(),
                c.location(), c.date(), c.attributedTo(), Stance.DENIES, c.quote(), c.quoteBegin(), c.quoteEnd(),
                subject);
    }

    /**
     * The noun of a denial that any such thing was made, happened or was received ("denied that any offer had
     * been made", "said no payment was received"): the denial's own object after "any" or "no", its verb one
     * that only says the thing existed ({@link #EXISTING}); null otherwise ("denied any cap had been agreed"
     * keeps its own act).
     */
    private static String anyMade(EventCandidate c, String sentence, UnaryOperator<String> nounLemma) {
        if (!EXISTING.contains(c.action()) || c.theme() == null) {
            return null;
        }
        Matcher any = ANY.matcher(sentence);
        while (any.find()) {
            String noun = nounLemma.apply(any.group(1));
            if (noun.equals(c.theme())) {
                return noun;
            }
        }
        return null;
    }

    /** The nearest earlier assertion, by another speaker, whose act or object the noun names. */
    private static EventCandidate antecedent(EventCandidate denial, String noun, boolean ownAct,
            List<EventCandidate> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            EventCandidate a = earlier.get(k);
            if (a.quoteBegin() >= denial.quoteBegin()) {
                continue;
            }
            if (denial.quoteBegin() - Math.min(a.quoteEnd(), denial.quoteBegin()) > REACH) {
                return null;
            }
            boolean names = nounOf(a.action(), noun) || !ownAct && noun.equals(a.theme());
            if (a.stance() == Stance.ASSERTS && a.action() != null && names && !sameSpeaker(a, denial)) {
                return a;
            }
        }
        return null;
    }

    private static boolean sameSpeaker(EventCandidate a, EventCandidate b) {
        return a.attributedTo() != null && a.attributedTo().equalsIgnoreCase(b.attributedTo());
    }

    /**
     * Whether the noun names the act of the verb: the same word ("report", "promise", "offer") or the verb
     * with a noun ending ("meet" → "meeting", "agree" → "agreement", "refuse" → "refusal", "pay" → "payment").
     */
    static boolean nounOf(String verb, String noun) {
        if (verb == null || noun == null || verb.length() < 3) {
            return false;
        }
        if (noun.equals(verb)) {
            return true;
        }
        String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
        for (String ending : List.of("ing", "ment", "al", "ion", "ation")) {
            if (noun.equals(verb + ending) || noun.equals(stem + ending)) {
                return true;
            }
        }
        return false;
    }
}
