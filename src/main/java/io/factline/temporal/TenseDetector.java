package io.factline.temporal;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the tense that governs a temporal expression.
 * <p>
 * The OpenNLP English model tags Universal Dependencies parts of speech (VERB, AUX), which carry no tense, so the
 * tense of a verb comes from its form: a past marker is a verb ending in "-ed" (not after "is", "be" or "to") or one
 * of the irregular past forms, or "has"/"have" before a verb (the perfect reports the past); a future marker is the
 * modal "will"/"shall" (also "'ll", "won't", "would", "might", "may" but not before "have"), or a scheduling phrase
 * such as "due to", "plans to", "going to", "scheduled".
 * The marker in the same clause as the expression wins, the nearest one if there are several; failing that the
 * nearest in the sentence. A present-tense verb counts only in the expression's own clause and only when no past
 * or future marker occurs in the sentence.
 */
final class TenseDetector {

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "wo", "shall", "ll", "won't", "gonna",
            "would", "might", "may");
    /** Words that put an event ahead even without "to": "has scheduled a news conference Thursday". */
    private static final Set<String> SCHEDULED = Set.of("scheduled", "slated", "planned", "upcoming");
    private static final Set<String> SCHEDULING = Set.of("scheduled", "due", "expected", "set", "plans", "plan",
            "planning", "intends", "aims", "going", "poised", "slated");
    private static final Set<String> PERFECT = Set.of("has", "have", "'ve");
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "'s", "'re", "'m", "does", "do", "says");
    private static final Set<String> PASSIVE_OR_INFINITIVE = Set.of("is", "are", "am", "be", "been", "being", "to",
            "will", "'s", "'re", "would", "could", "should", "may", "might", "must", "can");
    /** Words after which a bare verb is an infinitive, not a present tense. */
    private static final Set<String> NON_FINITE_BEFORE = Set.of("to", "will", "would", "could", "should", "may",
            "might", "must", "can", "shall", "did", "does", "do", "didn't", "not", "n't", "'ll", "wo", "ca", "let");
    /** Clause boundaries: a marker beyond one of these governs a different clause. */
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "and", "but", "while", "whereas", "--", "(",
            ")", "\"", "``", "''", "“", "”", "because", "although", "though", "which", "who", "after", "before",
            "when", "until", "since");
    static final Set<String> IRREGULAR_PAST = Set.of(
            "said", "told", "met", "was", "were", "had", "did", "went", "came", "made", "took", "gave", "saw", "got",
            "became", "left", "held", "began", "found", "thought", "knew", "brought", "fell", "rose", "led", "won",
            "lost", "sent", "spent", "paid", "sold", "bought", "built", "struck", "broke", "chose", "drove", "ate",
            "flew", "forgot", "hid", "kept", "laid", "meant", "ran", "rang", "sat", "shot", "spoke", "stood", "stole",
            "swore", "taught", "tore", "threw", "understood", "woke", "wore", "wrote", "fought", "felt", "heard",
            "sought", "caught", "withdrew", "overtook", "undertook", "upheld", "arose", "bore", "bled", "dealt", "dug",
            "drew", "fed", "fled", "forbade", "foresaw", "forgave", "froze", "grew", "hung", "lent", "lit", "slid",
            "sank", "sang", "slept", "sped", "spun", "sprang", "stuck", "swept", "swam", "swung", "wept", "overcame",
            "oversaw", "mistook", "rebuilt", "shook", "slew", "strode", "underwent", "withheld", "forecast", "quit",
            "wound", "beat", "let", "put", "cut", "set", "hit", "cast", "hurt", "shut", "spread");
    private static final Set<String> AMBIGUOUS_PAST = Set.of("let", "put", "cut", "set", "hit", "cast", "hurt", "shut",
            "spread", "beat", "quit", "forecast");

    private TenseDetector() {
    }

    static Tense tenseNear(String[] tokens, String[] tags, int first, int last) {
        Tense[] markers = new Tense[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            markers[i] = marker(tokens, tags, i);
        }
        Tense inClause = nearest(tokens, markers, first, last, true, false);
        if (inClause != Tense.UNKNOWN) {
            return inClause;
        }
        Tense inSentence = nearest(tokens, markers, first, last, false, false);
        if (inSentence != Tense.UNKNOWN) {
            return inSentence;
        }
        return nearest(tokens, markers, first, last, true, true);
    }

    private static Tense nearest(String[] tokens, Tense[] markers, int first, int last, boolean clauseOnly,
            boolean present) {
        int left = first - 1;
        int right = last + 1;
        boolean leftOpen = true;
        boolean rightOpen = true;
        while ((leftOpen && left >= 0) || (rightOpen && right < tokens.length)) {
            if (leftOpen && left >= 0) {
                if (clauseOnly && BOUNDARIES.contains(tokens[left].toLowerCase(Locale.ROOT))) {
                    leftOpen = false;
                } else if (counts(markers[left], present)) {
                    return markers[left];
                }
                left--;
            }
            if (rightOpen && right < tokens.length) {
                if (clauseOnly && BOUNDARIES.contains(tokens[right].toLowerCase(Locale.ROOT))) {
                    rightOpen = false;
                } else if (counts(markers[right], present)) {
                    return markers[right];
                }
                right++;
            }
        }
        return Tense.UNKNOWN;
    }

    private static boolean counts(Tense marker, boolean present) {
        return present ? marker == Tense.PRESENT : marker == Tense.PAST || marker == Tense.FUTURE;
    }

    private static Tense marker(String[] tokens, String[] tags, int i) {
        String word = tokens[i].toLowerCase(Locale.ROOT).replace('’', '\'');
        String tag = tags[i];
        boolean verb = tag.startsWith("VERB") || tag.startsWith("AUX") || tag.contains("+AUX") || tag.contains("+VERB");
        if (FUTURE_MODALS.contains(word) && verb && !perfectAfter(tokens, i)) {
            return Tense.FUTURE;
        }
        if (SCHEDULED.contains(word)) {
            return Tense.FUTURE;
        }
        if (SCHEDULING.contains(word) && i + 2 < tokens.length && tokens[i + 1].equalsIgnoreCase("to")
                && tags[i + 2].startsWith("VERB")) {
            return Tense.FUTURE;
        }
        if (!verb) {
            return Tense.UNKNOWN;
        }
        String previous = i > 0 ? tokens[i - 1].toLowerCase(Locale.ROOT) : "";
        if (PERFECT.contains(word) && i + 1 < tokens.length && followedByVerb(tokens, tags, i)) {
            return Tense.PAST;
        }
        if (IRREGULAR_PAST.contains(word) && !(AMBIGUOUS_PAST.contains(word) && PASSIVE_OR_INFINITIVE.contains(previous))) {
            return Tense.PAST;
        }
        if (word.length() > 3 && word.endsWith("ed") && !PASSIVE_OR_INFINITIVE.contains(previous)) {
            return Tense.PAST;
        }
        if (PRESENT.contains(word) || PERFECT.contains(word) || (word.endsWith("s") && !word.endsWith("ss"))) {
            return Tense.PRESENT;
        }
        if (tag.equals("VERB") && !word.endsWith("ing") && !NON_FINITE_BEFORE.contains(previous)) {
            return Tense.PRESENT;
        }
        return Tense.UNKNOWN;
    }

    /** "may have left", "would have won": a modal before the perfect looks back. */
    private static boolean perfectAfter(String[] tokens, int i) {
        return i + 1 < tokens.length && PERFECT.contains(tokens[i + 1].toLowerCase(Locale.ROOT))
                || i + 2 < tokens.length && tokens[i + 2].equalsIgnoreCase("have");
    }

    private static boolean followedByVerb(String[] tokens, String[] tags, int i) {
        for (int j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
            if (tags[j].startsWith("VERB") || tags[j].startsWith("AUX")) {
                return true;
            }
            if (!tags[j].startsWith("ADV") && !tags[j].startsWith("PART")) {
                return false;
            }
        }
        return false;
    }
}
