package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An offer for a company or an asset is told in many words: "made an offer of 410 pence a share"
 * ({@link MessageAct#lodged}), "offered 410 pence a share", "bid 2 billion for the port", "approached
 * the board with a takeover proposal", "an initial offer of 410 pence made on April 9". All are the
 * offer handed over — action "send", as {@link MessageAct} reads "made an offer", object {@value #OFFER},
 * and a kind of its own ({@value #KIND}) — so outlets' reports meet, one a day off is a DATE conflict,
 * and the other side's "has not received any offer" still denies it. "Offered condolences", "offered to
 * resign", "approached the podium", "bid farewell" keep their verbs: an offered thing must be a sum (a
 * currency, a price "a share"), a bid must be a sum or be "for" something, and an approach must come
 * "with" an offer.
 */
final class OfferMade {

    static final String OFFER = "offer";
    /**
     * The kind of an offer: one of its own, which an unnamed report ("the buyout firm offered 410 pence a
     * share last Thursday") may still tell ({@link EventKinds#telling}), as a warning handed over may not.
     */
    static final String KIND = "offer";

    /** Nouns of the offer an approach comes with. */
    private static final Set<String> OFFERS = Set.of("offer", "bid", "proposal", "approach", "counteroffer");
    /** Sums offered. */
    private static final Set<String> SUMS = Set.of("pence", "penny", "pound", "dollar", "euro", "cent", "crown",
            "franc", "yen", "billion", "million", "price", "cash", "premium");
    private static final int REACH = 10;

    private OfferMade() {
    }

    /** Offers as the messages {@link MessageAct#lodged} hands over ("made an offer", "tabled a bid"). */
    private static final Set<String> OFFER_NOUNS = Set.of("offer", "bid", "counteroffer");
    /** Verbs whose participle after an offer noun tells it made ("an offer of 410 pence made on April 9"). */
    private static final Set<String> MAKING = Set.of("make", "submit", "table", "lodge", "put");

    /**
     * Whether an act already read as a message lodged ({@link MessageAct#lodged}: action "send") is an
     * offer: its object is an offer or a bid, not a warning or a complaint.
     */
    static boolean lodgedOffer(String action, String object) {
        return "send".equals(action) && object != null && OFFER_NOUNS.contains(object);
    }

    /**
     * Whether the participle at {@code verb} follows the offer it tells made, with no verb between:
     * "an initial offer of 410 pence made on April 9", "the bid submitted on Monday".
     */
    static boolean madeParticiple(List<Token> tokens, int verb) {
        if (verb < 1 || verb >= tokens.size() || !tokens.get(verb).verb() || !MAKING.contains(tokens.get(verb).lemma())
                || tokens.get(verb).text().toLowerCase(Locale.ROOT).equals(tokens.get(verb).lemma()) && !tokens.get(verb).is("put")) {
            return false;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - 5; k--) {
            Token t = tokens.get(k);
            if (t.noun() && OFFER_NOUNS.contains(t.lemma())) {
                return true;
            }
            if (t.verb() || t.pos().equals("AUX") || t.punctuation()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb at {@code verb}, with this object lemma, makes an offer. */
    static boolean made(List<Token> tokens, int verb, String object) {
        if (verb < 0 || verb >= tokens.size() || !tokens.get(verb).verb()) {
            return false;
        }
        String lemma = tokens.get(verb).lemma();
        if (lemma.equals("bid")) {
            return object != null && SUMS.contains(object) || forFollows(tokens, verb);
        }
        if (lemma.equals(OFFER)) {
            return object != null && SUMS.contains(object) || pricePerShare(tokens, verb);
        }
        return lemma.equals("approach") && withOffer(tokens, verb);
    }

    /** "for" within the few words after the verb, before another verb: "bid 2 billion for the port" ("bid farewell" is none). */
    private static boolean forFollows(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size() && k <= verb + 5; k++) {
            if (tokens.get(k).is("for")) {
                return true;
            }
            if (tokens.get(k).verb() || tokens.get(k).punctuation()) {
                return false;
            }
        }
        return false;
    }

    /** "… a share" or "per share" within the clause after the verb. */
    private static boolean pricePerShare(List<Token> tokens, int verb) {
        for (int k = verb + 1; k + 1 < tokens.size() && k <= verb + REACH; k++) {
            if ((tokens.get(k).is("a") || tokens.get(k).is("per")) && tokens.get(k + 1).lemma().equals("share")) {
                return true;
            }
            if (tokens.get(k).verb() || tokens.get(k).is(";")) {
                return false;
            }
        }
        return false;
    }

    /** "with" then an offer noun, before any other verb: "approached X on Monday with an offer of …". */
    private static boolean withOffer(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size() && k <= verb + REACH; k++) {
            Token t = tokens.get(k);
            if (t.is("with")) {
                for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
                    if (OFFERS.contains(tokens.get(j).lemma().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                    if (!(tokens.get(j).pos().equals("DET") || tokens.get(j).pos().equals("ADJ") || tokens.get(j).noun())) {
                        break;
                    }
                }
                return false;
            }
            if (t.verb() || t.is(";")) {
                return false;
            }
        }
        return false;
    }
}
