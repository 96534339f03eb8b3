package io.factline.extraction;

import java.util.List;
import java.util.Set;

/**
 * Two people joined by "and" where a name is set between commas. The subject of the verb after the
 * closing comma holds every one of them:
 * <ul>
 * <li>names after a plural noun ("The two finance ministers, Kai Lund and Bea Ortiz, signed …"):
 * the names say who the noun's people are, so the subject is the names (it used to be empty);</li>
 * <li>a name, "and", a noun phrase renamed by a name ("Kai Lund and his Suvian counterpart, Bea
 * Ortiz, met …"): the subject is both names (it used to be the second only).</li>
 * </ul>
 * Both are how wire copy introduces the two sides of talks or of a signing, so another outlet that
 * names the two people plainly meets the report.
 */
final class CoordinatedApposition {

    private static final Set<String> DETERMINERS = Set.of("his", "her", "their", "its", "the", "a", "an");

    private CoordinatedApposition() {
    }

    /**
     * When the comma at {@code closing} ends names joined by "and" set between commas after a plural
     * noun, the first token of those names; otherwise -1.
     */
    static int namesAfterPlural(List<Token> tokens, Clauses clauses, int closing) {
        if (closing < 0 || !tokens.get(closing).is(",")) {
            return -1;
        }
        int noun = Apposition.renamed(tokens, clauses, closing + 1);
        if (noun < 0 || !plural(tokens.get(noun))) {
            return -1;
        }
        boolean joined = false;
        for (int j = noun + 2; j < closing; j++) {
            Token t = tokens.get(j);
            if (t.is("and")) {
                joined = true;
            } else if (!t.capitalized() || t.text().endsWith("'s")) {
                return -1;
            }
        }
        return joined && !tokens.get(noun + 2).is("and") && !tokens.get(closing - 1).is("and") ? noun + 2 : -1;
    }

    /**
     * When the noun phrase that ends at {@code noun} (renamed by the name set between commas after
     * it) follows "and" and a name ("Kai Lund and his Suvian counterpart"), the first token of that
     * name; otherwise -1.
     */
    static int nameJoinedBefore(List<Token> tokens, int noun) {
        int k = noun;
        while (k >= 0 && npToken(tokens.get(k))) {
            k--;
        }
        if (k < 1 || k == noun || !tokens.get(k).is("and") || !name(tokens.get(k - 1))) {
            return -1;
        }
        int start = k - 1;
        while (start > 0 && name(tokens.get(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * When a noun phrase renamed by a name starts at {@code k} right after "and" ("… and his Suvian
     * counterpart, Bea Ortiz"), the index of the comma that opens the name; otherwise -1. The title
     * names the person, not the phrase ("Lund and Ortiz meet", not "Lund and Lund counterpart Ortiz").
     */
    static int renamedPhraseEnd(List<Token> tokens, int k) {
        if (k < 1 || !tokens.get(k - 1).is("and") || !DETERMINERS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        int j = k;
        while (j < tokens.size() && npToken(tokens.get(j))) {
            j++;
        }
        return j > k + 1 && j + 1 < tokens.size() && tokens.get(j).is(",") && name(tokens.get(j + 1)) ? j : -1;
    }

    private static boolean npToken(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        // A capitalised word is a modifier whatever its tag: an unknown demonym may be tagged an adverb.
        return !t.is("and") && (t.noun() || t.pos().equals("ADJ") || DETERMINERS.contains(w)
                || (t.proper() || t.capitalized() && Character.isLetter(t.text().charAt(0))) && !t.text().endsWith("'s"));
    }

    private static boolean name(Token t) {
        return t.capitalized() && (t.proper() || t.noun()) && !t.text().endsWith("'s");
    }

    private static boolean plural(Token t) {
        return t.noun() && !t.capitalized() && t.text().endsWith("s") && !t.text().equals(t.lemma());
    }
}
