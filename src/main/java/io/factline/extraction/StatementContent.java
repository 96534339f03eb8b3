package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a statement says, as opposed to who says it. Its action is the first verb of what was
 * said outside the attribution ("confirmed that X will meet Y" → meet), looked for after the
 * reporting verb and, when the attribution comes last ("X has not received Y, Z said"), before it.
 * A participle between an article and its noun ("the rising river") describes the noun: no action.
 * Said before the reporting verb and not quoted, it is indirect speech, titled by its source.
 */
final class StatementContent {

    private static final Set<String> COORDINATORS = Set.of("but", "and", "yet");

    private final List<Token> tokens;
    private final Attribution attribution;

    StatementContent(List<Token> tokens, Attribution attribution) {
        this.tokens = tokens;
        this.attribution = attribution;
    }

    /**
     * For a statement: the first verb of what was said, after the attribution; -1 when none. A verb
     * that a conjunction joins to the reporting verb's subject ("confirmed the call but gave no
     * details", "confirmed the meeting and offered no comment") is the speaker's next act, not
     * what was said: the search stops there.
     */
    int contentVerb(int anchor) {
        // QuotedStatement (s10-scend): what an opening quotation says comes first ("'…,' X said, '…'").
        int[] quote = OpeningQuotation.opening(tokens, anchor);
        for (int k = quote == null ? tokens.size() : quote[0]; quote != null && k < quote[1]; k++) {
            if (saidVerb(k)) {
                int after = relativeOrSaying(k) ? nextVerb(k + 1) : -1;
                return after >= 0 ? after : k;
            }
        }
        for (int k = anchor + 1; k < tokens.size(); k++) {
            // s10-scend: a semicolon ends what was said ("X denies the deaths; director placed on leave").
            if (secondPredicate(k) || tokens.get(k).is(";") || circumstance(anchor, k)) {
                break;
            }
            int aside = participleAside(k);
            if (aside != k) {
                if (aside < 0) {
                    break;
                }
                k = aside;
                continue;
            }
            if (saidVerb(k)) {
                int after = relativeOrSaying(k) ? nextVerb(k + 1) : -1;
                return after >= 0 ? after : k;
            }
        }
        // Session 13 (lead): a relative clause's verb before the attribution ("met X on Thursday for talks that ran
        // for four hours, Y said") describes its noun; what was said is the verb before it.
        int relative = -1;
        for (int k = anchor - 1; k >= 0; k--) {
            if (saidVerb(k)) {
                if (!relative(k)) {
                    return k;
                }
                relative = relative < 0 ? k : relative;
            }
        }
        return relative;
    }

    /**
     * A verb that opens a relative clause after a noun ("the hackers who raided the systems also
     * made off with …") only describes the noun, and a participle of saying after a comma ("denied
     * the claim, saying no data had been taken") only introduces what was said: in both, what was
     * said is the verb after it (s9-scena).
     */
    private boolean relativeOrSaying(int k) {
        if (k < 2) {
            return false;
        }
        Token before = tokens.get(k - 1);
        boolean saying = before.is(",") && tokens.get(k).text().endsWith("ing") && Attribution.reporting(tokens.get(k));
        return relative(k) || saying;
    }

    /** Whether the verb at {@code k} opens a relative clause right after a noun ("the talks that ran …"). */
    private boolean relative(int k) {
        return k >= 2 && Set.of("who", "which", "that").contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))
                && (tokens.get(k - 2).noun() || tokens.get(k - 2).proper());
    }

    /**
     * A participle after a comma that is no verb of saying ("said on Tuesday, contradicting the company's
     * assurances", "said, responding to questions, that …") tells what the speaker did in saying it, not what was
     * said (session 13, lead). Returns the comma that closes it, -1 when it runs to the sentence's end, or {@code k}
     * when the word at {@code k} opens no such aside.
     */
    private int participleAside(int k) {
        Token t = tokens.get(k);
        if (k == 0 || !tokens.get(k - 1).is(",") || !t.verb() || !t.text().endsWith("ing") || Attribution.reporting(t)
                || attribution.covers(k)) {
            return k;
        }
        for (int j = k + 1; j < tokens.size(); j++) {
            if (tokens.get(j).is(",")) {
                return j;
            }
        }
        return -1;
    }

    /** The next verb of what was said from {@code from} on, within the sentence; -1 when none. */
    private int nextVerb(int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).is(";") || secondPredicate(k)) {
                return -1;
            }
            if (saidVerb(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A clause of time or cause after a reporting verb with an object of its own ("confirmed the outbreak
     * on Tuesday, after laboratory tests found the bacterium") tells when or why, not what was said
     * (s10-scend).
     */
    private boolean circumstance(int anchor, int k) {
        Token t = tokens.get(k);
        if (!t.pos().equals("SCONJ") || t.is("that") || t.is("whether") || t.is("if")) {
            return false;
        }
        for (int j = anchor + 1; j < k; j++) {
            if (tokens.get(j).noun() && !attribution.covers(j)) {
                return true;
            }
        }
        return false;
    }

    private boolean secondPredicate(int k) {
        return COORDINATORS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                && k + 1 < tokens.size() && tokens.get(k + 1).verb() && !tokens.get(k + 1).capitalized();
    }

    /** Whether the word at {@code k} may be the verb of what was said: a verb outside the attribution that tells an act. */
    private boolean saidVerb(int k) {
        return !attribution.covers(k) && tokens.get(k).verb() && !tokens.get(k).capitalized() && eventful(k)
                && !DateAnchor.attributive(tokens, k);
    }

    /** Whether the verb at {@code k} tells an act: not a light verb, unless it has a happening as object ("will have a medical"). */
    private boolean eventful(int k) {
        return !DateAnchor.LIGHT_VERBS.contains(tokens.get(k).lemma()) || UndergoneHappening.action(tokens, k) != null;
    }

    /** A statement dated by a reporting verb after what was said, in indirect speech ("X has not received Y, Z said on Tuesday"). */
    boolean reported(int anchor, int contentVerb, boolean statement) {
        if (!statement || contentVerb < 0 || contentVerb > anchor) {
            return false;
        }
        for (int k = 0; k < anchor; k++) {
            if (tokens.get(k).is("\"")) {
                return false;
            }
        }
        return true;
    }
}
