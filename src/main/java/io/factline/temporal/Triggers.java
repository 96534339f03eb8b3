package io.factline.temporal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
                while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) {
                    digit |= Character.isDigit(text.charAt(i));
                    i++;
                }
                found.add(new Word(start, i, digit ? "" : text.substring(start, i).toLowerCase(Locale.ROOT), digit));
            }
            return found;
        }
    }

    /** Disjoint, ordered {@code [begin, end)} windows around the trigger words among {@code text}'s words. */
    List<int[]> windows(List<Word> textWords, int length) {
        List<int[]> windows = new ArrayList<>();
        for (Word word : textWords) {
            if (word.digit() ? digits : matches(word.lower())) {
                add(windows, Math.max(0, word.begin() - MARGIN), Math.min(length, word.end() + MARGIN));
            }
        }
        return windows;
    }

    private boolean matches(String word) {
        String stem = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return words.contains(stem) || stem.endsWith("s") && words.contains(stem.substring(0, stem.length() - 1));
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
