package io.factline.temporal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Finds temporal expressions in English news text and normalises them to TIMEX3 against the publication date.
 * <p>
 * Every rule family runs over the stretches of text around its trigger words ({@link Triggers}); where matches
 * overlap the longest wins (then the earliest). The
 * surviving matches are normalised in text order, so each can be anchored to the calendar date mentioned last.
 * Sentences come from OpenNLP; tokens and part-of-speech tags only for sentences where a rule needs the tense.
 * Instances are thread-safe.
 */
public final class TemporalTagger {

    static final List<RuleFamily> FAMILIES = List.of(
            new ExplicitDateRules(), new CalendarUnitRules(), new QuarterRules(), new SeasonRules(),
            new HolidayRules(), new WeekdayRules(), new RelativeRules(), new TimeOfDayRules(), new DurationRules(),
            new SetRules(), new ReferenceRules());
    private static final List<List<Rule>> RULES = FAMILIES.stream().map(RuleFamily::rules).toList();
    private static final Triggers.Index TRIGGERS = new Triggers.Index(
            FAMILIES.stream().map(RuleFamily::triggers).toList());

    private final NlpPipeline pipeline;

    public TemporalTagger() {
        this.pipeline = NlpPipeline.shared();
    }

    /** How long reading the OpenNLP models took (they are read once per JVM). */
    public static java.time.Duration modelLoadTime() {
        return OpenNlpModels.get().loadTime;
    }

    public List<Timex> annotate(String text, OffsetDateTime reference) {
        return annotate(text, reference.toLocalDate());
    }

    /**
     * The temporal expressions of {@code text} in text order, none overlapping another.
     *
     * @param reference the publication date that relative expressions are resolved against
     */
    public List<Timex> annotate(String text, LocalDate reference) {
        return annotate(text, reference, null);
    }

    /**
     * As {@link #annotate(String, LocalDate)}, with the caller deciding the tense that resolves a direction-dependent
     * expression (a bare weekday or month): a caller that knows which verb an expression dates knows that verb's
     * tense better than the nearest marker does ("confirmed that he will meet them on Thursday").
     *
     * @param hint asked only for expressions whose value depends on the tense; may be null
     */
    public List<Timex> annotate(String text, LocalDate reference, TenseHint hint) {
        Document document = new Document(text);
        ResolutionContext context = new ResolutionContext(Dateline.filed(text, reference), text, hint,
                document::neighbourTense);
        List<Candidate> chosen = choose(candidates(text), document, context);
        List<Timex> timexes = new ArrayList<>(chosen.size());
        context.resolveInTextOrder();
        int previousEnd = 0;
        for (Candidate candidate : chosen) {
            context.moveTo(document.sentenceAt(candidate.begin), candidate.begin, candidate.end);
            Normalized normalized = candidate.rule.resolver().resolve(candidate.match, context);
            if (normalized == null) {
                continue;
            }
            int begin = candidate.begin;
            Modifiers.Widened widened = Modifiers.widen(text, begin, normalized, text.substring(begin, candidate.end));
            if (widened != null && widened.begin() >= previousEnd) {
                begin = widened.begin();
                normalized = normalized.withMod(widened.mod());
            }
            timexes.add(new Timex(text.substring(begin, candidate.end), begin, candidate.end, normalized.type(),
                    normalized.value(), normalized.mod(), normalized.edtf()));
            previousEnd = candidate.end;
            if (normalized.point() != null && normalized.anchoring()) {
                context.remember(normalized.point());
            }
        }
        return timexes;
    }

    /** The tense of the verb that governs the expression at {@code [begin, end)} of the text, or null when unknown. */
    @FunctionalInterface
    public interface TenseHint {
        Tense tenseAt(int begin, int end);
    }

    private static final Pattern TITLE_WORD = Pattern.compile(
            "\\b(?:Weeks?|Minutes?|Hours?|Months?|Years?|Noon|Midnight|Night|Morning|Evening|Afternoon)\\b");
    private static final Pattern OPENING_QUOTE_BEFORE = Pattern.compile("(?:``|\"|“|'')\\s*(?:[A-Z][a-z]+\\s+)?$");

