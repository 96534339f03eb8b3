package io.factline.extraction;

import io.factline.date.EdtfDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an event candidate is an event already on the timeline (so it becomes one
 * more claim on it) and whether a denial is about an event reported elsewhere.
 *
 * <p><b>Same event.</b> A candidate and a stored event are the same happening when all of these
 * hold:
 * <ol>
 *   <li>their kinds are compatible ({@link EventKinds#compatible}: equal, travel and meeting, or a court hearing and ruling);</li>
 *   <li>they share at least one participant (entity ids, so aliases count; an organisation or country on one
 *       side that a participant of the other acts for counts too: {@link SharedParties}, session 15);</li>
 *   <li>their places do not differ, unless they share two or more participants (one source says
 *       "Russia", another "Moscow");</li>
 *   <li>and either their dates overlap and they agree strongly enough — two or more shared
 *       participants, or one plus the same action lemma (or a synonym: "reply" and "answer"), the same place or the same object
 *       (or, for a kind a participant has once a day — a ruling, a break-in: {@link EventKinds#oneADay} —, the same kind) — or
 *       their dates do <em>not</em> overlap but lie at most {@value #NEAR_DAYS} days apart, they
 *       agree on who, what and where — two or more shared participants, or one plus the same
 *       action (or the same specific kind: "strike" and "walk out") and the same place or object
 *       ("vote on the offer") — and the
 *       candidate comes from another article than every claim on the event. That last case is a
 *       disagreement about the date of one happening (a DATE conflict), not a second happening:
 *       one article does not contradict itself, and events weeks apart with the same people are
 *       repeats. Here the kinds must be equal, or the trip be one made for talks ("travel to
 *       Vienna on Thursday for talks" against "meet in Vienna on Friday"): an arrival on
 *       Wednesday and a meeting on Thursday are two happenings. Statements are the exception: saying the same
 *       thing on two days is two statements, not a disagreement about one. So are two reports sharing one
 *       participant of which each names a person the other does not ("met Y on Monday" / "met Z on
 *       Tuesday": two meetings).</li>
 * </ol>
 * Two statements from one article are two sentences, so two statements, never one.
 * One exception to the shared participant: when one side names nobody ("dock workers at
 * Westhaven walked out on Thursday"), the same action or specific kind, the same place and
 * overlapping dates make it the same happening. Without a place on either side ("drivers walked
 * out across the network on Thursday"), the same action or specific kind on the same day (or the same coarser date, such as a month, when their objects agree too), from
 * another article (or from the same one, when it tells the same action and kind of object again), make it the same happening when that stored event is the only one that
 * matches so, and the kind is not one that many have on any day ({@link EventKinds#telling}:
 * not a meeting, trip or statement). A candidate naming nobody a few days away from such an event
 * is that event told with another date when its object, its source or its culprits ("a gang struck",
 * "burglars broke in") tie them ({@link UnnamedDateDisagreement}).
 * Incidents (a leak, a fire, a crash …: {@link Incident}) are placed at different scales by different
 * outlets, so their places are compared by {@link IncidentPlaces} (a town and its pumping station are one
 * place; a river disagrees with no town); one shared participant with dates at most a day apart is one
 * incident, and with no shared participant the kind alone is, under {@link Incident#byKind}'s narrow
 * conditions and only while one stored incident matches so (s12-incident).
 * An object that is the happening's own noun ("announced the recall") agrees with any object of the same
 * action ({@link SelfNamedObject}, session 13).
 * Session 16 (s16-merge): an act told directly and, by another article, as what was said of it that same day
 * ("the panel suspended her" / "the panel said she had been suspended") is one happening whatever their kinds
 * ({@link ReportedAct}); and the doer told by the same noun in two reports, one naming nobody ("the central bank
 * lent …"), with the same action, kind of object and day, is one even of a kind many have on any day
 * ({@link DescribedDoer}).
 * Session 17 (s17-date): one party's act of a kind of its own (a strike, a recall, a closure), told by another
 * article a day off with nothing that disagrees, is one act with a DATE conflict, even with one shared participant
 * and nothing else in common — or, when one names nobody, the same place — while the party has no other act of that
 * kind stored on another day ({@link DayOffReport}). No match across two dates holds when either report tells its
 * act as a repeat ("walked out again", "another walkout", an article telling the act on two days: {@link RepeatedAct},
 * read by the caller from the sentences).
 * Among several matches the highest score wins: overlapping dates first, then shared
 * participants, then same place, same action and same object.
 *
 * <p><b>Denial.</b> A denying candidate ("Russia hasn't received any recent documents", said on
 * 20 January) denies a stored asserted event when they name the same action ("receive") or its
 * other end ("sent a letter" / "has not received any letter": {@link EventKinds#sameOrConverseAction}), share a
 * participant or an object of the same kind ("documents" / "draft"; an asserted statement needs
 * the object, since "Putin will receive the envoys" is not what "Putin received no proposals"
 * denies), and the asserted event's
 * date falls within the {@value #DENIAL_LOOKBACK_DAYS} days up to the denial (or overlaps the
 * denial's own date when the denial is about a dated event rather than a statement); a denial that
 * restates who did what (same action, same kind of object, a shared participant) of a one-off act
 * reaches back {@value #RESTATED_DENIAL_REACH_DAYS} days.
 */
public final class EventMatcher {

    public static final int NEAR_DAYS = 7;
    public static final int DENIAL_LOOKBACK_DAYS = 31;
    /**
     * How far back a denial that restates who did what — the same action, an object of the same
     * kind and a shared participant — may reach when what it denies is a one-off act of a kind of its
     * own ({@link EventKinds#telling}: a theft, a diversion of money, an arrest; not a handover or a
     * meeting, which recur): "her client had not moved any client funds" denies the transfer of client
     * money prosecutors date a year and a half before (s9-scena).
     */
    public static final int RESTATED_DENIAL_REACH_DAYS = 3 * 366;

    /**
     * What the rule compares of an event or a candidate.
     *
     * @param articleIds the articles with claims on the event; for a candidate, its own article
     * @param sourceIds  for a candidate, the entity its source names ("the union said"), if known;
     *                   empty for a stored event
     * @param subject    the noun of a subject that names nobody ("crew"), or null ({@link GeneralObject})
     * @param affiliateIds what its participants act for or belong to ({@link Affiliation}), which another
     *                   report may name instead of them ({@link SharedParties})
     * @param denying    whether it only denies (a denial, or a stored event no claim asserts): a report of an act
     *                   as said is told by an asserting one only ({@link ReportedAct})
     */
    public record Features(long id, Set<Long> participantIds, String kind, String action, String theme,
            String location, EdtfDate date, Set<Long> articleIds, Set<Long> sourceIds, String subject,
            Set<Long> personIds, Set<Long> affiliateIds, boolean denying) {

        /** Asserting ({@code denying} false). */
        public Features(long id, Set<Long> participantIds, String kind, String action, String theme,
                String location, EdtfDate date, Set<Long> articleIds, Set<Long> sourceIds, String subject,
                Set<Long> personIds, Set<Long> affiliateIds) {
            this(id, participantIds, kind, action, theme, location, date, articleIds, sourceIds, subject, personIds,
                    affiliateIds, false);
        }

        /** Without knowing what the participants act for ({@code affiliateIds} empty: {@link SharedParties}). */
        public Features(long id, Set<Long> participantIds, String kind, String action, String theme,
                String location, EdtfDate date, Set<Long> articleIds, Set<Long> sourceIds, String subject,
                Set<Long> personIds) {
            this(id, participantIds, kind, action, theme, location, date, articleIds, sourceIds, subject, personIds,
                    Set.of());
        }

        /** Without knowing which participants are people ({@code personIds} empty: no one is told apart by them). */
        public Features(long id, Set<Long> participantIds, String kind, String action, String theme,
                String location, EdtfDate date, Set<Long> articleIds, Set<Long> sourceIds, String subject) {
            this(id, participantIds, kind, action, theme, location, date, articleIds, sourceIds, subject, Set.of());
        }

        public Features(long id, Set<Long> participantIds, String kind, String action, String theme,
                String location, EdtfDate date, Set<Long> articleIds, Set<Long> sourceIds) {
            this(id, participantIds, kind, action, theme, location, date, articleIds, sourceIds, null);
        }

        public Features(long id, Set<Long> participantIds, String kind, String action, String theme,
                String location, EdtfDate date, Set<Long> articleIds) {
            this(id, participantIds, kind, action, theme, location, date, articleIds, Set.of());
        }
    }

    /**
     * A stored event the candidate matches, with the score that ranked it.
     *
     * @param alone true when it matched on action and day only, which holds only while no other
     *              stored event matches so ({@link #best})
     * @param dayOff true when it matched as one act another outlet dates a day off ({@link DayOffReport}), which
     *               holds only while the party has no other act of that kind stored on another day (like every
     *               match across two dates, the caller drops it when either side's reports tell the act as a
     *               repeat: {@link RepeatedAct})
     */
    public record Match(Features event, int score, boolean sameDate, boolean alone, boolean dayOff) {

        Match(Features event, int score, boolean sameDate, boolean alone) {
            this(event, score, sameDate, alone, false);
        }

        Match(Features event, int score, boolean sameDate) {
            this(event, score, sameDate, false);
        }
    }

    private EventMatcher() {
    }

    /** Every stored event the candidate matches by the rule, each judged as if it were the only one. */
    public static List<Match> matches(Features candidate, List<Features> events) {
        return events.stream()
                .map(e -> score(candidate, e))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The best stored event for the candidate, or empty when it is a new event. */
    public static Optional<Match> best(Features candidate, List<Features> events) {
        List<Match> matches = matches(candidate, events);
        Optional<Match> best = matches.stream()
                .max(Comparator.comparingInt(Match::score).thenComparing(m -> -m.event().id()));
        // s12-incident: an incident matched on kind alone must be the only such match, whatever its date.
        boolean byKind = best.isPresent() && Incident.sameFamily(candidate.kind(), best.get().event().kind());
        if (best.isPresent() && best.get().alone() && matches.stream()
                .filter(m -> m.alone() && (byKind || m.sameDate() == best.get().sameDate())).count() > 1) {
            return Optional.empty();
        }
        // s17-date: an act a day off is the stored one only while the party has no other of its kind on another day.
        if (best.isPresent() && best.get().dayOff() && DayOffReport.series(candidate, best.get(), events)) {
            return Optional.empty();
        }
        return best;
    }

    /** The match of one candidate against one event, when the rule says they are the same. */
    public static Optional<Match> score(Features candidate, Features event) {
        boolean sameArticle = event.articleIds().stream().anyMatch(candidate.articleIds()::contains);
        // s16-merge: one outlet tells the act, another what was said of it that day ("said it had opened an inquiry").
        if (ReportedAct.matches(candidate, event, sameArticle)) {
            return Optional.of(new Match(event, 100 + (int) SharedParties.count(candidate, event) * 10, true));
        }
        if (!EventKinds.compatible(candidate.kind(), event.kind())) {
            return Optional.empty();
        }
        if (EventKinds.STATEMENT.equals(candidate.kind()) && sameArticle) {
            return Optional.empty();
        }
        long shared = SharedParties.count(candidate, event);
        // s12-incident: reports of one incident place it at different scales (a river, a station, a town).
        boolean incident = Incident.sameFamily(candidate.kind(), event.kind());
        IncidentPlaces.Relation incidentPlace = IncidentPlaces.relation(candidate.location(), event.location());
        Place place = incident ? Place.of(incidentPlace) : place(candidate.location(), event.location());
        boolean sameAction = EventKinds.sameAction(candidate.action(), event.action());
        boolean sameWhat = sameAction || sameSpecificKind(candidate, event);
        boolean sameTheme = EventKinds.sameTheme(candidate.theme(), event.theme()) || SelfNamedObject.agrees(candidate, event);
        boolean overlap = candidate.date() == null || event.date() == null || candidate.date().overlaps(event.date());
        if (shared == 0) {
            boolean unnamed = candidate.participantIds().isEmpty() || event.participantIds().isEmpty();
            boolean dated = candidate.date() != null && event.date() != null;
            if (unnamed && dated && overlap && sameWhat && place == Place.SAME) {
                return Optional.of(new Match(event, 100 + 5 + 3, true));
            }
            if (UnnamedDateDisagreement.matches(candidate, event, sameArticle, place == Place.DIFFERENT)) {
                return Optional.of(new Match(event, 1, false, true));
            }
            // s13-scenb: a general verb ("ordered") with the same object and place, a day apart.
            if (PlacedActDisagreement.matches(candidate, event, sameArticle, place == Place.SAME)) {
                return Optional.of(new Match(event, 1, false, true));
            }
            if (Incident.byKind(candidate, event, sameArticle, incidentPlace)) {
                return Optional.of(new Match(event, 1 + (place == Place.SAME ? 5 : 0), overlap, true));
            }
            // s13-merge: the same verb on the same kind of object on the same day, naming nobody on either side.
            if (UnnamedSameDeed.matches(candidate, event, sameArticle, place == Place.DIFFERENT)) {
                return Optional.of(new Match(event, 100, true, true));
            }
            // s16-merge: the doer told by the same noun on both sides ("the central bank lent …"), one naming nobody.
            if (DescribedDoer.matches(candidate, event, sameArticle, place == Place.DIFFERENT)) {
                return Optional.of(new Match(event, 100, true, true));
            }
            // s17-date: one act at one place, told a day off by an outlet naming nobody ("dockers at X walked out").
            if (DayOffReport.matches(candidate, event, sameArticle, 0, place == Place.SAME, place == Place.DIFFERENT,
                    sameTheme, false)) {
                return Optional.of(new Match(event, 5, false, true, true));
            }
            boolean sameDay = dated && SameDay.of(candidate.date(), event.date())
                    && (candidate.date().days() == 1 || sameTheme);
            // s9-scena: one article may tell one act twice ("flagged the activity on Monday … the breach was
            // only confirmed on Tuesday"): the same action and object of the same kind on the same day.
            // s13-merge: so may it tell one incident twice ("before this week's derailment" … "wagons derailed on
            // Tuesday night"): the same verb of an incident on the same day, places not differing.
            boolean toldAgain = !sameArticle || sameAction && (sameTheme || Incident.family(candidate.kind()) != null);
            return unnamed && sameDay && sameWhat && place == Place.UNKNOWN && toldAgain
                    && EventKinds.telling(candidate.kind()) && EventKinds.telling(event.kind())
                    ? Optional.of(new Match(event, 100, true, true)) : Optional.empty();
        }
        if (place == Place.DIFFERENT && shared < 2) {
            return Optional.empty();
        }
        int score = (int) shared * 10 + (place == Place.SAME ? 5 : 0) + (sameAction ? 3 : 0) + (sameTheme ? 2 : 0);
        if (overlap) {
            boolean strong = shared >= 2 || sameAction || place == Place.SAME || sameTheme
                    || sameWhat && EventKinds.oneADay(candidate.kind()) || incident || SameDayVote.matches(candidate, event);
            return strong ? Optional.of(new Match(event, score + 100, true)) : Optional.empty();
        }
        if (EventKinds.STATEMENT.equals(candidate.kind())) {
            return Optional.empty();
        }
        boolean sameKind = EventKinds.same(candidate.kind(), event.kind())
                || tripForTalks(candidate, event) || tripForTalks(event, candidate);
        // Session 10: an expulsion is told by who is sent out; two of different people are two acts,
        // whichever countries take part ("expelled the ambassador" on Monday, "expelled three diplomats"
        // in return on Wednesday: both countries in each). Other acts are often told with other objects
        // ("ordered work to stop", "halted construction"), so for them the object does not decide.
        boolean objectsDiffer = EventKinds.EXPULSION.equals(candidate.kind()) && candidate.theme() != null
                && event.theme() != null && !sameTheme;
        // s15-words: what a person does or undergoes once (resigns, is dismissed, dies, is arrested) is told with
        // other objects or none ("stood down as minister" / "resigned"): the same act of one shared person will do.
        boolean samePerson = sameWhat && EventKinds.oncePerPerson(candidate.kind()) && sharesPerson(candidate, event);
        boolean agree = (shared >= 2 && !objectsDiffer || sameWhat && (place == Place.SAME || sameTheme) || samePerson
                || incident && Incident.nearDate(candidate.date(), event.date()))
                && !(shared < 2 && otherPeople(candidate, event));
        if (!sameArticle && sameKind && agree && place != Place.DIFFERENT
                && gapDays(candidate.date(), event.date()) <= NEAR_DAYS) {
            return Optional.of(new Match(event, score, false));
        }
        // s17-date: one shared party and the same kind of act of its day, a day off, nothing disagreeing.
        if (DayOffReport.matches(candidate, event, sameArticle, shared, place == Place.SAME, place == Place.DIFFERENT,
                sameTheme, otherPeople(candidate, event))) {
            return Optional.of(new Match(event, score, false, true, true));
        }
        return Optional.empty();
    }

    /**
     * Whether each side names a person the other does not (session 12, lead): "X met Y in Geneva on Monday"
     * and "X met Z in Geneva on Tuesday" are two meetings of X, not one told with two dates; so are one
     * force's arrests of two people on two days. Only for a match on one shared participant across dates.
     */
    private static boolean otherPeople(Features candidate, Features event) {
        return ownPerson(candidate, event) && ownPerson(event, candidate);
    }

    /**
     * Whether one side names a person the other does not, neither as a participant nor as what its
     * participants act for (session 15: a country stored as a person by a slip is still the country its
     * minister acts for).
     */
    private static boolean ownPerson(Features one, Features other) {
        return one.personIds().stream()
                .anyMatch(id -> !other.participantIds().contains(id) && !other.affiliateIds().contains(id));
    }

    /** Whether a participant both share is a person (as either side knows its people). */
    private static boolean sharesPerson(Features candidate, Features event) {
        return candidate.participantIds().stream().filter(event.participantIds()::contains)
                .anyMatch(id -> candidate.personIds().contains(id) || event.personIds().contains(id));
    }

    /** A trip made for talks ("travel to Vienna for talks") told by another source as the meeting itself. */
    private static boolean tripForTalks(Features trip, Features meeting) {
        return EventKinds.TRAVEL.equals(trip.kind()) && EventKinds.MEETING.equals(meeting.kind())
                && EventKinds.sameTheme(trip.theme(), "talks");
    }

    /** Both name the same specific kind of happening ("strike" and "walk out"), not just any statement. */
    private static boolean sameSpecificKind(Features a, Features b) {
        return a.kind() != null && a.kind().equals(b.kind()) && EventKinds.known(a.kind());
    }

    /**
     * Whether a denying candidate denies the asserted event (see the class comment).
     *
     * @param statement true when the denial's date is when it was said, not when the event was
     */
    public static boolean denies(Features denial, Features asserted, boolean statement) {
        if (denial.id() == asserted.id() || !EventKinds.sameOrConverseAction(denial.action(), asserted.action())) {
            return false;
        }
        boolean sameWhat = EventKinds.sameTheme(denial.theme(), asserted.theme()) || GeneralObject.meets(denial, asserted);
        if (EventKinds.STATEMENT.equals(asserted.kind()) && !sameWhat) {
            return false;
        }
        boolean shared = SharedParties.count(denial, asserted) > 0;
        // DescribedThing (s10-scend): "No patient has died" / "two patients who caught it died".
        if (!shared && !sameWhat && !DescribedThing.sameSubject(denial, asserted)) {
            return false;
        }
        if (denial.date() == null || asserted.date() == null) {
            return true;
        }
        if (!statement) {
            return denial.date().overlaps(asserted.date());
        }
        boolean oneOff = EventKinds.known(asserted.kind()) && EventKinds.telling(asserted.kind());
        int reach = oneOff && shared && EventKinds.sameAction(denial.action(), asserted.action())
                && EventKinds.sameTheme(denial.theme(), asserted.theme())
                || RestatedHandover.restates(denial, asserted) ? RESTATED_DENIAL_REACH_DAYS : DENIAL_LOOKBACK_DAYS;
        return !asserted.date().sortStart().isAfter(denial.date().sortEnd())
                && !asserted.date().sortEnd().isBefore(denial.date().sortStart().minusDays(reach));
    }

    /**
     * Of the asserted events a denial {@link #denies} (as a statement), the one it most likely
     * means: most shared participants, then the same article, then an object of the same kind,
     * then the latest date. A denial is linked to one event only, so that a vague denial ("no
     * documents have arrived") cannot tie together every document ever reported.
     */
    public static Optional<Features> mostLikelyDenied(Features denial, List<Features> asserted) {
        Comparator<Features> likelihood = Comparator
                .comparingLong((Features a) -> SharedParties.count(denial, a))
                .thenComparing(a -> a.articleIds().stream().anyMatch(denial.articleIds()::contains))
                .thenComparing(a -> EventKinds.sameTheme(denial.theme(), a.theme()) || GeneralObject.meets(denial, a))
                .thenComparing(a -> a.date() == null ? java.time.LocalDate.MIN : a.date().sortEnd());
        return asserted.stream().filter(a -> denies(denial, a, true)).max(likelihood);
    }

    private enum Place {
        SAME, DIFFERENT, UNKNOWN;

        /** An incident's places: nested ones are the same place, a feature and a town no disagreement. */
        static Place of(IncidentPlaces.Relation relation) {
            return switch (relation) {
                case SAME -> SAME;
                case DIFFERENT -> DIFFERENT;
                case COMPATIBLE, UNKNOWN -> UNKNOWN;
            };
        }
    }

    private static Place place(String a, String b) {
        if (a == null || b == null) {
            return Place.UNKNOWN;
        }
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)) ? Place.SAME : Place.DIFFERENT;
    }

    /** Days between two date intervals that do not overlap (open sides count as far away). */
    static long gapDays(EdtfDate a, EdtfDate b) {
        if (a.open() || b.open()) {
            return Long.MAX_VALUE;
        }
        EdtfDate first = a.sortEnd().isBefore(b.sortStart()) ? a : b;
        EdtfDate second = first == a ? b : a;
        return ChronoUnit.DAYS.between(first.sortEnd(), second.sortStart());
    }
}
