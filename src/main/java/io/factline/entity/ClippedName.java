package io.factline.entity;

import io.factline.common.Like;

/**
 * One organisation's name with a word clipped to its first letters: "the Met Office" and "the
 * Meteorological Office", "the Gov Department" and "the Government Department". The two names have as many
 * words, the same last word (what the body is: office, agency, board), and each other pair of words is the
 * same word or a clipping of three or four letters that begins the other, at least two letters longer.
 * At least one word must be clipped; case does not matter.
 */
public final class ClippedName {

    private static final int SHORTEST_CLIP = 3;
    private static final int LONGEST_CLIP = 4;

    private ClippedName() {
    }

    /** Whether the two names are one name, one of them with a word clipped (see the class comment). */
    public static boolean same(String a, String b) {
        String[] x = Names.normalize(a).split(" ");
        String[] y = Names.normalize(b).split(" ");
        if (x.length < 2 || x.length != y.length || !x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        boolean clipped = false;
        for (int i = 0; i < x.length - 1; i++) {
            if (x[i].equals(y[i])) {
                continue;
            }
            if (!clipping(x[i], y[i]) && !clipping(y[i], x[i])) {
                return false;
            }
            clipped = true;
        }
        return clipped;
    }

    /**
     * The SQL LIKE pattern that every name {@link #same} as this one matches (its first letter and its
     * last word, normalised), for a lookup among stored aliases; null for a name of one word.
     */
    public static String lookupPattern(String name) {
        String[] words = Names.normalize(name).split(" ");
        if (words.length < 2 || words[0].isEmpty()) {
            return null;
        }
        return Like.literal(words[0].substring(0, 1)) + "% " + Like.literal(words[words.length - 1]);
    }

    private static boolean clipping(String clip, String word) {
        return clip.length() >= SHORTEST_CLIP && clip.length() <= LONGEST_CLIP && word.length() >= clip.length() + 2
                && word.startsWith(clip);
    }
}
