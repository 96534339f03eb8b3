package io.factline.extraction;

import io.factline.date.EdtfDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One incident — a leak, a fire, an explosion, a collapse, a crash, a derailment, a shooting — told by
 * outlets that name different things: the owner of a pipeline or its operator, the river it fouled or the
 * town near it, or nothing but "the weekend leak". Such reports share no participant, so the general
 * rule ({@link EventMatcher}) kept them apart, and the DATE conflict of an outlet a day off was lost.
 *
 * <p>Two reports are one incident on their kind alone ({@link #byKind}) when all of these hold:
 * <ul>
 *   <li>both tell an incident of the same family, as an incident ({@link #told}: a fire whose subject is
 *       the fire, not "the club fired its coach"; a collapse of a roof, not of talks; a crash of a vehicle,
 *       not of a market; a leak of fuel, not of a memo);</li>
 *   <li>they come from different articles (one article tells two incidents of a kind as two);</li>
 *   <li>both are dated to a day or two (a day, a night, a weekend), at most {@value #NEAR_DAYS} day
 *       apart;</li>
 *   <li>their places do not differ ({@link IncidentPlaces}: a missing place, a river against a town, a town
 *       against its pumping station are no disagreement; two towns are);</li>
 *   <li>and the stored event is the only one that matches so ({@link EventMatcher#best}): with two leaks
 *       reported in the valley that week, a third report that names neither's place or people joins
 *       none.</li>
 * </ul>
 * Reports that share a participant (the pipeline's owner) are one incident up to {@value #NEAR_DAYS}
 * day apart when their places do not differ ({@link #nearDate}).
 */
final class Incident {

    /** How many days apart two reports of one incident may date it (an outlet a day off). */
    static final int NEAR_DAYS = 1;
    /** The longest date a report may give to count here: a day, a night over two days, a weekend. */
    private static final int MAX_DAYS = 2;

    static final String FIRE = "fire";
    private static final String COLLAPSE = "collapse";

    /**
     * The family of each incident kind ({@link EventKinds}): what one outlet's verb and another's noun share; a
     * natural hazard reaching a place is one too (s13-scenb, {@link HazardStrike}).
     */
    private static final Set<String> FAMILIES = Stream.concat(Stream.of(EventKinds.LEAK,
            EventKinds.EXPLOSION, EventKinds.CRASH, EventKinds.SHOOTING, FIRE, COLLAPSE, Derailment.DERAIL),
            HazardStrike.families().stream()).collect(Collectors.toUnmodifiableSet());

    /** What burns in a fire report: "fire tore through", "a blaze broke out", "flames spread". */
    private static final Set<String> FIRES = Set.of("fire", "blaze", "flame", "flames", "inferno", "wildfire",
            "bushfire");
    /** What falls down in a collapse report; talks, companies and currencies collapse too. */
    private static final Set<String> STRUCTURES = Set.of("roof", "bridge", "building", "wall", "tunnel", "mine",
            "dam", "stand", "ceiling", "block", "tower", "floor", "house", "crane", "scaffolding", "structure",
            "balcony", "shaft", "embankment", "collapse", "stage", "grandstand", "footbridge", "pier", "tenement",
            "rockfall");
    /** What crashes in a crash report; markets, prices and websites crash too. */
    private static final Set<String> VEHICLES = Set.of("car", "bus", "train", "plane", "aircraft", "jet",
            "helicopter", "lorry", "truck", "van", "coach", "vehicle", "motorcycle", "ferry", "boat", "tram",
            "airliner", "crash", "collision", "driver", "pilot", "tanker", "minibus", "taxi", "drone",
            // s17-verbs: ships told by their class ("the vessel struck a cargo ship").
            "ship", "vessel", "freighter", "carrier", "trawler", "barge", "yacht", "tug");
    /** Objects of a shooting that is no gunfire: a film, a video. */
    private static final Set<String> FILMED = Set.of("film", "video", "footage", "scene", "movie", "photo",
            "picture", "advert", "documentary", "episode", "commercial");
    /** Objects and subjects of a leak that is no spill: a memo, data. */
    private static final Set<String> DISCLOSED = Set.of("document", "data", "talks", "money");

    private Incident() {
    }

    /** The incident family of a kind, or null when the kind is no incident. */
    static String family(String kind) {
        return kind != null && FAMILIES.contains(kind) ? kind : null;
    }

    /** Whether the noun names something burning ("fire", "wildfire", "blaze"): a fire's own noun. */
    static boolean burning(String noun) {
        return noun != null && FIRES.contains(noun);
    }

    /** Whether both are of one incident family (whether or not told as incidents). */
    static boolean sameFamily(String a, String b) {
        return family(a) != null && family(a).equals(family(b));
    }

    /** Whether the report tells an incident of its family as such, not a homonym (see the class comment). */
    static boolean told(EventMatcher.Features report) {
        String kind = family(report.kind());
        if (kind == null) {
            return false;
        }
        String subject = report.subject();
        String theme = report.theme();
        return switch (kind) {
            case FIRE -> subject != null && FIRES.contains(subject);
            case COLLAPSE -> subject != null && STRUCTURES.contains(subject);
            case EventKinds.CRASH -> subject != null && VEHICLES.contains(subject);
            case EventKinds.SHOOTING -> theme == null || !FILMED.contains(theme);
            case EventKinds.LEAK -> !disclosed(theme) && !disclosed(subject);
            default -> true;
        };
    }

    private static boolean disclosed(String word) {
        return word != null && DISCLOSED.stream().anyMatch(kind -> EventKinds.sameTheme(word, kind) || word.equals(kind));
    }

    /**
     * Whether two reports that share no participant are one incident by kind, date and place (see the class
     * comment); the caller still requires the stored event to be the only such match.
     */
    static boolean byKind(EventMatcher.Features candidate, EventMatcher.Features event, boolean sameArticle,
            IncidentPlaces.Relation place) {
        if (sameArticle || place == IncidentPlaces.Relation.DIFFERENT || !sameFamily(candidate.kind(), event.kind())
                || !told(candidate) || !told(event) || !brief(candidate.date()) || !brief(event.date())) {
            return false;
        }
        return nearDate(candidate.date(), event.date());
    }

    /** Whether two dates overlap or lie at most {@value #NEAR_DAYS} day apart. */
    static boolean nearDate(EdtfDate a, EdtfDate b) {
        if (a == null || b == null) {
            return false;
        }
        return a.overlaps(b) || EventMatcher.gapDays(a, b) <= NEAR_DAYS;
    }

    private static boolean brief(EdtfDate date) {
        return date != null && !date.open() && date.days() <= MAX_DAYS;
    }
}
