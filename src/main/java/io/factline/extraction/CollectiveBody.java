package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An unnamed collective body written as a common noun: "the council", "councillors", "council
 * members", "city lawmakers", "the school board", "trustees", "the committee", "the jury",
 * "police", "prosecutors", "regulators", "the union". Outlets name one body in these different
 * words, so each is reduced to one noun for its kind of body ({@link #noun}): "councillors",
 * "council members" and "city lawmakers" are all the council, "trustees" and "the school board"
 * the board. {@link BodyName} then ties the noun to a place to make a participant of it.
 *
 * <p>A capitalised word inside a sentence is part of a name ("the City Council" is a name the
 * {@link MentionFinder} reads), so only lower-case words count, and a word that opens the sentence
 * or follows a dateline's dash.
 */
final class CollectiveBody {

    static final String COUNCIL = "council";
    static final String LEGISLATURE = "legislature";
    static final String BOARD = "board";

    /** Each body word (singular, lower case) and the noun of the body it stands for. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("council", COUNCIL), Map.entry("councillor", COUNCIL), Map.entry("councilor", COUNCIL),
            Map.entry("councilman", COUNCIL), Map.entry("councilwoman", COUNCIL), Map.entry("councilmember", COUNCIL),
            Map.entry("alderman", COUNCIL), Map.entry("alderwoman", COUNCIL),
            Map.entry("legislature", LEGISLATURE), Map.entry("lawmaker", LEGISLATURE), Map.entry("legislator", LEGISLATURE),
            // Session 15 (s15-parties): a parliament and its members are one body ("Kestland's parliament", "senators").
            Map.entry("parliament", LEGISLATURE), Map.entry("parliamentarian", LEGISLATURE), Map.entry("senate", LEGISLATURE),
            Map.entry("senator", LEGISLATURE), Map.entry("congress", LEGISLATURE), Map.entry("congressman", LEGISLATURE),
            Map.entry("congresswoman", LEGISLATURE),
            Map.entry("board", BOARD), Map.entry("trustee", BOARD),
            Map.entry("committee", "committee"), Map.entry("commission", "commission"),
            Map.entry("jury", "jury"), Map.entry("juror", "jury"), Map.entry("court", "court"),
            Map.entry("police", "police"), Map.entry("prosecutor", "prosecutors"), Map.entry("prosecution", "prosecutors"),
            Map.entry("regulator", "regulator"), Map.entry("watchdog", "regulator"), Map.entry("union", "union"));
    /** "city lawmakers", "town legislators": a local legislature is its council. */
    private static final Set<String> LOCAL = Set.of("city", "town", "municipal", "county", "borough");
    /** Bodies that act on people (arrest, charge, convict): a report naming the person is told by that person. */
    private static final Set<String> ACTING_ON_PEOPLE = Set.of("police", "prosecutors", "court", "jury");

    /**
     * A body written at tokens {@code first..last} (inclusive; "council members" is two words).
     *
     * @param noun the noun of its kind of body ("council" for "city lawmakers")
     */
    record Found(String noun, int first, int last) {

        /** Whether the body acts on people, so a person named in the report tells it without the body. */
        boolean actsOnPeople() {
            return ACTING_ON_PEOPLE.contains(noun);
        }
    }

    private CollectiveBody() {
    }

    /** The first body written in {@code [from, to)}, or null. */
    static Found in(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < tokens.size(); k++) {
            Found found = at(tokens, k);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The body whose word is at {@code k} ("members" after "council" is part of it), or null. */
    static Found at(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        // A capitalised plural opening the sentence may be tagged a verb ("Trustees approved …").
        boolean opening = opening(tokens, k);
        if (!t.noun() && !t.proper() && !(opening && t.capitalized()) || t.capitalized() && !opening
                || t.text().contains("'") || t.text().contains("\u2019")) {
            return null;
        }
        String noun = noun(t.text());
        if (noun == null) {
            return null;
        }
        if (LEGISLATURE.equals(noun) && k > 0 && LOCAL.contains(lower(tokens.get(k - 1).text()))) {
            noun = COUNCIL;
        }
        int last = k;
        if (k + 1 < tokens.size() && tokens.get(k + 1).noun() && noun(tokens.get(k + 1).text()) == null
                && (tokens.get(k + 1).is("members") || tokens.get(k + 1).is("member"))) {
            last = k + 1;
        }
        // "the board of education", "board of directors": the body's own phrase, not the place it belongs to.
        if (k + 2 < tokens.size() && tokens.get(k + 1).is("of")
                && (tokens.get(k + 2).is("education") || tokens.get(k + 2).is("directors")
                || tokens.get(k + 2).is("trustees") || tokens.get(k + 2).is("governors"))) {
            last = k + 2;
        }
        return new Found(noun, k, last);
    }

    /** Whether the word opens the sentence or follows a dash or quotation mark ("HARBOR CITY — Councillors …"). */
    static boolean opening(List<Token> tokens, int k) {
        return k == 0 || tokens.get(k - 1).punctuation() && !tokens.get(k - 1).is(",");
    }

    /** The noun of the body a word names ("Councillors" → council), or null. */
    static String noun(String word) {
        String w = lower(word);
        String found = WORDS.get(w);
        if (found == null && w.endsWith("men")) {
            found = WORDS.get(w.substring(0, w.length() - 3) + "man");
        }
        if (found == null && w.endsWith("ies")) {
            found = WORDS.get(w.substring(0, w.length() - 3) + "y");
        }
        if (found == null && w.endsWith("s")) {
            found = WORDS.get(w.substring(0, w.length() - 1));
        }
        return found;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
