package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an article has introduced so far, for within-article coreference: people by full name
 * (so a later "Putin" or "Jared" links to "Vladimir Putin" or "Jared Kushner"), roles ("the
 * envoy" → the person introduced as "envoy Steve Witkoff"), the kinds names were seen with,
 * and unnamed sources ("the people" → "people familiar with the matter").
 */
public final class ArticleContext {

    private final Map<String, String> byPart = new HashMap<>();
    private final Map<String, String> byRole = new HashMap<>();
    private Map<String, String> rolesAhead = Map.of();
    private final Map<String, String> byDescription = new HashMap<>();
    private final Map<String, String> byCompanyPart = new HashMap<>();
    private final Map<String, String> clients = new HashMap<>();
    private final Map<String, EntityKind> kinds = new LinkedHashMap<>();
    private final List<String> recent = new ArrayList<>();
    private final Set<String> writtenAsPlace = new java.util.HashSet<>();
    private final Map<String, Map<String, EntityKind>> happenings = new HashMap<>();
    private final Map<String, String> counted = new HashMap<>();
    private final Map<String, Map<String, EntityKind>> brought = new HashMap<>();
    private final Map<String, String> described = new HashMap<>();
    private final Set<String> namesWithin;
    private final Map<String, String> storedPeople;
    private String anonymousSource;
    private String lastSubject;
    private String bodyPlace;
    private String dateline;
    private final Set<Affiliation> affiliations = new java.util.LinkedHashSet<>();
    private Set<String> organisationsByUse = Set.of();

    public ArticleContext() {
        this(Set.of());
    }

    /** @param namesWithin the words the article capitalises inside its sentences ({@link OpeningName}) */
    public ArticleContext(Set<String> namesWithin) {
        this(namesWithin, Map.of());
    }

    /**
     * @param storedPeople full names of people stored by earlier articles, by their surname's
     *                     normalised form ({@link StoredPeople})
     */
    public ArticleContext(Set<String> namesWithin, Map<String, String> storedPeople) {
        this.namesWithin = namesWithin;
        this.storedPeople = storedPeople;
    }

    /** Whether the article writes the word as a name inside a sentence ({@link OpeningName}). */
    public boolean writtenWithin(String word) {
        return namesWithin.contains(word);
    }

    /** Registers a name seen in the article, with its role if one was written before it. */
    public void introduce(String name, EntityKind kind, String role) {
        kinds.merge(name, kind, (old, now) -> old == EntityKind.PERSON ? old : now);
        recent.remove(name);
        recent.add(name);
        if (kind == EntityKind.PERSON) {
            String[] parts = name.split(" ");
            if (parts.length > 1) {
                byPart.put(key(parts[parts.length - 1]), name);
                byPart.putIfAbsent(key(parts[0]), name);
            }
            if (role != null) {
                byRole.put(key(lastWord(role)), name);
            }
        }
    }

    /**
     * The two names of these kinds mentioned last, earliest first: what "the two companies" or
     * "both envoys" refer to. Empty when fewer than two were mentioned.
     */
    public List<String> lastTwo(Set<EntityKind> of) {
        List<String> found = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0 && found.size() < 2; i--) {
            if (of.contains(kinds.get(recent.get(i)))) {
                found.add(0, recent.get(i));
            }
        }
        return found.size() == 2 ? found : List.of();
    }

    /** The name of these kinds mentioned last that {@code accepted} ("the company": the organisation named last), or null. */
    public String lastOne(Set<EntityKind> of, java.util.function.Predicate<String> accepted) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            if (of.contains(kinds.get(recent.get(i))) && accepted.test(recent.get(i))) {
                return recent.get(i);
            }
        }
        return null;
    }

    /** The names of these kinds the article named so far that {@code accepted}, each once, earliest first. */
    public List<String> named(Set<EntityKind> of, java.util.function.Predicate<String> accepted) {
        return recent.stream().filter(name -> of.contains(kinds.get(name)) && accepted.test(name)).toList();
    }

    /** Records that the article wrote the name as a place ("in Westhaven", "the port of Westhaven"), not just guessed it one. */
    public void writtenAsPlace(String name) {
        writtenAsPlace.add(name);
    }

    public boolean isWrittenAsPlace(String name) {
        return writtenAsPlace.contains(name);
    }

    /**
     * Registers the short form of an organisation named by one word and its line of business
     * ("Kestrel" for "Kestrel Mining"), which later sentences use alone.
     */
    public void company(String shortName, String name) {
        byCompanyPart.putIfAbsent(key(shortName), name);
    }

    /** The organisation a single word stands for ("Kestrel" → "Kestrel Mining"), or null. */
    public String companyOf(String word) {
        return byCompanyPart.get(key(word));
    }

    /**
     * The full name a single name stands for ("Putin" → "Vladimir Putin"): introduced in the article,
     * else stored by an earlier one ({@link StoredPeople}); null when neither.
     */
    public String fullName(String part) {
        String introduced = byPart.get(key(part));
        return introduced != null ? introduced : storedPeople.get(io.factline.entity.Names.normalize(part));
    }

    /** Records that the lawyer acts for the client ({@link LawyerClient}). */
    public void client(String lawyer, String client) {
        clients.put(lawyer, client);
    }

    /** The person the lawyer acts for, or null ({@link LawyerClient}). */
    public String clientOf(String lawyer) {
        return clients.get(lawyer);
    }

    /**
     * Records that the article described the name with this noun ("Torvik Furnishings, the
     * country's biggest furniture retailer" → retailer: {@link DescribedName}); registers the name.
     */
    public void describe(String name, EntityKind kind, String noun) {
        kinds.putIfAbsent(name, kind);
        byDescription.put(key(noun), name);
    }

    /** The name the article last described with this noun, or null. */
    public String describedBy(String noun) {
        return byDescription.get(key(noun));
    }

    /**
     * The person introduced with this role ("envoy" → "Steve Witkoff"); before anyone was, the one
     * holder the article names later ({@link RoleAhead}: "Suvia's trade minister …" then "Trade
     * Minister Ortiz"), by full name where known; else null.
     */
    public String byRole(String role) {
        String introduced = byRole.get(key(role));
        String ahead = introduced == null ? rolesAhead.get(key(role)) : null;
        if (ahead == null || ahead.contains(" ")) {
            return introduced != null ? introduced : ahead;
        }
        String full = fullName(ahead);
        return full != null ? full : ahead;
    }

    /** Records the names the article uses as organisations ({@link ShortFormUse}). */
    public void organisationsByUse(Set<String> names) {
        organisationsByUse = Set.copyOf(names);
    }

    /** Whether the article uses the name as an organisation: calls it by its first word, or "its" ({@link ShortFormUse}). */
    public boolean organisationByUse(String name) {
        return organisationsByUse.contains(name);
    }

    /** Records the holders of roles the article names later ({@link RoleAhead}). */
    public void rolesAhead(Map<String, String> holders) {
        rolesAhead = holders;
    }

    public EntityKind kindOf(String name) {
        return kinds.get(name);
    }

    public boolean known(String name) {
        return kinds.containsKey(name);
    }

    public void anonymousSource(String source) {
        if (anonymousSource == null) {
            anonymousSource = source;
        }
    }

    /** The first unnamed source of the article ("people familiar with the matter"), or null. */
    /** Remembers what a number last counted in the article ("four aid workers" → four: worker). */
    public void counted(String number, String noun) {
        counted.put(number, noun);
    }

    /** The noun the number last counted, or null ({@link CountedNoun}). */
    public String counted(String number) {
        return counted.get(number);
    }

    /** Remembers who a report of the article named with this object ("lodged an appeal" → appeal). */
    public void brought(String theme, Map<String, EntityKind> participants) {
        brought.put(theme, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(participants)));
    }

    /** Remembers the noun the article described a name by ("the Halcyon-3 satellite" → satellite; {@link DescribedThing}). */
    public void described(String name, String noun) {
        described.put(name, noun);
    }

    /** The noun the article described the name by, or null. */
    public String description(String name) {
        return described.get(name);
    }

    /** Who the last report with this object named, or an empty map ({@link CaseParty}). */
    public Map<String, EntityKind> brought(String theme) {
        return brought.getOrDefault(theme, Map.of());
    }

    public String anonymousSource() {
        return anonymousSource;
    }

    /** Remembers the place the article last wrote a collective body with ("the Harbor City council": {@link BodyName}). */
    public void bodyPlace(String place) {
        bodyPlace = place;
    }

    /** The place the article last wrote a collective body with, or null. */
    public String bodyPlace() {
        return bodyPlace;
    }

    /** Records the place of the article's dateline ({@link DatelinePlace}), or null. */
    public void dateline(String place) {
        dateline = place;
    }

    /** The place of the article's dateline, or null. */
    public String dateline() {
        return dateline;
    }

    /** The person last seen as a sentence's first-named person: what a later "he" most likely means. */
    public String lastSubject() {
        return lastSubject;
    }

    public void lastSubject(String name) {
        lastSubject = name;
    }

    /** Registers who took part in the happening the article last named by this noun ("launch"). */
    public void happening(String noun, Map<String, EntityKind> participants) {
        happenings.put(key(noun), new LinkedHashMap<>(participants));
    }

    /** Who took part in the happening the article last named by this noun; empty when none was named. */
    public Map<String, EntityKind> happening(String noun) {
        return happenings.getOrDefault(key(noun), Map.of());
    }

    /** Remembers what the article says a participant acts for or belongs to ({@link Affiliates}, {@link BodyOfPlace}). */
    public void affiliate(Affiliation affiliation) {
        affiliations.add(affiliation);
    }

    /** What the article said its participants act for or belong to, in the order it said it. */
    public List<Affiliation> affiliations() {
        return List.copyOf(affiliations);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String lastWord(String s) {
        String[] parts = s.trim().split("\\s+");
        return parts[parts.length - 1];
    }
}
