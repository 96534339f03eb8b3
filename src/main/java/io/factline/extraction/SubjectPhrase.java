package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The subject of a verb or event noun, as a token range. For a verb: the noun phrase before it,
 * past auxiliaries, negations, light verbs, scheduling words ("is set to", "plans to") and verbs
 * whose subject is the infinitive's ("agreed to buy"), before
 * "who" in a relative clause, with its place ("dock workers at Westhaven"; "an explosion at a
 * Korvell Chemicals plant in Brennick"), the subject of an earlier verb joined by "and" ({@link CoordinatedVerb}), before a participle that
 * describes it ("a turboprop carrying 62 passengers landed": the turboprop), before a role set between
 * commas ("Irina Moldovan, a spokeswoman for the presidency, said": {@link RoleApposition}), before a
 * relative clause set between commas ("Henrik Dalberg, who brokered the deal, will return": {@link RelativeAside});
 * a bare name set between commas after a noun is the subject itself ("its doctor, Ruben Castell, had given"), before an age
 * between commas ("Korbel, 58, was detained": {@link AgeApposition}). For an event noun: the
 * possessor before it ("his August summit", "Halvorsen's visit").
 */
final class SubjectPhrase {

    private static final Pattern DATE_WORD = Pattern.compile("january|february|march|april|may|june|july|august|september"
            + "|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{4}|last|next|this");

    private static final Set<String> SCHEDULING_ADJECTIVES = Set.of("likely", "unlikely", "set", "due", "expected",
            "poised", "ready", "able", "about", "certain", "sure", "scheduled");

    private final List<Token> tokens;
    private final Attribution attribution;

    SubjectPhrase(List<Token> tokens, Attribution attribution) {
        this.tokens = tokens;
        this.attribution = attribution;
    }

    /** The subject noun phrase of the anchor, as token range {@code [from, to)}; empty when none. */
    int[] of(int anchor, boolean nominal) {
        if (nominal) {
            int k = anchor - 1;
            while (k >= 0 && (tokens.get(k).noun() && !Clauses.eventNoun(tokens.get(k)) || isDateWord(k))) {
                k--;
            }
            while (k >= 0 && (isDateWord(k) || tokens.get(k).pos().equals("NUM"))) {
                k--;
            }
            if (k >= 0 && (tokens.get(k).pos().equals("PRON") || tokens.get(k).is("'s"))) {
                int end = tokens.get(k).is("'s") ? k : k + 1;
                int start = tokens.get(k).is("'s") ? k - 1 : k;
                while (start > 0 && tokens.get(start - 1).capitalized() && !clauses().boundary(start - 1)) {
                    start--;
                }
                return new int[] {start, end};
            }
            return new int[] {anchor, anchor};
        }
        int k = anchor - 1;
        int opening = RoleApposition.openingBefore(tokens, anchor);
        if (opening > 0) {
            k = opening - 1;
        }
        // s10-scenc: a participle opening a phrase between commas after a name tells what was done to the name.
        int participleOf = NameApposition.participleOpening(tokens, anchor);
        if (participleOf >= 0) {
            k = participleOf;
        }
        while (k >= 0) {
            Token t = tokens.get(k);
            // A capitalised "auxiliary" opening the sentence right before the verb is an unknown
            // name the tagger misread ("Minero filed"): auxiliaries do not open statements.
            boolean skip = t.pos().equals("AUX") && !(k == 0 && t.capitalized()) || t.pos().equals("PART") || t.pos().equals("ADV")
                    || t.is("to") || EventStance.NEGATIONS.contains(t.text().toLowerCase(Locale.ROOT))
                    || t.verb() && DateAnchor.LIGHT_VERBS.contains(t.lemma()) || t.is("'ll") || t.is("'s")
                    || controls(k)
                    || t.pos().equals("ADJ") && SCHEDULING_ADJECTIVES.contains(t.text().toLowerCase(Locale.ROOT)) || attribution.covers(k) && !t.capitalized()
                    && !t.pos().equals("PRON");
            if (opensAttribution(k)) {
                break;
            }
            if (!skip && dateBefore(k)) {
                k = dateStart(k);
                continue;
            }
            if (!skip) {
                break;
            }
            k--;
        }
        int aged = AgeApposition.described(tokens, k);
        if (aged >= 0) {
            k = aged;
        }
        int apposed = NameApposition.described(tokens, k);
        if (apposed >= 0) {
            k = apposed;
        }
        int coordinated = k >= 0 ? CoordinatedVerb.earlier(tokens, k) : -1;
        if (coordinated >= 0) {
            return of(coordinated, false);
        }
        // CoordinatedApposition (s11-scenb): "The two ministers, X and Y," and "X and his counterpart, Y,".
        int pair = CoordinatedApposition.namesAfterPlural(tokens, clauses(), k);
        if (pair >= 0) {
            return new int[] {pair, k};
        }
        int named = namedInApposition(k);
        if (named >= 0) {
            int joined = CoordinatedApposition.nameJoinedBefore(tokens, named - 2);
            return new int[] {joined >= 0 ? joined : named, k};
        }
        // RestrictiveRelative (s10-scend): "Two patients who caught X on the unit at Y died" — the patients.
        if (k >= 0 && RestrictiveRelative.described(tokens, k) >= 0) {
            k = RestrictiveRelative.described(tokens, k);
        } else if (k >= 0 && RelativeAside.described(tokens, k) >= 0) {
            k = RelativeAside.described(tokens, k);
        } else if (k >= 0 && Set.of("who", "which", "that").contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k--;
            if (k >= 0 && tokens.get(k).is(",")) {
                k--;
            }
            int renamed = NameApposition.renamed(tokens, k);
            if (renamed >= 0) {
                k = renamed;
            }
        }
        int end = k + 1;
        while (k >= 0 && subjectToken(k)) {
            k--;
        }
        if (reducedRelative(k, end)) {
            end = k;
            k--;
            while (k >= 0 && subjectToken(k)) {
                k--;
            }
        }
        while (k > 0 && k + 1 < end && tokens.get(k).is("of") && tokens.get(k - 1).pos().equals("PROPN")) {
            k--;
            while (k >= 0 && subjectToken(k)) {
                k--;
            }
        }
        while (k > 0 && k + 1 < end && Set.of("at", "in", "from").contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                && commonNoun(k - 1)) {
            k--;
            while (k >= 0 && subjectToken(k) && !tokens.get(k).pos().equals("PRON")) {
                k--;
            }
        }
        return new int[] {k + 1, end};
    }

    /**
     * When the comma at {@code k} closes a bare name set between commas after a noun ("its doctor,
     * Ruben Castell, had given"), the first token of that name, which is the subject: the name only
     * renames the noun before it ({@link Apposition}), and says who it is. Otherwise -1.
     */
    private int namedInApposition(int k) {
        if (k < 0 || !tokens.get(k).is(",")) {
            return -1;
        }
        int noun = Apposition.renamed(tokens, clauses(), k + 1);
        if (noun < 0) {
            return -1;
        }
        for (int j = noun + 2; j < k; j++) {
            if (!tokens.get(j).capitalized() || tokens.get(j).text().endsWith("'s")) {
                return -1;
            }
        }
        return noun + 2 < k ? noun + 2 : -1;
    }

    /**
     * The punctuation that opens a trailing attribution (", the mayor's office said"): what comes
     * before it is what was said, not who said it, so the subject of the reporting verb ends there.
     */
    private boolean opensAttribution(int k) {
        return tokens.get(k).punctuation() && attribution.covers(k) && (k == 0 || !attribution.covers(k - 1));
    }

    /**
     * A present participle right after a noun opens a phrase that only describes it ("A Skyrun
     * turboprop carrying 62 passengers made an emergency landing"): the subject is the noun before
     * the participle, not what the participle's phrase names.
     */
    private boolean reducedRelative(int k, int end) {
        if (k < 1 || k + 1 >= end) {
            return false;
        }
        Token t = tokens.get(k);
        Token before = tokens.get(k - 1);
        return t.verb() && t.text().endsWith("ing") && !t.capitalized() && (before.noun() || before.proper())
                && !attribution.covers(k);
    }

    /**
     * A common noun: not capitalised, unless only because it opens the sentence ("Lawmakers in
     * Osterby passed the budget": the members, with their place); a lower-case word the tagger
     * calls a proper noun ("the Ardent Paints depot") is one too.
     */
    private boolean commonNoun(int k) {
        Token t = tokens.get(k);
        return t.noun() && (!t.capitalized() || k == 0) || t.proper() && !t.capitalized() && Character.isLetter(t.text().charAt(0));
    }

    /**
     * A verb right before the infinitive chain that leads to the anchor ("Harlow agreed to buy",
     * "the union voted to strike"): its subject is the infinitive's, so the search goes on before it.
     */
    private boolean controls(int k) {
        return tokens.get(k).verb() && k + 2 < tokens.size() && tokens.get(k + 1).is("to") && tokens.get(k + 2).verb();
    }

    private boolean subjectToken(int k) {
        Token t = tokens.get(k);
        String pos = t.pos();
        if (attribution.covers(k) && !pos.equals("PRON") && !t.capitalized()) {
            return false;
        }
        return pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("PRON") && !t.is("that")
                && !t.is("who") && !t.is("which") || pos.equals("DET") || pos.equals("NUM")
                || pos.equals("ADJ") || t.is("and") || t.capitalized() && !t.punctuation() || t.is("'s");
    }

    /**
     * A day, month or year between the subject and its verb ("X of the district court on Monday
     * ordered"): {@code k} is its last word.
     */
    private boolean dateBefore(int k) {
        return isDateWord(k) && !Set.of("last", "next", "this").contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                && k > 0 && dateStart(k) < k;
    }

    /** The index before the time phrase ending at {@code k} and its preposition ("on Monday", "in May 2026"). */
    private int dateStart(int k) {
        int j = k;
        while (j >= 0 && (isDateWord(j) || tokens.get(j).pos().equals("NUM") || tokens.get(j).is(","))) {
            j--;
        }
        if (j >= 0 && Set.of("on", "in", "at", "by", "early", "late").contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
            return j - 1;
        }
        return k;
    }

    private boolean isDateWord(int k) {
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return DATE_WORD.matcher(w).matches();
    }

    private Clauses clauses() {
        return new Clauses(tokens);
    }
}
