package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.entity.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the event candidate a sentence tells at one token, its anchor (the verb or event noun a time
 * dates): {@link ActReading} reads whether it is a statement and of what, who takes part and where;
 * {@link ActNaming} names the action, kind and object; this class adds the stance and the title and
 * puts the candidate together. One builder serves one analysed sentence.
 */
final class CandidateBuilder {

    private final SentenceAnalysis analysis;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final Attribution attribution;
    private final ArticleContext context;
    private final String speaker;
    private final List<int[]> dates;

    CandidateBuilder(SentenceAnalysis analysis) {
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.mentions = analysis.mentions();
        this.attribution = analysis.attribution();
        this.context = analysis.context();
        this.speaker = analysis.speaker();
        this.dates = analysis.dates();
    }

    /** The sentence this builder reads. */
    SentenceAnalysis analysis() {
        return analysis;
    }

    private SubjectPhrase subjects() {
        return analysis.subjects();
    }

    private StatementContent statements() {
        return analysis.statements();
    }

    /**
     * The candidate told at {@code anchor}, dated {@code found}; {@code date} is the time's token span
     * ({@code {-1, -1}} when the time is not in the sentence's words). A reporting verb whose content is a
     * reported perfect ({@link ReportedPerfect}) is read at that act instead.
     */
    EventCandidate at(int anchor, int[] date, FoundDate found, Sentence sentence, String text) {
        int perfect = Attribution.reporting(tokens.get(anchor))
                ? ReportedPerfect.act(tokens, anchor, statements().contentVerb(anchor)) : -1;
        if (perfect >= 0) {
            return at(perfect, date, found, sentence, text);
        }
        ActReading read = new ActReading(analysis, anchor, date);
        return compose(read, new ActNaming(analysis, read), found, sentence, text);
    }

    /** The candidate's stance and title, the last participants and place, and the candidate itself. */
    private EventCandidate compose(ActReading read, ActNaming named, FoundDate found, Sentence sentence, String text) {
        int anchor = read.anchor;
        int[] date = read.date;
        boolean statement = read.statement;
        int contentVerb = read.contentVerb;
        int rejected = read.rejected;
        int quoted = read.quoted;
        int act = read.act;
        int[] subject = read.subject;
        int[] actor = read.actor;
        List<String> subjectWords = read.subjectWords;
        Map<String, EntityKind> participants = read.participants;
        String location = read.location;
        String action = named.action();
        String kind = named.kind();
        String theme = named.theme();
        String accidentNoun = named.accidentNoun();
        boolean reported = statements().reported(anchor, contentVerb, statement);
        int reportedFrom = reported ? subjects().of(contentVerb, false)[0] : -1;
        Stance stance = reported ? EventStance.of(tokens, attribution, reportedFrom, contentVerb)
                : EventStance.of(tokens, attribution, subject[0], statement ? Math.max(contentVerb, anchor) : anchor);
        // A quotation's stance is read inside it: a quotation before its speaker (QuotedStatement, s10-scenc),
        // else one opening the sentence, read from the content verb's subject (OpeningQuotation, s10-scend).
        Stance quotedStance = quoted >= 0
                ? EventStance.of(tokens, attribution, QuotedStatement.opening(tokens,
                        QuotedStatement.closing(tokens, attribution, anchor)), quoted)
                : statement && contentVerb >= 0
                        ? OpeningQuotation.stance(tokens, anchor, contentVerb, subjects().of(contentVerb, false)[0]) : null;
        if (quotedStance != null) {
            stance = quotedStance;
        }
        if (rejected >= 0) {
            stance = Stance.DENIES;
        } else if (stance == Stance.DENIES && RejectedDate.contrastive(tokens, dates, act)) {
            stance = Stance.ASSERTS;
        }
        // s13-merge: a happening a possessive time names ("before this week's derailment") is taken for granted
        // by the sentence, whatever the sentence rejects or denies about something else.
        if (stance == Stance.DENIES && rejected < 0 && !statement && PossessiveTime.dated(tokens, date) == anchor) {
            stance = Stance.ASSERTS;
        }
        String title = new EventTitle(tokens, mentions, attribution, dates)
                .compose(subjectWords, subject, anchor, statement, contentVerb, stance, reportedFrom);
        String quote = text.substring(sentence.begin(), sentence.end());
        if (!statement) {
            CaseParty.of(tokens, anchor, kind, theme, context).forEach(participants::putIfAbsent);
            DefiniteHappening.remember(tokens, participants, context);
            CaseParty.remember(theme, participants, context);
        }
        if (named.personal()) {
            PersonalAct.keepPeople(participants); // s11-scena: the court and the town are not who it concerns
        }
        // IncidentSite (s12-incident): "leaked on Friday near Korrin", "spilled into the Ashby River".
        if (!statement && location == null && Incident.family(kind) != null) {
            location = IncidentSite.of(tokens, mentions, attribution, anchor);
        }
        List<EventCandidate.Participant> list = new ArrayList<>();
        participants.forEach((name, k) -> list.add(new EventCandidate.Participant(name, k)));
        String source = attribution.source() != null ? attribution.source() : speaker;
        String subjectNoun = accidentNoun != null ? accidentNoun
                : GeneralObject.subjectNoun(tokens, mentions, actor[0], actor[1]);
        return new EventCandidate(title, kind, action, theme, list, location, found.date(),
                source, stance, quote, sentence.begin(), sentence.end(), subjectNoun);
    }
}
