package io.factline.extraction;

import io.factline.date.EdtfDate;
import io.factline.temporal.TemporalTagger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The candidates of each sentence of one article, in text order: finds the sentence's times and sends it
 * down one of three ways — undated denial or commitment ({@link UndatedStatement}), nothing to read, or
 * dated ({@link DatedCandidates}, {@link RelativeActCandidates}, {@link DenyingClauseCandidate}) — and
 * records whom it is about ({@link SentenceSubject}). Keeps what the article-level pass needs afterwards:
 * the headline's span and the undated denials.
 */
final class SentenceExtraction {

    private static final Pattern DENIAL_HINT = Pattern.compile("(?i)\\b(?:not|no|never|deni\\w*|den(?:y|ies)|reject\\w*|dismiss\\w*|disput\\w*|refut\\w*|false|untrue|baseless|unfounded|groundless)\\b|n't");
    private static final Pattern TWO_NAMES = Pattern.compile("\\p{Lu}[\\p{L}.'-]*\\s+\\p{Lu}");

    private final Nlp nlp;
    private final DateFinder dates;
    private final String text;
    private final LocalDate reference;
    private final ArticleContext context;
    private final SentenceAnalyser analyser;
    private final int[] headline = {-1, -1};
    private final Set<EventCandidate> undated = Collections.newSetFromMap(new IdentityHashMap<>());
    private final StoryDay storyDay = new StoryDay();

    SentenceExtraction(Nlp nlp, DateFinder dates, MentionFinder names, String text, LocalDate reference,
            ArticleContext context) {
        this.nlp = nlp;
        this.dates = dates;
        this.text = text;
        this.reference = reference;
        this.context = context;
        this.analyser = new SentenceAnalyser(nlp, names, context);
    }

    /** The first character of the article's headline, or -1 when none was read. */
    int headlineBegin() {
        return headline[0];
    }

    /** The end of the article's headline, or -1 when none was read. */
    int headlineEnd() {
        return headline[1];
    }

    /** The undated denials found so far (by identity). */
    Set<EventCandidate> undatedDenials() {
        return undated;
    }

