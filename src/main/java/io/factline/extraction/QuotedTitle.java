package io.factline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A short quotation whose words are all capitalised ("Harbour at Dusk", "Operation Red Sky", "Made in Winter") is the
 * name of a work, an operation or a programme, not speech: "Police recovered "Harbour at Dusk" on Sunday" is an act of
 * the police, and "Thieves stole the painting "Harbour at Dusk" on Sunday, police said" is indirect speech. Quote marks
 * read as speech made the first sentence yield no event and the second a bare statement (session 14, lead).
 * {@link Nlp} gives the quote marks of such a name as guillemets (offsets stay the text's) and its capitalised words as
 * proper nouns: no rule reads them as speech, and {@link MentionFinder} takes what they enclose as one name.
 * Hand-written: OpenNLP's models have no notion of titles of works.
 */
final class QuotedTitle {

    private static final int MAX_WORDS = 6;
    private static final Set<String> LINKS = Set.of("a", "an", "the", "of", "at", "in", "on", "and", "for", "to", "with",
            "from", "by", "or", "is");

    private QuotedTitle() {
    }

    static final String OPEN = "\u00AB";
    static final String CLOSE = "\u00BB";

    /** The quote marks around names in the sentence, as pairs of character offsets {opening, closing}; empty when none. */
    static List<int[]> spans(String sentence) {
        if (sentence.indexOf('"') < 0 && sentence.indexOf('\u201C') < 0) {
            return List.of();
        }
        List<int[]> names = new ArrayList<>();
        for (int open = nextOpening(sentence, 0); open >= 0; ) {
            int close = closing(sentence, open);
            if (close < 0) {
                break;
            }
            if (name(sentence.substring(open + 1, close))) {
                names.add(new int[] {open, close});
            }
            open = nextOpening(sentence, close + 1);
        }
        return names;
    }

    private static int nextOpening(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '"' || s.charAt(i) == '\u201C') {
                return i;
            }
        }
        return -1;
    }

    private static int closing(String s, int open) {
        char close = s.charAt(open) == '"' ? '"' : '\u201D';
        return s.indexOf(close, open + 1);
    }

    /** Whether the quoted text is a name: one to six words, each capitalised or a linking word after the first, no punctuation. */
    static boolean name(String quoted) {
        String[] words = quoted.strip().split("\\s+");
        if (quoted.isBlank() || !quoted.equals(quoted.strip()) || words.length > MAX_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019')) {
                return false;
            }
            boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (!capital && (i == 0 || !LINKS.contains(w.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }
}
