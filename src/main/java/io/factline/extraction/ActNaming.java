package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Names the act a clause tells ({@link ActReading}): its action, kind and object. The verb gives the
 * first guess; the rule classes then, in a fixed order, rename what they recognise, each one after those
 * before it, so a later rule wins. The second part of building a candidate ({@link CandidateBuilder}).
 */
final class ActNaming {

    private final SentenceAnalysis analysis;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final ArticleContext context;
    private final UnaryOperator<String> verbLemmas;
    private final int anchor;
    private final int[] date;
    private final Token head;
    private final boolean recall;
    private final boolean announced;
    private final boolean testimony;
    private final String confirmedIncident;
    private final boolean statement;
    private final int[] subject;
    private final Map<String, EntityKind> participants;
    private final int contentVerb;
    private final int clauseEnd;
    private final int act;
    private final int[] actor;
    private final String message;

    private String action;
    private String kind;
    private String theme;
    /** A happening noun between the anchor and its time ("… the talks on Monday"), or -1. */
    private int occasion;
    private String accidentNoun;
    /** Whether the act is a verdict, a sentence or a plea: it concerns the people only. */
    private boolean personal;

    ActNaming(SentenceAnalysis analysis, ActReading read) {
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.mentions = analysis.mentions();
        this.context = analysis.context();
        this.verbLemmas = analysis.verbLemmas();
        this.anchor = read.anchor;
        this.date = read.date;
        this.head = read.head;
        this.recall = read.recall;
        this.announced = read.announced;
        this.testimony = read.testimony;
        this.confirmedIncident = read.confirmedIncident;
        this.statement = read.statement;
        this.subject = read.subject;
        this.participants = read.participants;
        this.contentVerb = read.contentVerb;
        this.clauseEnd = read.clauseEnd;
        this.act = read.act;
        this.actor = read.actor;
        this.message = read.message;
        fromVerb();
        byObject();
        byIncident();
        byHappeningAndCourt();
        overrides();
    }

    String action() {
        return action;
    }

    String kind() {
        return kind;
    }

    String theme() {
        return theme;
    }

    /** The noun that opens an accident's subject ("the crash"), or null. */
    String accidentNoun() {
        return accidentNoun;
    }

    /** Whether the act is a verdict, a sentence or a plea ({@link PersonalAct}). */
    boolean personal() {
        return personal;
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

    /** The verb's own action and kind, a statement's content verb, and the object. */
    private void fromVerb() {
        action = recall ? AnnouncedRecall.RECALL : announced ? AnnouncedObject.DECLARE
                : EventKinds.phrasal(head.lemma(), anchor + 1 < tokens.size() ? tokens.get(anchor + 1).lemma() : "");
        kind = EventKinds.of(action);
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
        occasion = date[0] < 0 || EventKinds.known(kind) ? -1 : anchors().occasionBetween(anchor, date[0]);
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
        theme = message != null ? message : EventTheme.of(tokens, mentions, themeFrom, date);
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
    }

    /** Renamings the verb and its object decide: a fire started, a deal reached, a loan, an offer, an accident. */
    private void byObject() {
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
        accidentNoun = null;
        if (accident != null) {
            action = accident;
            kind = EventKinds.of(accident);
            participants.keySet().removeIf(AccidentNoun::openingNoun);
            accidentNoun = AccidentNoun.opening(tokens, subject);
        }
    }

    /** Incidents and inquiries: inspections, force, shelling, derailments, hazards, intrusions, findings, thefts. */
    private void byIncident() {
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
    }

    /** Happening nouns, strikes, acts told by their means, and court: verdicts, pleas, sentences, expulsions. */
    private void byHappeningAndCourt() {
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
        // s17-verbs: any happening noun said to begin ("the eruption began", "a wildfire that broke out").
        if (started == null && happening == null && StartedHappening.onsetVerb(action)) {
            started = StartedHappening.anyHappening(tokens, act);
        }
        if (started != null && InquiryOpened.inquiry(started)) {
            action = InquiryOpened.ACTION; // "the investigation, which began on Tuesday" is the inquiry opened
            theme = InquiryOpened.THEME;
            kind = statement ? kind : InquiryOpened.KIND;
        } else if (started != null) {
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
        personal = verdict != null || sentenced != null || plea != null;
    }

    /** Rules that win over all before them: documents, measures and truces in force, testimony, deadlines, calls, exchanges. */
    private void overrides() {
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