    /**
     * The candidates of one sentence, in text order; records the span of a headline. {@code earlier} are the
     * article's candidates before it.
     */
    List<EventCandidate> candidates(Sentence sentence, List<EventCandidate> earlier) {
        List<EventCandidate> sentenceCandidates = new ArrayList<>();
        if (HeadlineRestatement.headline(sentence)) {
            headline[0] = sentence.begin();
            headline[1] = sentence.end();
        }
        SentenceAnalysis[] analysed = new SentenceAnalysis[1];
        TemporalTagger.TenseHint governing = (begin, end) -> {
            SentenceAnalysis analysis = analysed[0] == null
                    ? analysed[0] = analyser.analyse(sentence) : analysed[0];
            return analysis.governingTense(begin, end);
        };
        // ApproximateClock (s11-scenb): "shortly before 11 p.m. on Tuesday" dates the day, not 23:00.
        // StoryDay (s14-domains): "the following day" counts from the day an earlier sentence named.
        LocalDate story = storyDay.last();
        List<FoundDate> found = storyDay.recount(
                ApproximateClock.daysOf(sentence.text(), dates.find(sentence.text(), reference, governing)));
        // An undated denial, or (UndatedCommitment, s14-conflict) an undated "X agreed to pause the shelling, officials
        // said": a statement of the reference day, so a denial can meet what it denies.
        boolean undatedDenial = found.isEmpty() && DENIAL_HINT.matcher(sentence.text()).find();
        if (undatedDenial || found.isEmpty() && UndatedCommitment.HINT.matcher(sentence.text()).find()) {
            SentenceAnalysis analysis = analysed[0] == null ? analyser.analyse(sentence) : analysed[0];
            CandidateBuilder build = new CandidateBuilder(analysis);
            FoundDate day = new FoundDate("", 0, 0, EdtfDate.parse(reference.toString()));
            EventCandidate report = undatedDenial ? UndatedStatement.denial(build, day, sentence, text)
                    : UndatedStatement.commitment(build, day, sentence, text);
            if (report != null) {
                sentenceCandidates.add(report);
                if (undatedDenial) {
                    undated.add(report);
                }
            }
            SentenceSubject.remember(analysis, sentence, context, nlp);
            return sentenceCandidates;
        }
        // RelativeAct (s15-relative): "three days after the jurors convicted her", "Two days later, …".
        boolean relative = RelativeAct.HINT.matcher(sentence.text()).find();
        // ToldOccasion (s17-anaphora): "offered a raise at the meeting" is dated by the meeting told before.
        boolean occasion = ToldOccasion.HINT.matcher(sentence.text()).find();
        if (found.isEmpty() && !relative && !occasion && !TWO_NAMES.matcher(sentence.text()).find()) {
            SentenceSubject.remember(analysed[0], sentence, context, nlp);
            return sentenceCandidates;
        }
        SentenceAnalysis analysis = analysed[0] == null ? analyser.analyse(sentence) : analysed[0];
        CandidateBuilder build = new CandidateBuilder(analysis);
        Map<Integer, Boolean> anchored = new HashMap<>();
        sentenceCandidates.addAll(dated(build, found, sentence, anchored));
        if (relative) {
            List<EventCandidate> counted = RelativeActCandidates.of(build, found, sentence, text, anchored, earlier, story);
            sentenceCandidates.addAll(counted);
            if (found.isEmpty() && !counted.isEmpty()) {
                storyDay.named(counted.get(counted.size() - 1).date().start());
            }
        }
        if (occasion) {
            sentenceCandidates.addAll(ToldOccasion.candidates(build, sentence, text, anchored, earlier));
        }
        // DenyingClause (s13-scenb): ", as the agency denied that …" is a denial of the dated act's day.
        EventCandidate denial = found.isEmpty() ? null
                : DenyingClauseCandidate.of(build, found.get(0), sentence, text, anchored);
        if (denial != null) {
            sentenceCandidates.add(denial);
        }
        SentenceSubject.remember(analysis, sentence, context, nlp);
        return sentenceCandidates;
    }

    /**
     * The candidates the sentence's times date, in the order of the times; first records the times' token
     * spans in the analysis ({@link SentenceAnalysis#dates}), which the rules read.
     */
    private List<EventCandidate> dated(CandidateBuilder build, List<FoundDate> found, Sentence sentence,
            Map<Integer, Boolean> anchored) {
        SentenceAnalysis analysis = build.analysis();
        List<EventCandidate> out = new ArrayList<>();
        analysis.dates().clear();
        for (FoundDate date : found) {
            int[] span = TokenSpan.of(analysis.tokens(), date.begin(), date.end());
            if (span != null) {
                analysis.dates().add(span);
            }
        }
        for (FoundDate date : found) {
            int[] span = TokenSpan.of(analysis.tokens(), date.begin(), date.end());
            // RejectedDate (s10-scend): "on Monday, not on Sunday" — the rejected time dates nothing.
            if (span == null || RejectedDate.rejected(analysis.tokens(), span, analysis.dates())) {
                continue;
            }
            int[] corrected = RejectedDate.corrects(analysis.tokens(), span, analysis.dates());
            EventCandidate candidate = DatedCandidates.at(build, corrected != null ? corrected : span, date, sentence,
                    text, anchored);
            // NoComment (s14-domains): "did not respond to a request for comment" is no denial.
            if (candidate != null && !NoComment.note(candidate.action(), sentence.text())) {
                out.add(candidate);
            }
            EventCandidate act = DatedCandidates.atOccasion(build, span, date, sentence, text, anchored);
            if (act != null) {
                out.add(act);
            }
        }
        return out;
    }
}
