package io.factline.extraction;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verbs that tell a message handed to someone: "the operator warned the town hall last week" is
 * the warning it sent, which another outlet reports as "sent a written warning to the town hall"
 * and the town hall denies as "has not received any warning". Told with an addressee and no
 * content clause, such a verb is a handing-over ({@link EventKinds#TRANSFER}, action "send") of
 * that message, so that both reports meet on one event and the denial finds it. With what was
 * said ("warned that the dam could fail") it stays a statement. So is a message made, issued or
 * lodged ("made a formal offer", "issued a warning"): {@link #lodged}.
 */
final class MessageAct {

    private static final Map<String, String> MESSAGE = Map.of("warn", "warning", "alert", "alert",
            "notify", "notice", "caution", "warning");

    /** Verbs that hand over the message named by their object: "made an offer", "issued a warning", "lodged a complaint". */
    private static final Set<String> LODGING = Set.of("make", "lodge", "file", "issue", "table", "put", "tender");
    /** Messages one side hands another, which the other side may deny having received. */
    private static final Set<String> MESSAGES = Set.of("offer", "bid", "proposal", "complaint", "request", "warning",
            "demand", "ultimatum", "notice", "counteroffer", "alert");

    /** Verbs that ask something of someone: the asking reaches them as a demand. */
    private static final Set<String> ASKING = Set.of("demand", "request");
    /** The message an asking verb hands over. */
    static final String DEMAND = "demand";

    private MessageAct() {
    }

    /**
     * Whether the verb lemma with this object lemma hands the object over ("made a formal offer",
     * "issued a warning"): the same act as "sent an offer", which the other side denies as "has not
     * received any offer".
     */
    static boolean lodged(String verb, String object) {
        return verb != null && object != null && LODGING.contains(verb) && MESSAGES.contains(object);
    }

    /**
     * Whether the verb lemma asks its object of someone ("demanded a payment from the council",
     * "requested the files"): a demand handed over, told from the side that made it, which the
     * other side denies as "has not received any payment demand": the message is the demand
     * ({@link #DEMAND}), whatever was asked.
     */
    static boolean asked(String verb, String object) {
        return verb != null && object != null && ASKING.contains(verb) && !MESSAGES.contains(object);
    }

    /**
     * The message the verb at {@code verb} hands over ("warned the town hall" → "warning"), when it
     * is such a verb followed by its addressee (an article, a name — capitalised, whatever its tag —, a noun or a pronoun); null otherwise.
     */
    static String handedOver(List<Token> tokens, int verb) {
        String message = MESSAGE.get(tokens.get(verb).lemma());
        if (message == null || !tokens.get(verb).verb() || verb + 1 >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(verb + 1);
        boolean addressee = next.noun() || next.proper() || next.capitalized() || next.pos().equals("DET")
                || next.pos().equals("PRON");
        return addressee && !next.is("that") ? message : null;
    }
}
