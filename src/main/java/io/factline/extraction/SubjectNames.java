package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who a subject names: its people and organisations become participants, a place in it ("dock
 * workers at Westhaven") the location, and the words a title starts with are returned, people by
 * surname and without their titles. Pronouns are resolved ("she" after "X said" is X), a role
 * ("the envoy") is the person introduced with it, "they" and "their" are the people named before,
 * and "the two companies" or "both envoys" the two of that kind the article named last.
 */
final class SubjectNames {

    /** Plural nouns that "the two ..." and "both ..." refer back to named people or organisations with. */
    private static final Map<String, Set<EntityKind>> GROUPS = Map.ofEntries(
            Map.entry("company", Set.of(EntityKind.ORGANIZATION)), Map.entry("firm", Set.of(EntityKind.ORGANIZATION)),
            Map.entry("group", Set.of(EntityKind.ORGANIZATION)), Map.entry("bank", Set.of(EntityKind.ORGANIZATION)),
            Map.entry("union", Set.of(EntityKind.ORGANIZATION)), Map.entry("party", Set.of(EntityKind.ORGANIZATION)),
            Map.entry("side", Set.of(EntityKind.ORGANIZATION, EntityKind.PERSON)),
            Map.entry("country", Set.of(EntityKind.PLACE, EntityKind.ORGANIZATION)),
            Map.entry("government", Set.of(EntityKind.PLACE, EntityKind.ORGANIZATION)),
            Map.entry("envoy", Set.of(EntityKind.PERSON)), Map.entry("leader", Set.of(EntityKind.PERSON)),
            Map.entry("man", Set.of(EntityKind.PERSON)), Map.entry("woman", Set.of(EntityKind.PERSON)),
            Map.entry("minister", Set.of(EntityKind.PERSON)), Map.entry("president", Set.of(EntityKind.PERSON)),
            Map.entry("official", Set.of(EntityKind.PERSON)), Map.entry("executive", Set.of(EntityKind.PERSON)),
            Map.entry("negotiator", Set.of(EntityKind.PERSON)), Map.entry("diplomat", Set.of(EntityKind.PERSON)),
            // s15-domains: "the two clubs agreed the fee", "both lenders", "the two airlines".
            Map.entry("club", Set.of(EntityKind.ORGANIZATION)), Map.entry("team", Set.of(EntityKind.ORGANIZATION)),
            Map.entry("lender", Set.of(EntityKind.ORGANIZATION)), Map.entry("insurer", Set.of(EntityKind.ORGANIZATION)),
            Map.entry("airline", Set.of(EntityKind.ORGANIZATION)), Map.entry("carmaker", Set.of(EntityKind.ORGANIZATION)),
            Map.entry("retailer", Set.of(EntityKind.ORGANIZATION)));
    /** "their talks", "they": the people named before it in the sentence, and whoever is its subject. */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("their", "they", "them");

    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final Attribution attribution;
    private final ArticleContext context;
    private final String speaker;

    /** @param speaker the source of a quotation this sentence is part of, or null */
    SubjectNames(List<Token> tokens, List<Mention> mentions, Attribution attribution, ArticleContext context,
            String speaker) {
        this.tokens = tokens;
        this.mentions = mentions;
        this.attribution = attribution;
        this.context = context;
        this.speaker = speaker;
    }

    /** The entities of the subject, added to the participants; returns the words a title starts with. */
    List<String> collect(int[] subject, Map<String, EntityKind> participants, String[] place) {
        List<String> words = new ArrayList<>();
        String aged = agedPerson(subject);
        if (aged != null) {
            participants.putIfAbsent(aged, EntityKind.PERSON);
            words.add(aged.substring(aged.lastIndexOf(' ') + 1));
            return words;
        }
        for (int k = subject[0]; k < subject[1]; k++) {
            int at = k;
            Mention m = mentions.stream().filter(x -> x.covers(at)).findFirst().orElse(null);
            if (m != null && BodyName.bodyWordAsName(tokens, m)) {
                words.add(tokens.get(k).text());
                continue;
            }
            // s12-bodies: a name written with a collective body ("the Harbor City council") is where the body is.
            CollectiveBody.Found body = m == null ? null : bodyWith(m, subject);
            if (body != null) {
                participants.putIfAbsent(m.name() + " " + body.noun(), EntityKind.ORGANIZATION);
                words.add(m.name());
                k = m.last();
                continue;
            }
            if (m != null && m.kind() == EntityKind.PLACE && placeWord(tokens, m.first())) {
                place[0] = m.name();
                words.add(m.name());
                k = m.last();
                continue;
            }
            if (m != null) {
                participants.putIfAbsent(m.name(), m.kind());
                if (!EventTitle.titleBeforeName(tokens, mentions, m.last() + 1)) {
                    words.add(m.shortName());
                }
                k = m.last();
                if (m.kind() == EntityKind.PERSON && k + 1 < subject[1] && tokens.get(k + 1).is("of")) {
                    // "Judge Abena Mensah of the district court": the title names her, the rest
                    // only says where she works (still a participant).
                    collect(new int[] {k + 2, subject[1]}, participants, new String[1]);
                    break;
                }
                continue;
            }
            // CoordinatedApposition (s11-scenb): "X and his counterpart, Y" is titled by the two names.
            int renamedEnd = CoordinatedApposition.renamedPhraseEnd(tokens, k);
            if (renamedEnd > k) {
                k = renamedEnd;
                continue;
            }
            Token t = tokens.get(k);
            if (StaffPossessive.at(tokens, k)) {
                continue;
            }
            if (t.pos().equals("PRON") && PLURAL_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
                int firstVerb = 0;
                while (firstVerb < tokens.size() && !tokens.get(firstVerb).verb()) {
                    firstVerb++;
                }
                for (Mention earlier : mentions) {
                    if (earlier.last() < k && (earlier.kind() == EntityKind.PERSON || earlier.last() < firstVerb)) {
                        participants.putIfAbsent(earlier.name(), EntityKind.PERSON);
                    }
                }
                continue;
            }
            String client = t.pos().equals("PRON") ? LawyerClient.client(tokens, k, pronoun(k), context) : null;
            if (client != null) {
                participants.putIfAbsent(client, EntityKind.PERSON);
                String[] parts = client.split(" ");
                words.add(parts[parts.length - 1]);
                k++;
                continue;
            }
            // s10-scend: "X said it expected to reopen the unit" — "it" right after an organisation's attribution is X.
            if (t.is("it") && k > 0 && attribution.covers(k - 1) && attribution.source() != null
                    && context.kindOf(attribution.source()) == EntityKind.ORGANIZATION) {
                participants.putIfAbsent(attribution.source(), EntityKind.ORGANIZATION);
                words.add(shortName(attribution.source()));
                continue;
            }
            if (t.pos().equals("PRON")) {
                String who = pronoun(k);
                if (who != null) {
                    participants.putIfAbsent(who, EntityKind.PERSON);
                    String[] parts = who.split(" ");
                    words.add(parts[parts.length - 1]);
                }
                continue;
            }
            if (EventTitle.titleBeforeName(tokens, mentions, k)) {
                continue;
            }
            String company = DefiniteCompany.at(tokens, mentions, k, context);
            if (company == null) {
                company = DefiniteBody.at(tokens, mentions, k, context);
            }
            String hazard = company == null ? DefiniteHazard.at(tokens, k, context) : null;
            if (hazard != null) {
                // s13-scenb: "the storm" is the storm the article named ("Storm Idris").
                participants.putIfAbsent(hazard, context.kindOf(hazard));
                words.add(shortName(hazard));
                k++;
                continue;
            }
            if (company != null) {
                participants.putIfAbsent(company, EntityKind.ORGANIZATION);
                words.add(shortName(company));
                k++;
                continue;
            }
            DescribedName.Described described = DescribedName.at(tokens, mentions, k, context);
            if (described != null) {
                participants.putIfAbsent(described.name(), described.kind());
                words.add(shortName(described.name()));
                k = described.head();
                continue;
            }
            List<String> pair = pair(k);
            if (!pair.isEmpty()) {
                for (String name : pair) {
                    participants.putIfAbsent(name, context.kindOf(name));
                }
                words.clear();
                words.add(shortName(pair.get(0)));
                words.add("and");
                words.add(shortName(pair.get(1)));
                k++;
                continue;
            }
            int next = k + 1;
            boolean named = mentions.stream().anyMatch(x -> x.first() == next);
            if (t.noun() && MentionFinder.ROLES.contains(t.lemma()) && named) {
                continue;
            }
            if (t.noun() && MentionFinder.ROLES.contains(t.lemma()) && context.byRole(t.lemma()) != null) {
                String who = context.byRole(t.lemma());
                participants.putIfAbsent(who, EntityKind.PERSON);
                String[] parts = who.split(" ");
                words.add(parts[parts.length - 1]);
                continue;
            }
            // A plural noun opening the sentence ("Hackers breached ...") is tagged a proper noun and is no name.
            if (t.noun() || k == 0 && t.proper() || t.is("and") && !words.isEmpty()
                    || t.pos().equals("ADP") && !words.isEmpty() && k + 1 < subject[1]) {
                words.add(t.text());
            }
        }
        while (!words.isEmpty() && words.get(words.size() - 1).equalsIgnoreCase("and")) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /**
     * The collective body the subject writes with the name ("the Harbor City council", "council members in
     * Dunmore": {@link BodyName#written}), or null.
     */
    private CollectiveBody.Found bodyWith(Mention m, int[] subject) {
        for (int k = subject[0]; k < subject[1] && k < tokens.size(); k++) {
            CollectiveBody.Found body = CollectiveBody.at(tokens, k);
            if (body != null && m.name().equals(BodyName.written(tokens, mentions, body))) {
                return body;
            }
        }
        return null;
    }

    /** The client a lawyer's "her client" in the range names ({@link LawyerClient}), or null. */
    String clientIn(int[] range) {
        for (int k = Math.max(range[0], 0); k < range[1] && k < tokens.size(); k++) {
            if (tokens.get(k).pos().equals("PRON")) {
                String client = LawyerClient.client(tokens, k, pronoun(k), context);
                if (client != null) {
                    return client;
                }
            }
        }
        return null;
    }

    /** AgedSpeaker (s14-domains): a subject that is only an age ("the 26-year-old") is the person named last. */
    private String agedPerson(int[] subject) {
        List<String> words = new ArrayList<>();
        for (int k = subject[0]; k < subject[1]; k++) {
            if (!(words.isEmpty() && tokens.get(k).pos().equals("DET"))) {
                words.add(tokens.get(k).text());
            }
        }
        return !words.isEmpty() && AgedSpeaker.only(words) ? AgedSpeaker.person(context) : null;
    }

    /**
     * A pronoun right after an attribution ("Witkoff said he ...") is the source; otherwise
     * {@link Coreference} decides, with a role noun earlier in the sentence ("The envoy said
     * he ...") standing for the person introduced with that role.
     */
    private String pronoun(int k) {
        Token t = tokens.get(k);
        if (Coreference.thirdPerson(t) && k > 0 && attribution.covers(k - 1) && attribution.source() != null
                && context.kindOf(attribution.source()) == EntityKind.PERSON) {
            return attribution.source();
        }
        if (Coreference.thirdPerson(t)) {
            for (int j = 0; j < k; j++) {
                Token r = tokens.get(j);
                boolean named = j + 1 < tokens.size() && tokens.get(j + 1).capitalized();
                if (r.noun() && MentionFinder.ROLES.contains(r.lemma()) && context.byRole(r.lemma()) != null
                        && !named) {
                    return context.byRole(r.lemma());
                }
            }
        }
        return Coreference.resolve(tokens, k, mentions, context, speaker);
    }

    /**
     * "the two companies", "both envoys": a pair of people or organisations standing for the two
     * of that kind the article named last; empty when {@code k} starts no such phrase (a bare "two
     * men" is two people not named yet).
     */
    private List<String> pair(int k) {
        Token t = tokens.get(k);
        // "Two men were detained" (no article) introduces two new people; "the two men" are two named before.
        boolean definite = t.is("both") || t.is("two") && k > 0 && (tokens.get(k - 1).is("the")
                || tokens.get(k - 1).is("these") || tokens.get(k - 1).is("those"));
        if (!definite || k + 1 >= tokens.size()) {
            return List.of();
        }
        Token noun = tokens.get(k + 1);
        Set<EntityKind> kinds = noun.noun() ? GROUPS.get(noun.lemma()) : null;
        return kinds == null || !noun.inflected() ? List.of() : context.lastTwo(kinds);
    }

    private String shortName(String name) {
        return new Mention(name, context.kindOf(name), 0, 0, null).shortName();
    }

    /** Whether a name at {@code k} is said to be a place: "in Oslo", "at the port of Westhaven". */
    static boolean placeWord(List<Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        String before = tokens.get(k - 1).text().toLowerCase(Locale.ROOT);
        return Set.of("in", "at", "to", "into").contains(before)
                || before.equals("of") && k > 1 && MentionFinder.PLACE_NOUNS.contains(tokens.get(k - 2).lemma());
    }
}
