package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the clause around one anchor of a sentence (the verb or event noun a time dates): whether it is
 * a statement and of what content verb, the act told and who does it, the subject and the participants
 * the clause names, and the place. The first part of building a candidate ({@link CandidateBuilder});
 * {@link ActNaming} then names the act.
 */
final class ActReading {

    private final SentenceAnalysis analysis;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final Attribution attribution;
    private final ArticleContext context;
    private final String speaker;

    final int anchor;
    /** The dating time's token span; {@code {-1, -1}} when the time is not in the sentence's words. */
    final int[] date;
    Token head;
    boolean recall;
    boolean announced;
    boolean testimony;
    /** The content verb of a rejected report ("rejected the finding that X"), or -1. */
    int rejected;
    String confirmedIncident;
    boolean statement;
    int[] subject;
    Map<String, EntityKind> participants;
    private String[] subjectPlace;
    List<String> subjectWords;
    int clauseEnd;
    /** What a statement says was done, or -1. */
    int contentVerb;
    /** The content verb of a quotation before its speaker, or -1. */
    int quoted;
    /** What the sentence tells was done: a statement's content verb, else the anchor. */
    int act;
    /** Who did {@link #act}: a token span. */
    int[] actor;
    /** What was handed over ({@link MessageAct}), or null. */
    String message;
    String location;

    ActReading(SentenceAnalysis analysis, int anchor, int[] date) {
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.mentions = analysis.mentions();
        this.attribution = analysis.attribution();
        this.context = analysis.context();
        this.speaker = analysis.speaker();
        this.anchor = anchor;
        this.date = date;
        readSubject();
        readParticipants();
        readContent();
        readPlaces();
    }

    private Clauses clauses() {
        return analysis.clauses();
    }

    private SubjectPhrase subjects() {
        return analysis.subjects();
    }

    private StatementContent statements() {
        return analysis.statements();
    }

    /** Whether the anchor tells a statement, and its subject. */
    private void readSubject() {
        head = tokens.get(anchor);
        // AnnouncedRecall (session 13, s13-scena): "announced the recall on Monday" is the recall.
        recall = AnnouncedRecall.of(tokens, anchor);
        announced = recall || AnnouncedObject.of(tokens, anchor);
        // Testimony (s9-scenb): "will explain the decision to the committee" tells the appearance, not what was said.
        testimony = Testimony.told(tokens, anchor);
        // RejectedReport (s9-scenb): "rejected the finding that X" denies X.
        rejected = RejectedReport.contentVerb(tokens, anchor);
        confirmedIncident = Discovery.confirmedIncident(tokens, anchor);
        // GuiltyPlea (s11-scena): "admitted bribery" admits an offence, it says nothing.
        statement = !announced && !testimony && confirmedIncident == null
                && !GuiltyPlea.admitted(tokens, anchor) && (rejected >= 0
                || Attribution.reporting(head) || attribution.covers(date[0]) && attribution.covers(anchor));
        // AnnouncedObject: the announcing verb is read as a reporting one, whose attribution would
        // swallow the subject ("The league announced the result ..., its chairman said").
        subject = (announced ? new SubjectPhrase(tokens, Attribution.NONE) : subjects())
                .of(anchor, head.noun() || head.proper());
    }

    /** Who the subject, the owners of its roles and the doer of a passive name. */
    private void readParticipants() {
        participants = new LinkedHashMap<>();
        subjectPlace = new String[1];
        subjectWords = new SubjectNames(tokens, mentions, attribution, context, speaker)
                .collect(subject, participants, subjectPlace);
        for (Mention m : mentions) {
            // Session 13 (s13-scena): a statement's speaker speaks for the organisation owning its role too.
            boolean speaker = statement && attribution.covers(m.first());
            String owner = m.kind() == EntityKind.PERSON && (m.first() >= subject[0] && m.first() < subject[1] || speaker)
                    ? RoleOwner.of(tokens, mentions, m.first(), context) : null;
            if (owner != null) {
                participants.putIfAbsent(owner, EntityKind.ORGANIZATION);
            }
        }
        int[] agent = PassiveVoice.agent(tokens, mentions, anchor);
        if (agent != null) {
            // The doer of a passive may be named by a definite noun too: "heard by the federation's panel".
            int from = agent[0] > 0 && tokens.get(agent[0] - 1).is("the") ? agent[0] - 1 : agent[0];
            new SubjectNames(tokens, mentions, attribution, context, speaker)
                    .collect(new int[] {from, agent[1]}, participants, new String[1]);
        }
    }

