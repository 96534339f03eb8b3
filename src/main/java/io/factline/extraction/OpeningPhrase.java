package io.factline.extraction;

import java.util.List;

/**
 * A phrase that opens a sentence and ends at a comma without being a clause of its own: one that
 * begins with a preposition, an adverb or a subordinating word ("On Wednesday,", "Earlier,",
 * "Before he left,") or with a participle ("Speaking to Radio Nord,", "Asked about the plan,").
 * The speaker after such a comma leads the sentence: in "Speaking to Radio Nord, Achterberg said her
 * inspectors had checked the plant on May 14" what follows "said" is the news, not the words before
 * the comma, so the attribution is "Achterberg said" and the date belongs to "checked". A main
 * clause before the comma ("The envoys will arrive on Friday, Peskov said"), or a headline's noun
 * phrase ("Pension vote on Thursday, Speaker's office says"), is the news told first.
 */
final class OpeningPhrase {

    private OpeningPhrase() {
    }

    /** Whether the tokens before {@code comma} are one opening phrase of the sentence (no comma inside). */
    static boolean endsAt(List<Token> tokens, int comma) {
        if (comma < 1 || !tokens.get(comma).is(",")) {
            return false;
        }
        for (int k = 0; k < comma; k++) {
            if (tokens.get(k).is(",") || tokens.get(k).is("\"") || tokens.get(k).is(";")) {
                return false;
            }
        }
        Token first = tokens.get(0);
        String pos = first.pos();
        return pos.equals("ADP") || pos.equals("SCONJ") || pos.equals("ADV") || first.verb() && participle(first);
    }

    /** "Speaking", "Asked": a verb form that opens a phrase without a subject. */
    private static boolean participle(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return w.endsWith("ing") || w.endsWith("ed");
    }
}
