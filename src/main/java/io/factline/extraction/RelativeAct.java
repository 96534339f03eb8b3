package io.factline.extraction;

import io.factline.date.EdtfDate;
import io.factline.date.Precision;
import io.factline.temporal.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An act dated from another happening by a {@link DayOffset}: the day of one side is the day of the other moved by
 * the offset. Three readings, each only when the other side's day is known as a day:
 * <ul>
 *   <li>the sentence dates its act and counts the other from it ("the accountant was sentenced on Friday, three
 *       days after the jurors convicted her"; "rescuers reached the quarry on Tuesday, hours after the blast"): the
 *       conviction, the blast get the day; the act counted from must be a verb of the phrase's clause, or a
 *       happening noun after "the" or a possessive ("the explosion", "her trial");</li>
 *   <li>the sentence dates what its act counts from ("a day after the president vetoed the bill on Tuesday,
 *       parliament voted"), or the article dated it before: the same act ("vetoed") or the happening the noun
 *       names ("the vote", "the explosion") in an earlier sentence, always on one day ("The president vetoed the
 *       bill on Tuesday. … A day after the veto, parliament voted"): the act gets that day moved by the offset;</li>
 *   <li>"two days later", "a week afterwards" count from the last day the sentence named before the phrase, else
 *       the story's last day ({@link StoryDay}).</li>
 * </ul>
 * An act already dated keeps its date, and when nothing known gives the other side its day, nothing is dated:
 * better no date than the anchor's or the publication day's. The offset is read only for the act nearest to the
 * phrase, and a report of what will or would happen ("said on Monday it would close the plant two weeks after
 * the vote") dates nothing from the day it was said.
 */
final class RelativeAct {

    /** Words a sentence needs before it is read for an offset (cheap, before any tagging). */
    static final Pattern HINT = Pattern.compile("(?i)\\b(?:day|days|week|weeks|fortnight|hours?|minutes?|moments"
            + "|morning|afternoon|evening|night)\\s+(?:after|before|later|afterwards?)\\b|\\beve\\s+of\\b");

    /**
     * Verbs that tell only that something began or ended: counted from another act ("the day before the second
     * round began"), they are dated only when {@link StartedHappening} reads the happening that began (a strike,
     * talks); a bare "begin" names no act another outlet would report.
     */
    static final Set<String> ASPECTUAL = Set.of("begin", "start", "resume", "end", "continue", "finish");

    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "his", "her", "their",
            "our", "last", "'s", "’s");

    /** An act of the sentence (a token) and the day the offset gives it. */
    record Dated(int act, EdtfDate date, DayOffset offset) {
    }

    private final List<Token> tokens;
    private final DateAnchor anchors;
    private final Clauses clauses;

    RelativeAct(List<Token> tokens, DateAnchor anchors) {
        this.tokens = tokens;
        this.anchors = anchors;
        this.clauses = new Clauses(tokens);
    }

    /**
     * The acts of the sentence the offsets in it date.
     *
     * @param spans   the token spans of the sentence's found dates, aligned with {@code found} (null where none)
     * @param earlier the candidates of the article's earlier sentences
     * @param story   the last day an earlier sentence named, or null
     */
    List<Dated> of(List<FoundDate> found, List<int[]> spans, List<EventCandidate> earlier, LocalDate story) {
        List<Dated> out = new ArrayList<>();
        for (DayOffset offset : DayOffset.in(tokens)) {
            Dated dated = offset.fromStory() ? fromStory(offset, found, spans, story)
                    : counted(offset, found, spans, earlier);
            if (dated != null) {
                out.add(dated);
            }
        }
        return out;
    }

    /** "Two days later": the day named last before the phrase in the sentence, else the story's, moved on. */
    private Dated fromStory(DayOffset offset, List<FoundDate> found, List<int[]> spans, LocalDate story) {
        LocalDate base = story;
        for (int i = 0; i < found.size(); i++) {
            if (spans.get(i) != null && spans.get(i)[1] < offset.first() && day(found.get(i).date())) {
                base = found.get(i).date().start();
            }
        }
        int act = anchors.actAround(offset.first(), offset.last() + 1);
        if (base == null || act < 0 || datedAct(act, found, spans) >= 0) {
            return null;
        }
        return new Dated(act, EdtfDate.parse(base.plusDays(offset.days()).toString()), offset);
    }

    /** "Three days after the jurors convicted her", "a week before the election": either side dated from the other. */
    private Dated counted(DayOffset offset, List<FoundDate> found, List<int[]> spans, List<EventCandidate> earlier) {
        int end = clauses.end(offset.anchor());
        int other = anchors.actIn(offset.anchor(), end);
        int noun = other < 0 ? happeningNoun(offset.anchor(), end) : -1;
        if (other < 0 && noun < 0) {
            return null;
        }
        int act = anchors.actAround(offset.first(), end);
        if (act < 0 || act >= offset.anchor() && act < end) {
            return null;
        }
        EdtfDate otherDay = null;
        EdtfDate actDay = null;
        for (int i = 0; i < found.size(); i++) {
            int[] span = spans.get(i);
            if (span == null || !day(found.get(i).date())) {
                continue;
            }
            if (span[0] >= offset.anchor() && span[1] < end) {
                otherDay = found.get(i).date();
            } else if (datesAct(span, act)) {
                actDay = found.get(i).date();
            }
        }
        if (actDay != null && otherDay == null) {
            if (other < 0 && !Clauses.eventNoun(tokens.get(noun))) {
                return null;
            }
            int counted = other >= 0 ? other : noun;
            return new Dated(counted, shift(actDay, -offset.days()), offset);
        }
        if (actDay != null || datedAct(act, found, spans) >= 0) {
            return null;
        }
        if (otherDay == null) {
            otherDay = toldBefore(other >= 0 ? other : noun, other < 0, earlier);
        }
        return otherDay == null ? null : new Dated(act, shift(otherDay, offset.days()), offset);
    }

    /**
     * Whether the found date at {@code span} dates {@code act}: it is the act's own, or it dates the reporting verb
     * of a report of a past act ("said on Wednesday that the chief executive has stepped down, two days after …").
     */
    private boolean datesAct(int[] span, int act) {
        int dated = anchors.of(span);
        if (dated == act) {
            return true;
        }
        if (dated < 0 || dated >= act) {
            return false;
        }
        return Attribution.reporting(tokens.get(dated)) ? VerbTense.of(tokens, act) == Tense.PAST : nonFinite(dated, act);
    }

    /**
     * Whether every verb after the dated act up to {@code act} is an infinitive or an "-ing" form, which go with the
     * dated act ("filed a lawsuit on Friday seeking to block the stadium, a day after …"), and no clause opens
     * between them.
     */
    private boolean nonFinite(int dated, int act) {
        for (int k = dated + 1; k <= act; k++) {
            Token t = tokens.get(k);
            boolean infinitive = k > 0 && tokens.get(k - 1).is("to");
            if (t.verb() && !infinitive && !t.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing")
                    || t.pos().equals("AUX") || clauses.boundary(k) && !t.is(",")) {
                return false;
            }
        }
        return true;
    }

    /** The index of a found date dating {@code act}, or -1. */
    private int datedAct(int act, List<FoundDate> found, List<int[]> spans) {
        for (int i = 0; i < found.size(); i++) {
            if (spans.get(i) != null && anchors.of(spans.get(i)) == act) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "The explosion", "her trial", "the veto": the noun that opens what the offset counts from, or -1. Only a
     * happening noun ({@link Clauses#eventNoun}) is dated from the sentence's act; any noun may find the day an
     * earlier sentence gave an act of that name.
     */
    private int happeningNoun(int from, int end) {
        if (from >= end || !DETERMINERS.contains(tokens.get(from).text().toLowerCase(java.util.Locale.ROOT))
                && !tokens.get(from).proper()) {
            return -1;
        }
        int k = from + 1;
        while (k < end && (tokens.get(k).proper() || DETERMINERS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))
                || tokens.get(k).pos().equals("ADJ") || tokens.get(k).noun() && k + 1 < end && tokens.get(k + 1).noun())) {
            k++;
        }
        return k < end && tokens.get(k).noun() ? k : -1;
    }

    /**
     * The one day the article's earlier sentences gave the act at {@code other} (its verb, or, for a noun, the
     * happening of that name or kind), or null when they gave none or more than one.
     */
    private EdtfDate toldBefore(int other, boolean noun, List<EventCandidate> earlier) {
        String lemma = tokens.get(other).lemma();
        String kind = EventKinds.of(lemma);
        Set<LocalDate> days = new HashSet<>();
        EdtfDate told = null;
        for (EventCandidate c : earlier) {
            boolean same = lemma.equals(c.action()) || noun && (lemma.equals(c.subject())
                    || kind.equals(c.kind()) && !EventKinds.STATEMENT.equals(c.kind()));
            if (same && c.date() != null && day(c.date())) {
                days.add(c.date().start());
                told = c.date();
            }
        }
        return days.size() == 1 ? told : null;
    }

    private static boolean day(EdtfDate date) {
        return date.precision() == Precision.DAY;
    }

    private static EdtfDate shift(EdtfDate day, int days) {
        return EdtfDate.parse(day.start().plusDays(days).toString());
    }
}