    /** The clause's end, a statement's content verb, and what was done and by whom. */
    private void readContent() {
        clauseEnd = ParticipleSequel.clauseEnd(tokens, clauses(), RelativeAside.clauseEnd(tokens, clauses(),
                Apposition.clauseEnd(tokens, clauses(), clauses().end(anchor + 1))));
        contentVerb = -1;
        if (statement) {
            contentVerb = rejected >= 0 ? rejected : RejectedReport.deniedClause(tokens, statements().contentVerb(anchor));
        }
        // s10-scenc: a quotation before its speaker says what is between the marks.
        quoted = statement && rejected < 0 ? QuotedStatement.contentVerb(tokens, attribution, anchor) : -1;
        if (quoted >= 0) {
            contentVerb = quoted;
        }
        // What the sentence tells was done, and by whom: a statement's reported verb and its subject,
        // else the anchor and the sentence's subject.
        boolean reportedAct = statement && contentVerb >= 0;
        act = reportedAct ? contentVerb : anchor;
        actor = reportedAct ? subjects().of(contentVerb, false) : subject;
        String client = reportedAct ? new SubjectNames(tokens, mentions, attribution, context, speaker).clientIn(actor) : null;
        if (client != null) {
            participants.putIfAbsent(client, EntityKind.PERSON);
        }
        message = !statement || contentVerb < 0 ? MessageAct.handedOver(tokens, anchor) : null;
        if (message != null) {
            statement = false;
        }
    }

    /** The place, and who else the clause names (or the body an unnamed subject is). */
    private void readPlaces() {
        location = subjectPlace[0];
        int scanEnd = statement && contentVerb > anchor ? Math.max(clauseEnd, clauses().end(contentVerb + 1)) : clauseEnd;
        int scanFrom = statements().reported(anchor, contentVerb, statement) ? subjects().of(contentVerb, false)[0] : anchor;
        for (Mention m : mentions) {
            if (m.first() <= subject[0] && m.last() >= subject[0] || m.first() < scanFrom || m.first() >= scanEnd
                    || attribution.covers(m.first()) && !statement) {
                continue;
            }
            boolean placeWord = SubjectNames.placeWord(tokens, m.first());
            if (m.kind() == EntityKind.PLACE) {
                if (location == null && (placeWord || VisitedPlace.of(tokens, anchor, m) || VisitedPlace.siteOf(tokens, m)) && m.first() < clauseEnd) {
                    location = WiderPlace.around(tokens, mentions, m);
                }
            } else if (!WiderPlace.names(tokens, m)) {
                participants.putIfAbsent(m.name(), m.kind());
            }
        }
        if (quoted >= 0) {
            // s11-scena: who a quotation before its speaker names, and the speaking organisation's "we".
            int closing = QuotedStatement.closing(tokens, attribution, anchor);
            QuotedParticipants.add(tokens, mentions, attribution, context, QuotedStatement.opening(tokens, closing),
                    closing, participants);
        }
        if (participants.isEmpty() && !statement) {
            participants.putAll(DefiniteHappening.participants(tokens, subject, context));
        }
        if (!statement) {
            // s12-bodies: "councillors", "the board" name the body of the article's place.
            bodyOf(subject, participants);
        }
    }

    /**
     * Adds the collective body an unnamed subject is ({@link CollectiveBody}, {@link BodyName}) to the
     * participants; nothing when the subject names someone, writes no body or the article ties it to no place.
     * A body that acts on people (police, a court) is left out of a report that names a person: the
     * person tells the act, and one police force's arrests of two people on one day are two arrests.
     */
    private void bodyOf(int[] subject, Map<String, EntityKind> participants) {
        boolean named = mentions.stream().anyMatch(m -> m.first() >= subject[0] && m.first() < subject[1]
                && !BodyName.bodyWordAsName(tokens, m));
        CollectiveBody.Found body = named ? null : CollectiveBody.in(tokens, subject[0], subject[1]);
        if (body == null || body.actsOnPeople() && participants.containsValue(EntityKind.PERSON)) {
            return;
        }
        String name = BodyName.of(tokens, mentions, body, context);
        if (name != null) {
            participants.putIfAbsent(name, EntityKind.ORGANIZATION);
        }
    }
}
