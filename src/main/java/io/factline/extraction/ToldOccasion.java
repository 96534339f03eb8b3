package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import io.factline.date.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An act told "at the meeting" or "during the raid", where an earlier sentence of the article told that
 * happening and its day: "Negotiators met at the ministry on Saturday. The airline said it offered a raise
 * at the meeting." News names a happening once with its day, then points back to it with the definite
 * noun; the act told at it happened on that day. Read on its own, the second sentence had no time and made
 * no event, or (with "said on Tuesday that X had agreed at the meeting") only the statement, dated the
 * day it was said, not the day of the act.
 *
 * <p>The act is the nearest act before the phrase in its clause ({@link DateAnchor#actBefore}): the
 * verb gives the event ("offered"), not the noun of the happening, so no second meeting is made. The
 * happening is the article's earlier asserted, non-statement candidate that the noun names (its kind,
 * its action or its object: "met" / "the meeting", "held talks" / "the talks", "raided" / "the raid"),
 * dated to a day; when the article told two such happenings on different days, which one is meant is a
 * guess and nothing is dated.
 *
 * <p>What it does not fire on: an indefinite happening ("at a meeting": another one), one with a word
 * between the article and the noun ("the next meeting", "the weekend talks", "the second raid"), a noun
 * that modifies another ("the meeting room") or is followed by "of" ("the meeting of the board": a
 * meeting named by whom it is of) or by a time of its own, "after"/"since"/"before" (the act is not on
 * the happening's day), and an act the sentence's own time dates already.
 */
final class ToldOccasion {

    /** A sentence that may tell an act at a happening told before. */
    static final Pattern HINT = Pattern.compile("(?i)\\b(?:at|during)\\s+the\\s+[a-z]+");

    private ToldOccasion() {
    }

    /**
     * The candidates of the acts the sentence tells at a happening an earlier sentence told and dated
     * ({@code earlier}: the article's candidates before the sentence), each dated that happening's day,
     * unless the act has a candidate already ({@code anchored}).
     */
    static List<EventCandidate> candidates(CandidateBuilder build, Sentence sentence, String text,
            Map<Integer, Boolean> anchored, List<EventCandidate> earlier) {
        SentenceAnalysis analysis = build.analysis();
        List<Token> tokens = analysis.tokens();
        List<EventCandidate> out = new ArrayList<>();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            String noun = happening(tokens, k, analysis.dates());
            if (noun == null) {
                continue;
            }
            EdtfDate day = dayOf(noun, earlier, sentence.begin());
            int act = day == null ? -1 : analysis.anchors().actBefore(k);
            if (act > 0 && insideNounPhrase(tokens, act)) {
                act = analysis.anchors().actBefore(act);
            }
            if (act < 0 || anchored.putIfAbsent(act, true) != null) {
                continue;
            }
            analysis.dates().add(new int[] {k, k + 2}); // the phrase is no part of a title
            int begin = tokens.get(k).begin();
            int end = tokens.get(k + 2).end();
            FoundDate found = new FoundDate(sentence.text().substring(begin, end), begin, end, day);
            EventCandidate candidate = build.at(act, new int[] {-1, -1}, found, sentence, text);
            if (candidate != null && !NoComment.note(candidate.action(), sentence.text())) {
                out.add(candidate);
            }
        }
        return out;
    }

    /**
     * The happening noun's lemma when "at"/"during" at {@code k} opens "the" + an event noun that ends the
     * phrase, or null.
     */
    static String happening(List<Token> tokens, int k, List<int[]> dates) {
        Token preposition = tokens.get(k);
        if (!(preposition.is("at") || preposition.is("during")) || !tokens.get(k + 1).is("the")) {
            return null;
        }
        Token noun = tokens.get(k + 2);
        String word = noun.text().toLowerCase(Locale.ROOT);
        if (!noun.noun() || noun.capitalized()
                || !(EventKinds.EVENT_NOUNS.contains(noun.lemma()) || EventKinds.EVENT_NOUNS.contains(word))) {
            return null;
        }
        if (k + 3 < tokens.size()) {
            Token next = tokens.get(k + 3);
            if (next.noun() || next.is("of") || next.is("'s") || dated(k + 3, dates)
                    || next.is("on") && k + 4 < tokens.size() && dated(k + 4, dates)) {
                return null;
            }
        }
        return noun.lemma();
    }

    /**
     * A word tagged a verb inside an indefinite noun phrase, between a noun or a count and a noun: "a 6
     * percent pay rise", "a two-year wage freeze". The tagger's slip; the act is the verb before the phrase.
     */
    static boolean insideNounPhrase(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k + 1).noun()) {
            return false;
        }
        for (int j = k - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.is("a") || t.is("an")) {
                return j < k - 1;
            }
            if (!(t.noun() || t.pos().equals("NUM") || t.pos().equals("ADJ")) || t.punctuation()) {
                return false;
            }
        }
        return false;
    }

    private static boolean dated(int k, List<int[]> dates) {
        return dates.stream().anyMatch(span -> span[0] == k);
    }

    /**
     * The day of the happening the noun names among the earlier candidates, when they tell it on one day
     * only; null when none tells it, one does not date it to a day, or two give different days.
     */
    static EdtfDate dayOf(String noun, List<EventCandidate> earlier, int sentenceBegin) {
        EdtfDate day = null;
        for (EventCandidate c : earlier) {
            if (c.quoteBegin() >= sentenceBegin || c.stance() != Stance.ASSERTS
                    || EventKinds.STATEMENT.equals(c.kind()) || !names(noun, c)) {
                continue;
            }
            if (c.date() == null || c.date().precision() != Precision.DAY
                    || day != null && !day.value().equals(c.date().value())) {
                return null;
            }
            day = c.date();
        }
        return day;
    }

    /** Whether the noun names the candidate's happening: its kind, its act or its object. */
    static boolean names(String noun, EventCandidate c) {
        String kind = EventKinds.of(noun);
        return noun.equals(c.theme()) || noun.equals(c.action()) || SuchAntecedent.nounOf(c.action(), noun)
                || kind != null && kind.equals(c.kind())
                || EventKinds.sameAction(c.action(), noun);
    }
}
