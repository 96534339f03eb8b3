package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A phrase set between commas right after a name only describes what the name names (s10-scenc),
 * so the sentence's verb after the closing comma is still the name's: a noun phrase opened by an
 * article or a possessive, with or without a relative clause of its own ("Torvik Furnishings, the
 * country's second-biggest furniture retailer, was placed into administration"; "Leonie Carrack, the
 * housing minister who resigned on Tuesday night, received the memo"), or a past participle phrase
 * ("Sami Okonjo, appointed housing minister on Wednesday, told lawmakers"; "Ruiz, detained on
 * Tuesday, was released on Thursday"). An age between commas is {@link AgeApposition}, a relative
 * clause right after the comma {@link RelativeAside}. What the phrase tells is also the name's:
 * the participle's act was done to the name ({@link #participleOpening}), the relative clause's
 * antecedent is the name ({@link #renamed}), and the noun phrase's head describes the name, so a
 * later "the retailer" stands for it ({@link DescribedName}).
 */
final class NameApposition {

    /** Longest phrase read between the commas, in tokens. */
    private static final int MAX_TOKENS = 16;
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "ADP", "PART");

    private NameApposition() {
    }

    /**
     * When {@code closing} is the comma that ends such a phrase, the index of the name's last word
     * (the token before the opening comma); otherwise -1.
     */
    static int described(List<Token> tokens, int closing) {
        if (closing < 3 || closing + 1 >= tokens.size() || !tokens.get(closing).is(",")) {
            return -1;
        }
        int opening = openingComma(tokens, closing);
        if (opening < 1 || !named(tokens, opening - 1)) {
            return -1;
        }
        return nounPhrase(tokens, opening + 1, closing) >= 0 || participlePhrase(tokens, opening + 1, closing)
                ? opening - 1 : -1;
    }

    /**
     * When the participle at {@code verb} opens a phrase set between commas after a name ("Okonjo,
     * appointed housing minister on Wednesday, told"), the index of the name's last word: the act was
     * done to the named one, who is the participle's subject. Otherwise -1.
     */
    static int participleOpening(List<Token> tokens, int verb) {
        if (verb < 2 || !tokens.get(verb - 1).is(",") || !named(tokens, verb - 2) || !participle(tokens.get(verb))) {
            return -1;
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + MAX_TOKENS; k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                return participlePhrase(tokens, verb, k) ? verb - 2 : -1;
            }
            if (t.is("\"") || t.is(";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * When the noun at {@code head} is the head of such a noun phrase after a name ("Leonie Carrack,
     * the housing minister who resigned": the antecedent of "who"), the index of the name's last
     * word; otherwise -1.
     */
    static int renamed(List<Token> tokens, int head) {
        if (head < 0 || head >= tokens.size() || !tokens.get(head).noun()) {
            return -1;
        }
        for (int k = head - 1; k >= 1 && k >= head - MAX_TOKENS; k--) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                return named(tokens, k - 1) && determined(tokens, k + 1) ? k - 1 : -1;
            }
            if (!NOUN_PHRASE_TAGS.contains(t.pos()) && !t.is("'s")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The head noun of the noun phrase between the commas of an apposition that {@code closing}
     * ends ("the country's second-biggest furniture retailer" → retailer; "the housing minister
     * who resigned" → minister), or -1 when there is none.
     */
    static int head(List<Token> tokens, int closing) {
        int opening = openingComma(tokens, closing);
        return opening >= 1 && named(tokens, opening - 1) ? nounPhrase(tokens, opening + 1, closing) : -1;
    }

    /** The comma that opens the phrase ending at {@code closing}, or -1 (a quote or a semicolon on the way). */
    private static int openingComma(List<Token> tokens, int closing) {
        for (int k = closing - 1; k >= 1 && k >= closing - MAX_TOKENS; k--) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                return k + 1 < closing ? k : -1;
            }
            if (t.is("\"") || t.is(";") || t.is("(") || t.is(")")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * An article or possessive, then only words of a noun phrase up to its head noun, then nothing or a
     * relative clause: the head's index, or -1.
     */
    private static int nounPhrase(List<Token> tokens, int from, int to) {
        if (!determined(tokens, from)) {
            return -1;
        }
        int head = -1;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (RELATIVES.contains(t.text().toLowerCase(Locale.ROOT)) && head >= 0) {
                return hasVerb(tokens, k + 1, to) ? last(tokens, k, head) : -1;
            }
            if (head >= 0 && participle(t) && !t.capitalized()) {
                // ReducedRelative (s14-domains): "Brandvold, the founder ousted as chief executive at the
                // weekend, denied": a participle after the head, with no verb of its own after it, tells of the head
                return participlePhrase(tokens, k, to) ? last(tokens, k, head) : -1;
            }
            if (t.pos().equals("ADP") && head >= 0) {
                // what the head is of ("the chair of the commission"): the head stays
                return onlyNounPhrase(tokens, k + 1, to) ? last(tokens, k, head) : -1;
            }
            if (!NOUN_PHRASE_TAGS.contains(t.pos()) && !t.is("'s") && !t.is("-")) {
                return -1;
            }
            if (t.noun()) {
                head = k;
            }
        }
        return head < 0 ? -1 : last(tokens, to, head);
    }

    /**
     * The noun phrase's last word before {@code end} when the tagger called it an adjective after a
     * noun ("the furniture retailer": "retailer" tagged ADJ): a noun phrase ends in its head.
     */
    private static int last(List<Token> tokens, int end, int head) {
        Token t = tokens.get(end - 1);
        return end - 1 > head && t.pos().equals("ADJ") && !t.capitalized() ? end - 1 : head;
    }

    private static boolean onlyNounPhrase(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!NOUN_PHRASE_TAGS.contains(t.pos()) && !t.is("'s") && !t.is("-") && !t.is("and")) {
                return false;
            }
        }
        return from < to;
    }

    /** A past participle, then no finite verb of its own up to the closing comma. */
    private static boolean participlePhrase(List<Token> tokens, int from, int to) {
        if (from >= to || !participle(tokens.get(from)) || Attribution.reporting(tokens.get(from))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).pos().equals("AUX") || tokens.get(k).is("\"")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A past participle: a verb not in its base form, not an "-ing" or third-person "-s" form. The
     * tagger's universal tags do not tell a participle from a simple past; a verb right after a
     * name's comma with no subject of its own is read as one.
     */
    private static boolean participle(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.verb() && !t.capitalized() && !w.equals(t.lemma()) && !w.endsWith("ing") && !w.endsWith("s");
    }

    private static boolean determined(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        boolean article = t.pos().equals("DET") && Set.of("the", "a", "an").contains(t.text().toLowerCase(Locale.ROOT));
        boolean possessive = t.text().endsWith("'s") || k + 1 < tokens.size() && tokens.get(k + 1).is("'s")
                || t.pos().equals("PRON") && Set.of("its", "his", "her", "their").contains(t.text().toLowerCase(Locale.ROOT));
        return article || possessive;
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).verb() || tokens.get(k).pos().equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** A name's last word: a capitalised proper noun (or a capitalised word the tagger called a noun). */
    private static boolean named(List<Token> tokens, int k) {
        if (k < 0) {
            return false;
        }
        Token t = tokens.get(k);
        return t.capitalized() && (t.proper() || t.noun()) && !(k == 0 && t.noun());
    }
}
