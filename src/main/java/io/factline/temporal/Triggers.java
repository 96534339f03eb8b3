package io.factline.temporal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a rule family hinges on. Every match of the family's rules contains one of them (or a digit, when
 * {@code digits} is set), so the rules need to run only within {@link #MARGIN} characters of such a word. News text
 * is mostly free of them, which keeps the rules cheap.
 */
final class Triggers {

    /** Characters kept on each side of a trigger; longer than the stretch any rule matches beside its trigger. */
    static final int MARGIN = 60;

    private final Set<String> words;
    private final boolean digits;

    private Triggers(Set<String> words, boolean digits) {
        this.words = words;
        this.digits = digits;
    }

    static Builder words(Collection<String> phrases) {
        return new Builder().words(phrases);
    }

    static Builder words(String... phrases) {
        return new Builder().words(phrases);
    }

    static Builder digits() {
        return new Builder().withDigits();
    }

    /** Builds a trigger set from phrases: each of their words, lower-cased, without full stop or possessive. */
    static final class Builder {
        private final Set<String> words = new HashSet<>();
        private boolean digits;

        Builder words(Collection<String> phrases) {
            for (String phrase : phrases) {
                for (String word : phrase.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                    String clean = word.replaceAll("\\.$", "").replaceAll("['’]s$", "");
                    if (!clean.isEmpty()) {
                        words.add(clean);
                    }
                }
            }
            return this;
        }

        Builder words(String... phrases) {
            return words(List.of(phrases));
        }

        Builder withDigits() {
            digits = true;
            return this;
        }

        Triggers build() {
            return new Triggers(Set.copyOf(words), digits);
        }
    }

    /** The words of a text with their offsets, scanned once and shared by all families. */
    record Word(int begin, int end, String lower, boolean digit) {

        static List<Word> scan(String text) {
            List<Word> found = new ArrayList<>();
            int length = text.length();
            int i = 0;
            while (i < length) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                boolean digit = false;
                while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || apostropheInWord(text, i))) {
                    digit |= Character.isDigit(text.charAt(i));
                    i++;
                }
                found.add(new Word(start, i, digit ? "" : text.substring(start, i).toLowerCase(Locale.ROOT), digit));
            }
            return found;
        }
    }

    /** An apostrophe between two letters or digits, as in "year's" or "'80s" but not a closing quote. */
    private static boolean apostropheInWord(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * The families each word of a text triggers, as bits ({@code 1 << f} for {@code families.get(f)}): all families'
     * words are in one table, so a word costs one or two look-ups instead of one per family.
     */
    static final class Index {

        private final Map<String, Integer> families = new HashMap<>();
        private int digitFamilies;

        Index(List<Triggers> triggers) {
            if (triggers.size() > Integer.SIZE) {
                throw new IllegalArgumentException("more families than bits: " + triggers.size());
            }
            for (int f = 0; f < triggers.size(); f++) {
                for (String word : triggers.get(f).words) {
                    families.merge(word, 1 << f, (a, b) -> a | b);
                }
                if (triggers.get(f).digits) {
                    digitFamilies |= 1 << f;
                }
            }
        }

        /** The families of each word: a number triggers the families with digits, a word those that list it. */
        int[] familiesOf(List<Word> words) {
            int[] found = new int[words.size()];
            for (int i = 0; i < found.length; i++) {
                Word word = words.get(i);
                found[i] = word.digit() ? digitFamilies : familiesOf(word.lower());
            }
            return found;
        }

        /** A word, its possessive ("year's") or its plural ("Mondays") names the families listing the word. */
        private int familiesOf(String word) {
            String stem = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            int found = families.getOrDefault(stem, 0);
            if (stem.endsWith("s")) {
                found |= families.getOrDefault(stem.substring(0, stem.length() - 1), 0);
            }
            return found;
        }
    }

    /**
     * Disjoint, ordered {@code [begin, end)} windows around the words of {@code textWords} that trigger family
     * {@code family} (see {@link Index#familiesOf}).
     */
    static List<int[]> windows(List<Word> textWords, int[] wordFamilies, int family, int length) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < wordFamilies.length; i++) {
            if ((wordFamilies[i] & (1 << family)) != 0) {
                Word word = textWords.get(i);
                add(windows, Math.max(0, word.begin() - MARGIN), Math.min(length, word.end() + MARGIN));
            }
        }
        return windows;
    }

    private static void add(List<int[]> windows, int begin, int end) {
        if (!windows.isEmpty()) {
            int[] last = windows.get(windows.size() - 1);
            if (begin <= last[1]) {
                last[1] = Math.max(last[1], end);
                return;
            }
        }
        windows.add(new int[] {begin, end});
    }

    /**
     * Offsets in {@code [begin, end)} where a match may start: the first character of a word, and an apostrophe
     * (as in "the '80s"). Every rule pattern begins at a word boundary, so trying only these is equivalent to
     * scanning every offset.
     */
    static int[] starts(String text, int begin, int end) {
        int[] starts = new int[16];
        int count = 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            boolean wordStart = Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (wordStart || c == '\'' || c == '’') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