    private static List<Candidate> candidates(String text) {
        List<Candidate> found = new ArrayList<>();
        List<Triggers.Word> words = Triggers.Word.scan(text);
        int[] wordFamilies = TRIGGERS.familiesOf(words);
        for (int f = 0; f < FAMILIES.size(); f++) {
            List<int[]> windows = Triggers.windows(words, wordFamilies, f, text.length());
            List<Rule> rules = RULES.get(f);
            Matcher[] matchers = new Matcher[rules.size()];
            for (int[] window : windows) {
                int[] starts = Triggers.starts(text, window[0], window[1]);
                for (int r = 0; r < rules.size(); r++) {
                    if (matchers[r] == null) {
                        matchers[r] = rules.get(r).pattern().matcher(text);
                        matchers[r].useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    find(rules.get(r), matchers[r], text, window[1], starts, found);
                }
            }
        }
        return found;
    }

    /**
     * Tries the rule at each possible start, skipping starts inside its previous match, as {@code find} would. The
     * matcher is the rule's over the whole text, reused from window to window.
     */
    private static void find(Rule rule, Matcher matcher, String text, int windowEnd, int[] starts,
            List<Candidate> found) {
        int matchedUpTo = -1;
        for (int start : starts) {
            if (start < matchedUpTo || !rule.mayStartAt(text, start, windowEnd)) {
                continue;
            }
            matcher.region(start, windowEnd);
            if (matcher.lookingAt() && matcher.end() > start) {
                found.add(new Candidate(rule, matcher.toMatchResult()));
                matchedUpTo = matcher.end();
            }
        }
    }

    /** Longest first, then leftmost; a candidate its rule rejects leaves room for a shorter one. */
    private static List<Candidate> choose(List<Candidate> candidates, Document document, ResolutionContext context) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.begin - c.end).thenComparingInt(c -> c.begin));
        List<Candidate> chosen = new ArrayList<>();
        boolean[] taken = new boolean[document.text.length() + 1];
        for (Candidate candidate : candidates) {
            if (overlaps(taken, candidate) || quotedTitle(document.text, candidate)) {
                continue;
            }
            context.moveTo(document.sentenceAt(candidate.begin), candidate.begin, candidate.end);
            if (candidate.rule.resolver().resolve(candidate.match, context) == null) {
                continue;
            }
            Arrays.fill(taken, candidate.begin, candidate.end, true);
            chosen.add(candidate);
        }
        chosen.sort(Comparator.comparingInt(c -> c.begin));
        return chosen;
    }

    /**
     * "ABC's "This Week"", "the film ``High Noon''", "CBS's ''60 Minutes''": a common time word written with a capital
     * right after an opening quote (and perhaps one capitalised word) is a title, not a time. Weekdays, months and
     * holidays ("Election Day") are capitalised anyway and are not concerned.
     */
    private static boolean quotedTitle(String text, Candidate candidate) {
        if (!TITLE_WORD.matcher(text.substring(candidate.begin, candidate.end)).find()) {
            return false;
        }
        return OPENING_QUOTE_BEFORE.matcher(text.substring(Math.max(0, candidate.begin - 24), candidate.begin)).find();
    }

    private static boolean overlaps(boolean[] taken, Candidate candidate) {
        for (int i = candidate.begin; i < candidate.end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static final class Candidate {
        final Rule rule;
        final MatchResult match;
        final int begin;
        final int end;

        Candidate(Rule rule, MatchResult match) {
            this.rule = rule;
            this.match = match;
            this.begin = match.start();
            this.end = match.end();
        }
    }

    /** The text with its sentences, split once and analysed on demand. */
    private final class Document {
        final String text;
        private Span[] spans;
        private Sentence[] sentences;

        Document(String text) {
            this.text = text;
        }

        Sentence sentenceAt(int offset) {
            if (spans == null) {
                spans = pipeline.sentences(text);
                sentences = new Sentence[spans.length];
            }
            int index = indexOf(offset);
            if (index < 0) {
                return new Sentence(pipeline, text, offset, offset);
            }
            if (sentences[index] == null) {
                sentences[index] = new Sentence(pipeline, text, spans[index].getStart(), spans[index].getEnd());
            }
            return sentences[index];
        }

        /**
         * For a fragment without a verb, the tense of the sentences next to it: first the next sentence (the sentence
         * detector cuts after abbreviations such as "vs." or "Ill."), then the previous one.
         */
        Tense neighbourTense(int offset) {
            Sentence own = sentenceAt(offset);
            int index = indexOf(offset);
            if (index < 0 || own.hasVerb()) {
                return Tense.UNKNOWN;
            }
            for (int other : new int[] {index + 1, index - 1}) {
                if (other >= 0 && other < spans.length) {
                    Tense tense = sentenceAt(spans[other].getStart()).tenseFromStart();
                    if (tense != Tense.UNKNOWN) {
                        return tense;
                    }
                }
            }
            return Tense.UNKNOWN;
        }

        private int indexOf(int offset) {
            int low = 0;
            int high = spans.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (spans[mid].getEnd() <= offset) {
                    low = mid + 1;
                } else if (spans[mid].getStart() > offset) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }
    }
}
