package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.entity.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short, readable title of an event: who + action + object or place, at most
 * {@value #TITLE_WORDS} words after the verb, without dates (a lone year stays: "since 2014"),
 * without the titles and roles before names ("Foreign Minister"), with people by surname. The
 * verb agrees with its subject ("Lindqvist meets", "dock workers walk out"); a denied event reads
 * "X does not meet Y". A statement whose subject has no words of its own (", the mayor's office
 * said") is titled by its source. A statement reported after what was said reads
 * "Visser says Competition Authority has not received any merger filing"; a common noun that
 * opened the sentence is written in lower case there ("X says lawmakers will vote").
 */
final class EventTitle {

    private static final Pattern SIBILANT_OR_O = Pattern.compile(".*(s|sh|ch|x|z|o)");
    private static final Pattern CONSONANT_Y = Pattern.compile(".*[^aeiou]y");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    static final int TITLE_WORDS = 7;
    private static final int MAX_LENGTH = 200;
    /** At most this many nouns finish a phrase the word limit cut ({@link #finishPhrase}). */
    private static final int PHRASE_TAIL = 3;
    private static final Set<String> STATEMENT_STOPS = Set.of(",", ";", "unless", "though", "although", "while",
            "because", "but", "before", "after", "when", "even");
    private static final Set<String> TRAILING = Set.of("to", "on", "in", "at", "for", "of", "with", "the", "a", "an",
            "and", "or", "by", "from", ",", "back", "late", "then", "'s", "his", "her", "their", "its", "via", "as",
            "about", "into", "against", "between", "toward", "towards", "through", "during", "without", "within",
            "amid", "among", "until", "that");
    private static final Set<String> GLUED = Set.of("n't", "'s", "'ll", "'re", "'ve", ",", "%", "'d");

    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final Attribution attribution;
    private final List<int[]> dates;

    /**
     * @param dates the token ranges {@code [first, last]} of the sentence's time expressions
     */
    EventTitle(List<Token> tokens, List<Mention> mentions, Attribution attribution, List<int[]> dates) {
        this.tokens = tokens;
        this.mentions = mentions;
        this.attribution = attribution;
        this.dates = dates;
    }

    /**
     * The title of the event at {@code anchor}.
     *
     * @param subjectWords the words of the subject, names already shortened
     * @param subject      the subject's token range {@code [from, to)}, for the verb's number
     * @param statement    whether the anchor is a reporting verb (or dated inside an attribution)
     * @param contentVerb  for a statement, the first verb of what was said, or -1
     * @param reportedFrom for a statement reported after what was said, the first token of what was
     *                     said; -1 otherwise
     */
    String compose(List<String> subjectWords, int[] subject, int anchor, boolean statement, int contentVerb,
            Stance stance, int reportedFrom) {
        List<String> words = new ArrayList<>();
        String subjectText = String.join(" ", subjectWords);
        if (subjectText.isEmpty() && statement && attribution.source() != null) {
            subjectText = attribution.source();
        }
        Token head = tokens.get(anchor);
        boolean nominal = head.noun() || head.proper();
        int[] teller = statement && Attribution.reporting(head) ? PassiveVoice.agent(tokens, mentions, anchor) : null;
        String told = teller != null ? toldBy(subjectText, subject, teller, anchor) : null;
        if (told != null) {
            return told;
        }
        int[] agent = statement || nominal ? null : PassiveVoice.agent(tokens, mentions, anchor);
        boolean plural = subjectWords.contains("and") || subjectWords.contains("And") || pluralHead(subject);
        int[] skip = {-1, -1};
        if (agent != null) {
            // "The bill was passed by the Assembly": the doer first, "Assembly passes pension bill".
            List<String> doer = new ArrayList<>();
            for (int k = agent[0]; k < agent[1]; k++) {
                if (!titleBeforeName(tokens, mentions, k)) {
                    k = addWord(doer, k);
                }
            }
            String object = subjectText.isEmpty() || subject[0] != 0 || mentions.stream().anyMatch(m -> m.covers(0))
                    ? subjectText : subjectText.substring(0, 1).toLowerCase(Locale.ROOT) + subjectText.substring(1);
            subjectText = String.join(" ", doer);
            plural = doer.contains("and") || pluralHead(agent);
            subjectWords = object.isEmpty() ? List.of() : List.of(object);
            skip = new int[] {agent[0] - 1, agent[1]};
        }
        if (!subjectText.isEmpty()) {
            words.add(Character.toUpperCase(subjectText.charAt(0)) + subjectText.substring(1));
        }
        if (agent == null && !words.isEmpty() && !statement && !nominal && PassiveVoice.passive(tokens, anchor)) {
            // No doer named: the passive stays, "Pension bill passed", "Appeal to be heard".
            if (stance == Stance.DENIES) {
                words.add("not");
            }
            if (VerbTense.of(tokens, anchor) == io.factline.temporal.Tense.FUTURE) {
                words.add("to be");
            }
            words.add(head.text().toLowerCase(Locale.ROOT));
        } else if (nominal) {
            words.add(head.text());
        } else if (stance == Stance.DENIES && !statement) {
            words.add(plural ? "do not" : "does not");
            words.add(head.lemma());
        } else {
            words.add(words.isEmpty() || plural ? head.lemma() : thirdPerson(head.lemma()));
        }
        if (agent != null) {
            words.addAll(subjectWords);
        }
        if (reportedFrom >= 0) {
            return reported(words, reportedFrom);
        }
        int setting = statement ? setting(anchor) : -1;
        if (setting >= 0) {
            String occasion = occasion(words, setting, contentVerb > anchor ? contentVerb : tokens.size());
            if (occasion != null) {
                return occasion;
            }
        }
        int end = statement && contentVerb > anchor ? tokens.size() : new Clauses(tokens).end(anchor + 1);
        int count = 0;
        List<Integer> taken = new ArrayList<>();
        for (int k = anchor + 1; k < end && count < TITLE_WORDS; k++) {
            Token t = tokens.get(k);
            if (inDate(k) || t.is("\"") || !statement && attribution.covers(k) || statement && k == anchor
                    || k >= skip[0] && k < skip[1]) {
                continue;
            }
            if (t.pos().equals("ADP") && inDate(k + 1)) {
                continue;
            }
            if (t.is(",") && !statement || t.is(".") || nominal && (t.verb() || t.pos().equals("AUX"))
                    || statement && k > anchor + 1 && STATEMENT_STOPS.contains(t.text().toLowerCase(Locale.ROOT))) {
                break;
            }
            if (statement && t.is("that") && t.pos().equals("SCONJ")) {
                continue;
            }
            if (titleBeforeName(tokens, mentions, k)) {
                continue;
            }
            taken.add(k);
            k = addWord(words, k);
            count++;
            if (count == TITLE_WORDS) {
                k = finishPhrase(words, taken, k, end);
            }
        }
        trimTrailing(words);
        String title = join(words);
        return title.length() > MAX_LENGTH ? title.substring(0, MAX_LENGTH - 3) + "..." : title;
    }

    /**
     * The first token of a phrase of circumstance right after a reporting verb, dates aside ("said
     * in an interview with ...", "said at a news conference on Monday"), or -1. Such a phrase tells
     * where or how something was said, not what.
     */
    private int setting(int verb) {
        int k = verb + 1;
        while (k < tokens.size() && (inDate(k) || tokens.get(k).pos().equals("ADP") && inDate(k + 1))) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).pos().equals("ADP") && !tokens.get(k).is("that") ? k : -1;
    }

    /**
     * The title of a statement whose reporting verb is followed by a phrase of circumstance:
     * "X says" + what was said when a "that" clause follows ("said in an interview on Monday that the
     * levy will go" → "X says levy will go"); otherwise, what was said having been quoted before, the
     * occasion itself: "X interviewed by Y" for an interview with Y, else the phrase up to its first
     * name. Null when the phrase names no one, so the plain title applies.
     */
    private String occasion(List<String> words, int setting, int contentEnd) {
        for (int k = setting; k < contentEnd; k++) {
            if (tokens.get(k).is("that") && tokens.get(k).pos().equals("SCONJ") && contentEnd < tokens.size()) {
                return reported(words, k + 1);
            }
        }
        int phraseEnd = Math.min(contentEnd, new Clauses(tokens).end(setting));
        Mention named = mentions.stream()
                .filter(m -> m.first() > setting && m.first() < phraseEnd && m.kind() != EntityKind.PLACE)
                .findFirst().orElse(null);
        if (named == null) {
            return null;
        }
        boolean interview = false;
        for (int k = setting; k < named.first(); k++) {
            interview |= tokens.get(k).lemma().equals("interview");
        }
        List<String> title = new ArrayList<>(words.subList(0, Math.min(1, words.size())));
        if (interview && !title.isEmpty() && tokens.get(named.first() - 1).is("with")) {
            title.add("interviewed by");
            title.add(named.shortName());
            return join(title);
        }
        title = new ArrayList<>(words);
        for (int k = setting; k <= named.last(); k++) {
            if (!inDate(k) && !(tokens.get(k).pos().equals("ADP") && inDate(k + 1))
                    && !titleBeforeName(tokens, mentions, k)) {
                k = addWord(title, k);
            }
        }
        return join(title);
    }

    /**
     * A passive reporting verb with its doer ("Marek was told by the board on Monday that her
     * contract would end"): the doer tells the subject, "Board tells Marek her contract would end";
     * the subject only heard it, so it is not the one who says. Null when the doer has no words.
     */
    private String toldBy(String hearer, int[] subject, int[] teller, int anchor) {
        List<String> doer = new ArrayList<>();
        for (int k = teller[0]; k < teller[1]; k++) {
            if (!titleBeforeName(tokens, mentions, k)) {
                k = addWord(doer, k);
            }
        }
        if (doer.isEmpty()) {
            return null;
        }
        String said = String.join(" ", doer);
        List<String> words = new ArrayList<>();
        words.add(Character.toUpperCase(said.charAt(0)) + said.substring(1));
        words.add(doer.contains("and") || pluralHead(teller) ? tokens.get(anchor).lemma()
                : thirdPerson(tokens.get(anchor).lemma()));
        if (!hearer.isEmpty()) {
            boolean common = subject[0] == 0 && tokens.get(0).noun() && !tokens.get(0).proper()
                    && mentions.stream().noneMatch(m -> m.covers(0));
            words.add(common ? hearer.substring(0, 1).toLowerCase(Locale.ROOT) + hearer.substring(1) : hearer);
        }
        int from = teller[1];
        while (from < tokens.size() && (inDate(from) || tokens.get(from).pos().equals("ADP") && inDate(from + 1)
                || tokens.get(from).is("that"))) {
            from++;
        }
        List<String> title = new ArrayList<>(words);
        int count = 0;
        for (int k = from; k < tokens.size() && count < TITLE_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.is(",") || t.is(".") || t.is(";")) {
                break;
            }
            if (inDate(k) || titleBeforeName(tokens, mentions, k)) {
                continue;
            }
            k = addWord(title, k);
            count++;
        }
        trimTrailing(title);
        return join(title);
    }

    /** "Visser says Competition Authority has not received any merger filing": the source, "says", what was said. */
    private String reported(List<String> source, int from) {
        List<String> words = new ArrayList<>(source.subList(0, Math.min(1, source.size())));
        words.add(words.isEmpty() ? "Reported:" : "says");
        int count = 0;
        List<Integer> taken = new ArrayList<>();
        for (int k = from; k < tokens.size() && count < TITLE_WORDS + 4; k++) {
            Token t = tokens.get(k);
            if (attribution.covers(k) || t.is(",") || t.is(".") || t.is(";")) {
                break;
            }
            if (inDate(k) || t.pos().equals("ADP") && inDate(k + 1) || titleBeforeName(tokens, mentions, k)
                    || count == 0 && t.pos().equals("DET")) {
                continue;
            }
            taken.add(k);
            if (k == 0 && t.noun() && mentions.stream().noneMatch(m -> m.covers(0))) {
                words.add(t.text().toLowerCase(Locale.ROOT));
            } else {
                k = addWord(words, k);
            }
            count++;
            if (count == TITLE_WORDS + 4) {
                k = finishPhrase(words, taken, k, tokens.size());
            }
        }
        trimTrailing(words);
        return join(words);
    }

    /** Adds the word at {@code k}, or the short form of the name starting there; returns the last token used. */
    /**
     * Where the word limit falls inside a noun phrase, the phrase is finished (at most {@value #PHRASE_TAIL} more
     * nouns: "lift sanctions on the Belarusian potash producer", not "… potash"); where the words kept end on an
     * infinitive, the bare "to" and its verb go ("speaks by phone with X", not "… with X to settle"). Words that
     * {@link #trimTrailing} would drop are dropped first. Session 13 (lead). Returns the index of the last token read.
     *
     * @param taken the first token of each word the loop added, in order
     * @param last the last token read (a name's last)
     */
    private int finishPhrase(List<String> words, List<Integer> taken, int last, int end) {
        boolean trimmed = false;
        while (taken.size() > 1 && TRAILING.contains(tokens.get(taken.get(taken.size() - 1)).text().toLowerCase(Locale.ROOT))) {
            drop(words, taken);
            trimmed = true;
        }
        int at = taken.get(taken.size() - 1);
        if (tokens.get(at).verb() && taken.size() > 2 && tokens.get(taken.get(taken.size() - 2)).is("to")) {
            drop(words, taken);
            drop(words, taken);
            return last;
        }
        if (trimmed) {
            return last;
        }
        Token added = tokens.get(last);
        boolean inPhrase = added.noun() || added.proper() || Set.of("ADJ", "NUM").contains(added.pos());
        int k = last;
        for (int more = 0; inPhrase && more < PHRASE_TAIL && k + 1 < end; more++) {
            Token next = tokens.get(k + 1);
            if (!(next.noun() || next.proper()) || inDate(k + 1) || attribution.covers(k + 1)) {
                break;
            }
            taken.add(k + 1);
            k = addWord(words, k + 1);
        }
        return k;
    }

    private static void drop(List<String> words, List<Integer> taken) {
        words.remove(words.size() - 1);
        taken.remove(taken.size() - 1);
    }

    private int addWord(List<String> words, int k) {
        Mention m = mentions.stream().filter(x -> x.covers(k)).findFirst().orElse(null);
        if (m != null) {
            words.add(m.shortName());
            return m.last();
        }
        words.add(tokens.get(k).text());
        return k;
    }

    /** Whether token {@code k} belongs to a time expression other than a lone year, which titles leave out. */
    private boolean inDate(int k) {
        return dates.stream().anyMatch(d -> k >= d[0] && k <= d[1] && !yearOnly(d));
    }

    /** "since 2014": a year on its own stays in a title; any other date is the event's date, not its name. */
    private boolean yearOnly(int[] date) {
        return date[0] == date[1] && YEAR.matcher(tokens.get(date[0]).text()).matches();
    }

    /** Whether the head noun of the subject (its last noun before a preposition) is plural: "dock workers", "people". */
    private boolean pluralHead(int[] subject) {
        Token head = null;
        for (int k = subject[0]; k < subject[1]; k++) {
            Token t = tokens.get(k);
            if (t.pos().equals("ADP")) {
                break;
            }
            if (t.noun() || openingGroupWord(k)) {
                head = t;
            }
        }
        return head != null && ((head.inflected() || head.proper()) && head.text().endsWith("s")
                || IRREGULAR_PLURALS.contains(head.text().toLowerCase(Locale.ROOT)));
    }

    /** Plural nouns without "-s": "People return home", not "People returns home". */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police");

    /** A plural noun opening the sentence ("Hackers breached ..."), tagged a proper noun but no name. */
    private boolean openingGroupWord(int k) {
        return k == 0 && tokens.get(k).proper() && mentions.stream().noneMatch(m -> m.covers(0));
    }

    /**
     * A word in a chain of titles and roles that ends at a person's name ("Foreign Minister Tomas
     * ...", "union leader Greta ...", "chief executive Viktor ..."): a title keeps the name only.
     */
    static boolean titleBeforeName(List<Token> tokens, List<Mention> mentions, int k) {
        int j = k;
        boolean role = false;
        while (j < tokens.size() && (MentionFinder.TITLES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
                || ofInTitle(tokens, j)
                || !tokens.get(j).capitalized() && (tokens.get(j).noun() || tokens.get(j).pos().equals("ADJ"))
                || tokens.get(j).capitalized() && !tokens.get(j).punctuation() && !mentioned(mentions, j))) {
            role |= MentionFinder.TITLES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
                    || MentionFinder.ROLES.contains(tokens.get(j).lemma());
            j++;
        }
        int next = j;
        return role && j > k && mentions.stream().anyMatch(x -> x.first() == next && x.kind() == EntityKind.PERSON);
    }

    /**
     * The "of" inside a title ("Secretary of State", "Minister of Defence"): after a title word and before a
     * capitalized word, so that "U.S. Secretary of State Marian Holt" is titled by "Holt" alone.
     */
    private static boolean ofInTitle(List<Token> tokens, int j) {
        return tokens.get(j).is("of") && j > 0 && j + 1 < tokens.size()
                && MentionFinder.TITLES.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT))
                && tokens.get(j + 1).capitalized();
    }

    private static boolean mentioned(List<Mention> mentions, int k) {
        return mentions.stream().anyMatch(m -> m.covers(k));
    }

    /** Drops prepositions, articles and the like a cut-off title would end with ("travel to"). */
    static void trimTrailing(List<String> words) {
        while (words.size() > 2 && TRAILING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
    }

    /**
     * Joins words with spaces, gluing clitics and commas to the word before ("has n't" → "hasn't")
     * and a hyphen the tokenizer split off to both sides ("ten - year" → "ten-year"). A quoted name's marks
     * ({@link QuotedTitle}) are written as the quote marks they were, glued to the name.
     */
    static String join(List<String> words) {
        StringBuilder b = new StringBuilder();
        String previous = null;
        for (String w : words) {
            if (!b.isEmpty() && !GLUED.contains(w) && !w.equals("-") && !"-".equals(previous)
                    && !w.equals(QuotedTitle.CLOSE) && !QuotedTitle.OPEN.equals(previous)) {
                b.append(' ');
            }
            b.append(w.equals(QuotedTitle.OPEN) || w.equals(QuotedTitle.CLOSE) ? "\"" : w);
            previous = w;
        }
        return b.toString();
    }

    /** The present-tense third-person singular of a verb lemma: "meet" → "meets", "carry" → "carries". */
    static String thirdPerson(String lemma) {
        if (lemma.equals("be")) {
            return "is";
        }
        if (lemma.equals("have")) {
            return "has";
        }
        if (SIBILANT_OR_O.matcher(lemma).matches()) {
            return lemma + "es";
        }
        if (CONSONANT_Y.matcher(lemma).matches()) {
            return lemma.substring(0, lemma.length() - 1) + "ies";
        }
        return lemma + "s";
    }
}
