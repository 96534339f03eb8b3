package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An offer for a company or an asset is told in many words: "made an offer of 410 pence a share"
 * ({@link MessageAct#lodged}), "offered 410 pence a share", "bid 2 billion for the port", "approached
 * the board with a takeover proposal". All are the offer handed over — action "send", object
 * {@value #OFFER}, kind {@link EventKinds#TRANSFER}, as {@link MessageAct} reads "made an offer" — so
 * outlets' reports meet, and one a day off is a DATE conflict. "Offered condolences", "offered to
 * resign", "approached the podium" keep their verbs: an offered thing must be a sum (a currency, a
 * price "a share") and an approach must come "with" an offer.
 */
final class OfferMade {

    static final String OFFER = "offer";

    /** Nouns of the offer an approach comes with. */
    private static final Set<String> OFFERS = Set.of("offer", "bid", "proposal", "approach", "counteroffer");
    /** Sums offered. */
    private static final Set<String> SUMS = Set.of("pence", "penny", "pound", "dollar", "euro", "cent", "crown",
            "franc", "yen", "billion", "million", "price", "cash", "premium");
    private static final int REACH = 10;

    private OfferMade() {
    }

    /** Whether the verb at {@code verb}, with this object lemma, makes an offer. */
    static boolean made(List<Token> tokens, int verb, String object) {
        if (verb < 0 || verb >= tokens.size() || !tokens.get(verb).verb()) {
            return false;
        }
        String lemma = tokens.get(verb).lemma();
        if (lemma.equals("bid")) {
            return true;
        }
        if (lemma.equals(OFFER)) {
            return object != null && SUMS.contains(object) || pricePerShare(tokens, verb);
        }
        return lemma.equals("approach") && withOffer(tokens, verb);
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
