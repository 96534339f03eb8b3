package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.entity.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds the event candidate a sentence tells at one token, its anchor (the verb or event noun a time
 * dates): whether it is a statement and of what, who takes part and where, the action, kind and object
 * by the rule classes in turn, the stance and the title. One builder serves one analysed sentence.
 */
final class CandidateBuilder {

    private final SentenceAnalysis analysis;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final Attribution attribution;
    private final ArticleContext context;
    private final String speaker;
    private final List<int[]> dates;
    private final UnaryOperator<String> verbLemmas;

    CandidateBuilder(SentenceAnalysis analysis) {
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.mentions = analysis.mentions();
        this.attribution = analysis.attribution();
        this.context = analysis.context();
        this.speaker = analysis.speaker();
        this.dates = analysis.dates();
        this.verbLemmas = analysis.verbLemmas();
    }

    /** The sentence this builder reads. */
    SentenceAnalysis analysis() {
        return analysis;
    }

    private Clauses clauses() {
        return analysis.clauses();
    }

    private DateAnchor anchors() {
        return analysis.anchors();
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
        Token head = tokens.get(anchor);
        // AnnouncedRecall (session 13, s13-scena): "announced the recall on Monday" is the recall.
        boolean recall = AnnouncedRecall.of(tokens, anchor);
        boolean announced = recall || AnnouncedObject.of(tokens, anchor);
        // Testimony (s9-scenb): "will explain the decision to the committee" tells the appearance, not what was said.
        boolean testimony = Testimony.told(tokens, anchor);
        // RejectedReport (s9-scenb): "rejected the finding that X" denies X.
        int rejected = RejectedReport.contentVerb(tokens, anchor);
        String confirmedIncident = Discovery.confirmedIncident(tokens, anchor);
        // GuiltyPlea (s11-scena): "admitted bribery" admits an offence, it says nothing.
        boolean statement = !announced && !testimony && confirmedIncident == null
                && !GuiltyPlea.admitted(tokens, anchor) && (rejected >= 0
                || Attribution.reporting(head) || attribution.covers(date[0]) && attribution.covers(anchor));
        // AnnouncedObject: the announcing verb is read as a reporting one, whose attribution would
        // swallow the subject ("The league announced the result ..., its chairman said").
        int[] subject = (announced ? new SubjectPhrase(tokens, Attribution.NONE) : subjects())
                .of(anchor, head.noun() || head.proper());
        Map<String, EntityKind> participants = new LinkedHashMap<>();
        String[] subjectPlace = new String[1];
        List<String> subjectWords = new SubjectNames(tokens, mentions, attribution, context, speaker)
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
        int clauseEnd = ParticipleSequel.clauseEnd(tokens, clauses(), RelativeAside.clauseEnd(tokens, clauses(),
                Apposition.clauseEnd(tokens, clauses(), clauses().end(anchor + 1))));
        int contentVerb = -1;
        if (statement) {
            contentVerb = rejected >= 0 ? rejected : RejectedReport.deniedClause(tokens, statements().contentVerb(anchor));
        }
        // s10-scenc: a quotation before its speaker says what is between the marks.
        int quoted = statement && rejected < 0 ? QuotedStatement.contentVerb(tokens, attribution, anchor) : -1;
        if (quoted >= 0) {
            contentVerb = quoted;
        }
        // What the sentence tells was done, and by whom: a statement's reported verb and its subject,
        // else the anchor and the sentence's subject.
        boolean reportedAct = statement && contentVerb >= 0;
        int act = reportedAct ? contentVerb : anchor;
        int[] actor = reportedAct ? subjects().of(contentVerb, false) : subject;
        String client = reportedAct ? new SubjectNames(tokens, mentions, attribution, context, speaker).clientIn(actor) : null;
        if (client != null) {
            participants.putIfAbsent(client, EntityKind.PERSON);
        }
        String message = !statement || contentVerb < 0 ? MessageAct.handedOver(tokens, anchor) : null;
        if (message != null) {
            statement = false;
        }
        String location = subjectPlace[0];
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
        String action = recall ? AnnouncedRecall.RECALL : announced ? AnnouncedObject.DECLARE
                : EventKinds.phrasal(head.lemma(), anchor + 1 < tokens.size() ? tokens.get(anchor + 1).lemma() : "");
        String kind = EventKinds.of(action);
        if (message != null) {
            action = "send";
            kind = EventKinds.TRANSFER;
        } else if (EventKinds.TRANSFER.equals(kind) && personFollows(anchor) || timeWithSomeone(anchor, clauseEnd)) {
            kind = EventKinds.MEETING;
        }
        int[] doer = PassiveVoice.doer(tokens, mentions, anchor, subject);
        if (EventKinds.courtAction(action) && courtSubject(doer)) {
            kind = EventKinds.RULING;
        } else if (LegislativeVote.is(action, tokens, doer)) {
            kind = EventKinds.VOTE;
        }
        String ordered = statement || EventKinds.RULING.equals(kind) ? null : OrderedAct.action(tokens, anchor);
        if (ordered != null) {
            action = ordered;
            kind = EventKinds.of(ordered);
        }
        int deal = statement ? -1 : DealAgreement.dealVerb(tokens, anchor, clauseEnd);
        if (deal >= 0) {
            action = tokens.get(deal).lemma();
            kind = EventKinds.DEAL;
        }
        int occasion = date[0] < 0 || EventKinds.known(kind) ? -1 : anchors().occasionBetween(anchor, date[0]);
        if (occasion >= 0) {
            kind = EventKinds.of(tokens.get(occasion).lemma());
        }
        int themeFrom = deal >= 0 ? deal : anchor;
        if (statement) {
            kind = EventKinds.STATEMENT;
            if (contentVerb >= 0) {
                action = tokens.get(contentVerb).lemma();
                themeFrom = contentVerb;
            }
        }
        String theme = message != null ? message : EventTheme.of(tokens, mentions, themeFrom, date);
        if (theme == null && !statement && PassiveVoice.passive(tokens, anchor)) {
            theme = CountedNoun.of(tokens, subject, context);
        }
        // s15-words: a word that tells an act only with some objects ("sealed a deal", "fired Silva") is that act.
        String told = ActWords.act(action, theme, ActWords.personObject(tokens, mentions, themeFrom,
                statement ? subjects().of(themeFrom, false) : subject));
        if (told != null) {
            action = told;
            kind = statement || EventKinds.RULING.equals(kind) ? kind
                    : LegislativeVote.is(told, tokens, doer) ? EventKinds.VOTE : ActWords.kindOf(told);
        }
        if (!statement && MessageAct.asked(action, theme)) {
            theme = MessageAct.DEMAND;
            action = "send";
            kind = EventKinds.TRANSFER;
        } else if (!statement && MessageAct.lodged(action, theme)) {
            action = "send";
            kind = EventKinds.TRANSFER;
        }
        if (theme == null) {
            theme = AccidentNoun.namedObject(tokens, themeFrom);
        }
        String ignited = FireStart.action(action, theme);
        if (ignited != null) {
            action = ignited;
        }
        String reached = statement ? null : ReachedAgreement.action(action, theme);
        if (reached != null) {
            action = reached;
            kind = EventKinds.of(reached);
        }
        String lent = Lending.action(action, theme);
        if (lent != null) {
            action = lent;
            kind = statement ? kind : EventKinds.TRANSFER;
        }
        // s11-scena: an offer for a company and money paid, in other words than "made an offer", "handed".
        if (!statement && (OfferMade.made(tokens, anchor, theme) || OfferMade.madeParticiple(tokens, anchor)
                || OfferMade.lodgedOffer(action, theme))) {
            action = "send";
            theme = OfferMade.OFFER;
            kind = OfferMade.KIND;
        }
        if (Payment.paid(tokens, anchor, theme)) {
            kind = statement ? kind : EventKinds.TRANSFER;
        }
        String held = statement ? null : EventKinds.held(action, theme);
        if (held != null) {
            action = held;
            kind = EventKinds.of(held);
        }
        int withdrawnFrom = statement ? Withdrawal.from(tokens, contentVerb, contentVerb < 0 ? -1 : clauses().end(contentVerb + 1))
                : Withdrawal.from(tokens, anchor, clauseEnd);
        if (withdrawnFrom >= 0) {
            action = Withdrawal.WITHDRAW;
            theme = tokens.get(withdrawnFrom).lemma();
            kind = statement ? kind : EventKinds.of(action);
        }
        if (!statement && (VehicleFlight.launch(tokens, anchor, subject)
                || VehicleFlight.sentAloft(tokens, anchor, clauseEnd))) {
            action = VehicleFlight.LAUNCH;
            kind = EventKinds.of(action);
        }
        int caused = statement ? -1 : Causative.caused(tokens, anchor);
        if (caused >= 0) {
            action = verbLemmas.apply(tokens.get(caused).text());
            kind = EventKinds.of(action);
        }
        String named = statement ? null : LightVerbNoun.action(tokens, anchor, verbLemmas);
        if (named != null) {
            action = named;
            kind = EventKinds.of(named);
        }
        String undergone = UndergoneHappening.action(tokens, statement ? contentVerb : anchor);
        if (undergone != null) {
            action = undergone;
            theme = undergone;
            kind = statement ? kind : UndergoneHappening.kind(undergone);
        }
        int state = StatePassage.state(tokens, statement ? contentVerb : anchor);
        if (state >= 0) {
            action = StatePassage.action(tokens, state);
            theme = tokens.get(state).lemma();
            kind = statement ? kind : EventKinds.of(action);
        }
        String raid = statement ? null : Theft.action(tokens, anchor, subject, action);
        if (raid != null) {
            action = raid;
            kind = EventKinds.of(raid);
        }
        String accident = statement ? null : AccidentNoun.action(tokens, anchor, subject);
        String accidentNoun = null;
        if (accident != null) {
            action = accident;
            kind = EventKinds.of(accident);
            participants.keySet().removeIf(AccidentNoun::openingNoun);
            accidentNoun = AccidentNoun.opening(tokens, subject);
        }
        String inspection = Inspection.action(tokens, act, actor);
        if (inspection != null) {
            action = inspection;
            kind = statement ? kind : EventKinds.EXAMINATION;
        }
        String force = UseOfForce.action(tokens, mentions, act);
        if (force != null) {
            action = force;
            kind = statement ? kind : force;
        }
        // Shelling (s11-scenb): "shells hit X", "rockets struck a school in X", "fired no round at X".
        if (Shelling.told(tokens, act)) {
            action = Shelling.SHELL;
            kind = statement ? kind : EventKinds.of(Shelling.SHELL);
            String target = Shelling.target(tokens, mentions, act);
            theme = target != null ? target : theme;
            participants.keySet().removeIf(Shelling::projectile);
        }
        // Derailment (s11-scenb): "came off the tracks", "left the rails" is the derailment.
        if (Derailment.told(tokens, act)) {
            action = Derailment.DERAIL;
            kind = statement ? kind : EventKinds.of(Derailment.DERAIL);
        }
        // HazardStrike (s13-scenb): "made landfall", "came ashore", "the quake struck" is the hazard reaching a place.
        String hazard = HazardStrike.of(tokens, mentions, act, actor);
        if (hazard != null) {
            action = hazard;
            kind = statement ? kind : hazard;
        }
        if (!statement && SampleTaken.at(tokens, anchor)) {
            action = SampleTaken.ACTION;
            theme = SampleTaken.THEME;
            kind = EventKinds.EXAMINATION;
        }
        if (EventKinds.TRAVEL.equals(kind) && !statement && TripPurpose.forTalks(tokens, anchor, clauseEnd)) {
            theme = TripPurpose.TALKS;
        }
        // s9-scena: getting access to systems is a break-in; finding something out is one act.
        String access = SystemAccess.action(tokens, act);
        if (access != null) {
            action = access;
            kind = statement ? kind : EventKinds.INTRUSION;
        }
        String finding = confirmedIncident != null ? Discovery.ACTION : Discovery.action(action);
        if (finding != null) {
            action = finding;
            theme = confirmedIncident != null ? confirmedIncident : theme;
            kind = statement ? kind : Discovery.KIND;
        }
        if (!statement && InquiryOpened.opened(tokens, anchor, action, theme)) {
            action = InquiryOpened.ACTION;
            theme = InquiryOpened.theme(tokens, anchor, clauseEnd);
            kind = InquiryOpened.KIND;
        }
        if (!statement && PersonLanding.arrives(tokens, mentions, anchor, subject)) {
            action = PersonLanding.ARRIVE;
            kind = EventKinds.TRAVEL;
        }
        if (!statement && occasion < 0 && Testimony.givenEvidence(tokens, anchor)) {
            action = Testimony.TESTIFY;
            kind = EventKinds.HEARING;
        }
        String[] theft = Taking.of(tokens, act, theme);
        if (theft != null) {
            action = theft[0];
            theme = theft[1];
            kind = statement ? kind : EventKinds.of(theft[0]);
        }
        String happening = HappeningNoun.action(tokens, act);
        happening = happening == null && !statement ? HappeningNoun.followed(tokens, anchor, date) : happening;
        if (happening != null) {
            action = happening;
            String of = HappeningNoun.theme(tokens, act);
            theme = of != null ? of : theme;
            kind = statement ? kind : EventKinds.of(happening);
        }
        // Session 13 (s13-scena): "the strike that began on Thursday" is the strike; "stopped work" a walkout.
        String started = happening == null ? StartedHappening.action(tokens, act) : null;
        if (started != null) {
            action = started;
            kind = statement ? kind : EventKinds.of(started);
        }
        if (WorkStoppage.told(tokens, act)) {
            action = WorkStoppage.WALKOUT;
            kind = statement ? kind : EventKinds.STRIKE;
        }
        // MeansAct (session 10): "retaliated by expelling two diplomats" tells the expulsion.
        int means = statement ? -1 : MeansAct.of(tokens, anchor);
        if (means >= 0) {
            action = verbLemmas.apply(tokens.get(means).text());
            kind = EventKinds.of(action);
            String meansTheme = EventTheme.of(tokens, mentions, means, date);
            theme = meansTheme != null ? meansTheme : theme;
        }
        if (!statement && CourtAppearance.at(tokens, anchor)) {
            kind = EventKinds.HEARING;
        }
        // s11-scena: a verdict and a sentence are one happening each, however worded.
        String verdict = Verdict.action(tokens, act);
        if (verdict != null) {
            action = verdict;
            theme = Verdict.VERDICT;
            kind = statement ? kind : EventKinds.RULING;
        }
        String plea = GuiltyPlea.plea(tokens, act);
        if (plea != null) {
            action = GuiltyPlea.PLEAD;
            theme = plea;
            kind = statement ? kind : GuiltyPlea.PLEA;
        }
        String sentenced = Sentencing.action(tokens, act);
        if (sentenced != null) {
            action = sentenced;
            theme = Sentencing.SENTENCE;
            kind = statement ? kind : Sentencing.SENTENCE;
        }
        if (!statement && Expulsion.action(tokens, mentions, means >= 0 ? means : anchor) != null) {
            action = Expulsion.EXPEL;
            kind = EventKinds.EXPULSION;
            String left = Expulsion.leftPlace(tokens, mentions, anchor);
            if (left != null) {
                participants.putIfAbsent(left, EntityKind.PLACE);
            }
            // "declared him persona non grata": the Latin words are no object.
            theme = "persona".equals(theme) ? null : theme;
        }
        int document = statement ? -1 : DocumentArrival.document(tokens, anchor);
        if (document >= 0) {
            action = DocumentArrival.PUBLISH;
            theme = tokens.get(document).lemma();
            kind = EventKinds.of(action);
        }
        String measure = statement ? null : MeasureInForce.takingEffect(tokens, anchor);
        if (measure != null) {
            action = "effect";
            theme = measure;
            kind = MeasureInForce.MEASURE;
        } else if (!statement && MeasureInForce.putInForce(action, theme)) {
            kind = MeasureInForce.MEASURE;
        }
        // TruceInForce (s11-scenb): "the ceasefire came into force on Thursday".
        String truce = statement || measure != null ? null : TruceInForce.takingEffect(tokens, anchor);
        if (truce != null) {
            action = TruceInForce.ACTION;
            theme = truce;
            kind = TruceInForce.KIND;
        }
        if (testimony) {
            action = Testimony.TESTIFY;
            theme = Testimony.TESTIMONY;
            kind = EventKinds.HEARING;
        }
        if (!statement && Deadline.dated(tokens, date)) {
            action = Deadline.DEADLINE;
            theme = null;
            kind = EventKinds.DEADLINE;
        }
        if (byPhone(anchor, date, statement, contentVerb, clauseEnd)) {
            action = PhoneCall.CALL;
            theme = PhoneCall.CALL;
            kind = statement ? kind : PhoneCall.CALL;
        }
        // Session 12 (lead): a release or handover "in exchange for" someone is the exchange, whatever else it tells.
        if (!statement && ExchangedFor.of(tokens, anchor, clauseEnd)) {
            action = EventKinds.EXCHANGE;
            kind = EventKinds.EXCHANGE;
        }
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
        if (verdict != null || sentenced != null || plea != null) {
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

    /**
     * Whether the act is told as done on the telephone ({@link PhoneCall}): in the clause of what
     * was said for a statement, else in the clause of the verb or of its date ("In a phone call
     * on Monday, X agreed ...").
     */
    private boolean byPhone(int anchor, int[] date, boolean statement, int contentVerb, int clauseEnd) {
        if (statement) {
            return contentVerb >= 0 && PhoneCall.told(tokens, contentVerb, clauses().end(contentVerb + 1));
        }
        return PhoneCall.told(tokens, clauses().start(anchor), clauseEnd)
                || date[0] >= 0 && PhoneCall.told(tokens, clauses().start(date[0]), clauses().end(date[0]));
    }

    /**
     * "Okafor spent three hours with Sokova" is a meeting: time spent or passed with someone
     * named in the same clause (a person or an organisation; not a place).
     */
    private boolean timeWithSomeone(int anchor, int clauseEnd) {
        String lemma = tokens.get(anchor).lemma();
        if (!lemma.equals("spend") && !lemma.equals("pass")) {
            return false;
        }
        for (int k = anchor + 1; k + 1 < clauseEnd && k + 1 < tokens.size(); k++) {
            int next = afterTitles(k + 1);
            if (tokens.get(k).is("with")
                    && mentions.stream().anyMatch(m -> m.first() == next && m.kind() != EntityKind.PLACE)) {
                return true;
            }
        }
        return false;
    }

    /** A subject naming a judge or a court ("Judge Abena Mensah", "the appeals court", "Harlow Crown Court"). */
    private boolean courtSubject(int[] subject) {
        for (int k = subject[0]; k < subject[1]; k++) {
            if (EventKinds.courtWord(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Putin will receive the envoys" is a meeting, "Putin received a draft" a transfer; so is
     * "gave Rydell a draft", where the person is who gets the thing named after it.
     */
    private boolean personFollows(int anchor) {
        int first = afterTitles(anchor + 1);
        return mentions.stream().anyMatch(m -> m.first() == first && m.kind() == EntityKind.PERSON
                && !thingAfter(m.last() + 1));
    }

    /** Whether a noun phrase starts at {@code k}: the second object of "gave Rydell a draft". */
    private boolean thingAfter(int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.pos().equals("DET") || t.noun() || t.pos().equals("ADJ") || t.pos().equals("NUM");
    }

    /** The first token from {@code k} on that is no title ("Foreign Minister" before a name). */
    private int afterTitles(int k) {
        int next = k;
        while (next < tokens.size() && MentionFinder.TITLES.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))) {
            next++;
        }
        return next;
    }
}
