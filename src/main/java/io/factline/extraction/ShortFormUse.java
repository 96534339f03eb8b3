package io.factline.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 17 (s17-names): how an article goes on to call a name tells a company from a person. News calls a
 * person again by the last word of the name ("Lena Vik" … "Vik said") and a company by its first ("Halden
 * Brewing" … "Halden said"); and only a thing is "its" ("Halden Brewing and its drivers"). So a name of two or
 * three capitalised words is an organisation when the article
 * <ul>
 * <li>writes its first word alone as a name and never its last word alone; the first word must never be
 * written in lower case (so it is no common word that opens a sentence: "New", "United") and never after a
 * preposition of place (so it is not the town a bank or a club is named after: "in Nordby" for "Nordby
 * Savings");</li>
 * <li>or writes it right before "and its".</li>
 * </ul>
 * The article is read once, before its sentences, because the first sentence that names the company is read
 * before the later ones that show what it is. A title before the name still makes a person ({@link MentionFinder}).
 */
final class ShortFormUse {

    /**
     * A run of capitalised words, one space apart (a possessive ending is dropped later). The quantifiers are
     * possessive: a greedy repeated group recurses once per repetition in java.util.regex, and a text of thousands
     * of capitalised words in a row overflowed the stack.
     */
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019.-])\\p{Lu}[\\p{L}'\u2019-]*+(?: \\p{Lu}[\\p{L}'\u2019-]*+)*+");
    private static final Pattern LOWER = Pattern.compile("(?<![\\p{L}'\u2019-])\\p{Ll}[\\p{L}-]*");
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "to", "from", "near", "into", "outside");
    private static final int MAX_WORDS = 3;

    private ShortFormUse() {
    }

    /** The names of two or three words the article uses as organisations (see the class comment). */
    static Set<String> organisations(String text) {
        Set<String> lower = new HashSet<>();
        Matcher l = LOWER.matcher(text);
        while (l.find()) {
            lower.add(l.group());
        }
        Set<String> alone = new HashSet<>();
        Set<String> placed = new HashSet<>();
        List<String[]> names = new ArrayList<>();
        Set<String> beforeIts = new HashSet<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            String[] words = run.group().split(" ");
            boolean placeBefore = PLACE_BEFORE.contains(wordBefore(text, run.start()));
            int from = 0;
            for (int to = 0; to < words.length; to++) {
                // A possessive ends a name: "Halden's Lena Vik" is two.
                if (possessive(words[to]) || to == words.length - 1) {
                    String after = to == words.length - 1 ? text.substring(run.end()) : "";
                    segment(words, from, to, placeBefore && from == 0, after, alone, placed, names, beforeIts);
                    from = to + 1;
                }
            }
        }
        Set<String> organisations = new HashSet<>();
        for (String[] name : names) {
            String joined = String.join(" ", name);
            String head = name[0];
            String last = name[name.length - 1];
            boolean shortForm = alone.contains(head) && !alone.contains(last) && !placed.contains(head)
                    && !lower.contains(head.toLowerCase(Locale.ROOT)) && head.length() > 2;
            if (shortForm || beforeIts.contains(joined)) {
                organisations.add(joined);
            }
        }
        return organisations;
    }

    private static void segment(String[] words, int from, int to, boolean placeBefore, String after, Set<String> alone,
            Set<String> placed, List<String[]> names, Set<String> beforeIts) {
        int first = from;
        while (first <= to && MentionFinder.notName(strip(words[first]))) {
            first++;
        }
        int count = to - first + 1;
        if (count == 1) {
            String word = strip(words[first]);
            alone.add(word);
            if (placeBefore && first == from) {
                placed.add(word);
            }
        } else if (count >= 2 && count <= MAX_WORDS) {
            String[] name = new String[count];
            for (int i = 0; i < count; i++) {
                name[i] = strip(words[first + i]);
            }
            names.add(name);
            if (after.startsWith(" and its ")) {
                beforeIts.add(String.join(" ", name));
            }
        }
    }

    private static boolean possessive(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s");
    }

    private static String strip(String word) {
        String w = word.replace('\u2019', '\'');
        return MentionFinder.strip(w);
    }

    /** The lower-cased word right before {@code at}, or "" when none (a sentence's start). */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
