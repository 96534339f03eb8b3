package io.factline.extraction;

import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * A clock time is written with "a.m." or "p.m." ("took effect at 6 a.m. on Thursday", "derailed
 * shortly before 11 p.m. on Tuesday, police said"), and the sentence detector ends a sentence at the
 * abbreviation's last full stop: "… at 6 a.m." is then dated the publication day and "on Thursday, X
 * said" is a sentence without its verb. A sentence that ends in "a.m." or "p.m." and is followed by
 * one that opens with a lower-case letter is one sentence; before a capital ("… at 9 p.m. The
 * police arrived …") the sentence still ends there. The abbreviation itself is a noun ({@link #clockWord}).
 */
final class ClockAbbreviation {

    private ClockAbbreviation() {
    }

    /** The sentence spans of {@code line}, with those cut after "a.m."/"p.m." before a lower-case word joined. */
    static Span[] join(String line, Span[] spans) {
        return SentenceJoin.join(line, spans, (before, next) -> Character.isLowerCase(next) && endsInClock(before));
    }

    /**
     * Whether the word is "a.m." or "p.m." (with or without the last full stop), which the tagger may
     * call a verb: "shortly before 11 p.m. on Tuesday" then dated "p.m." instead of the verb before it.
     */
    static boolean clockWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("a.m.") || w.equals("p.m.") || w.equals("a.m") || w.equals("p.m");
    }

    private static boolean endsInClock(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return s.endsWith(" a.m.") || s.endsWith(" p.m.") || s.matches("(?s).*\\d(?:a|p)\\.m\\.$");
    }
}
