package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds people, organisations and places in a tagged sentence without a trained NER model (none
 * ships for OpenNLP 2.x English): runs of proper nouns, with capitalised words inside a sentence
 * taken as names even where the tagger missed them. The kind comes from context: a title or role
 * before the name ("President", "envoy") or two or more given words make a person; organisation
 * words ("Service", "Forum", "Kremlin") an organisation; a preposition of place before it ("in",
 * "to", "at") a place. Nationality words and "U.S." used as modifiers are not names. Names seen
 * earlier in the article resolve through {@link ArticleContext}.
 */
public final class MentionFinder {

    static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "foreign", "secretary",
            "chancellor", "king", "queen", "prince", "senator", "sen.", "rep.", "governor", "gov.", "mayor",
            "general", "gen.", "dr.", "mr.", "mrs.", "ms.", "pope", "ambassador", "envoy", "chairman", "chief",
            "executive", "ceo", "judge", "justice", "commissioner", "director", "spokesman", "spokeswoman",
            "sheikh", "crown", "deputy", "defense", "defence", "interior", "finance", "state", "special",
            "lt.", "col.", "capt.", "adm.", "admiral", "premier", "speaker", "leader", "coach", "professor",
            "sheriff", "marshal", "superintendent");
    static final Set<String> ROLES = Set.of("envoy", "aide", "spokesman", "spokeswoman", "spokesperson",
            "minister", "president", "adviser", "advisor", "official", "secretary", "chief", "leader", "negotiator",
            "ambassador", "director", "founder", "chairman", "executive", "lawyer", "attorney", "general",
            "premier", "chancellor", "governor", "senator", "mayor", "diplomat", "commander", "son-in-law",
            "counterpart", "colleague", "deputy", "representative", "correspondent", "reporter", "analyst",
            "sheriff", "marshal", "financier", "businessman", "businesswoman", "tycoon", "banker", "entrepreneur",
            // Session 13 (s13-scena): company and union roles ("chief operating officer", "plant manager", "union organiser")
            "officer", "manager", "organiser", "organizer");
    private static final Set<String> ORG_WORDS = Set.of("service", "agency", "ministry", "forum", "television",
            "tv", "bank", "council", "union", "party", "church", "corp", "corp.", "inc", "inc.", "ltd", "llc",
            "group", "committee", "commission", "organization", "organisation", "company", "association",
            "institute", "university", "news", "times", "post", "journal", "kremlin", "pentagon", "parliament",
            "congress", "senate", "court", "army", "navy", "nato", "un", "eu", "reuters", "press", "department",
            "office", "house", "administration", "government", "federation", "fund", "foundation", "network",
            "terminals", "holdings", "industries", "foods", "airlines", "airways", "motors", "systems", "partners",
            "technologies", "pharma", "pharmaceuticals", "energy", "dairy", "media", "bancorp", "plc", "ag", "sa",
            "gmbh", "co", "co.", "authority", "board", "tribunal", "police", "prosecutor", "prosecutors", "shipping",
            "freight", "logistics", "mining", "steel", "oil", "petroleum", "telecom", "electric", "chemicals",
            "insurance", "ventures", "investments", "securities", "brands", "retail", "stores", "studios",
            "entertainment", "software", "semiconductor", "robotics", "aerospace", "construction", "engineering",
            "services", "solutions", "consulting", "resources", "trust", "exchange", "railways", "shipyard",
            "alliance", "coalition", "league", "movement", "society", "campaign", "watchdog", "regulator", "rail",
            "railway", "airline", "power", "utilities", "transit", "grid", "space",
            // s9-scena: investment houses, labs, operators and newspapers by their title word
            "capital", "labs", "mobile", "herald", "gazette", "tribune", "chronicle", "courier", "ledger", "radio",
            // s9-merge: institutions
            "museum", "gallery", "library", "hospital", "school", "college", "academy", "theatre", "theater",
            "orchestra", "zoo", "clinic", "register",
            // s10-scend
            "infirmary",
            // s14-split: "the Air Safety Bureau" was a person, so its initials named nothing
            "bureau",
            // s17-names: an airline's name ends in "Air" ("Corvia Air" was a person titled "Air …"); a disciplinary body's in "Panel"
            "air", "panel");
    /**
     * Organisations of a place, which take their name from it ("Corvale City Museum", "Harlow Council",
     * "Ostend Police"): the place's name alone is the place, never their short form.
     */
    private static final Set<String> CIVIC_WORDS = Set.of("infirmary", "museum", "gallery", "library", "hospital", "school",
            "college", "academy", "theatre", "theater", "orchestra", "zoo", "clinic", "university", "council",
            "police", "court", "church", "parliament", "government", "ministry", "department", "office", "authority",
            "board", "tribunal", "army", "navy", "house", "administration", "prosecutor", "prosecutors", "senate",
            "congress", "commission", "committee");
    private static final java.util.regex.Pattern GROUP_PLURAL = java.util.regex.Pattern.compile(
            "[a-z]+(?:holders|ers|ors|ents|ants|ists|ees|ials|ians|makers)");
    /** Verbs whose subject and object are people: a lone unknown name beside them is a person. */
    private static final Set<String> MEETING_VERBS = Set.of("meet", "greet");
    /** What one side sends another: after one of these, "from" names the sender, not a place. */
    private static final Set<String> SENT_THINGS = Set.of("letter", "message", "note", "call", "offer", "proposal",
            "invitation", "request", "draft", "document", "plan", "reply", "response", "email", "warning", "memo",
            "bid", "complaint", "demand", "ultimatum", "payment", "notice", "order");
    /** First words of place names, which no person's name begins with ("Port Alder", "Cape Merrin", "Mount Kerr"). */
    private static final Set<String> GEOGRAPHIC_FIRST = Set.of("Port", "Cape", "Mount", "Mt.", "Lake", "Fort",
            "Point", "Glen", "Puerto", "Porto", "Lago", "Monte", "Isla", "Bahia", "Rio");
    static final Set<String> PLACE_NOUNS = Set.of("port", "city", "town", "village", "region", "province",
            "island", "capital", "harbour", "harbor", "district", "county", "state", "republic", "suburb", "airport");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "at", "from", "near", "into", "across",
            "outside", "inside", "toward", "towards", "via");
    private static final Set<String> NOT_NAMES = Set.of("i", "the", "a", "an", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "u.s.", "us", "u.k.", "uk", "eu",
            "officially", "still", "meanwhile", "however", "but", "and", "in", "on", "at", "it", "he", "she",
            "they", "we", "this", "that", "there", "what", "when", "if", "as", "so", "yet", "also", "many",
            "some", "most", "last", "next", "earlier", "later");
    private static final Set<String> DEMONYM_ENDINGS = Set.of("ian", "ians", "ean", "eans", "ese", "ish", "i", "is",
            "an", "ans");

    /** The names of one sentence, resolved against and registered in the article context. */
    /**
     * The name of a work or an operation in quote marks ({@link QuotedTitle}: "Harbour at Dusk") is one name, linking
     * words and all, of no known kind: returns the closing mark's index, or -1 when no such name opens at {@code i}.
     */
    private static int quotedName(List<Token> tokens, int i) {
        if (!tokens.get(i).is(QuotedTitle.OPEN)) {
            return -1;
        }
        for (int j = i + 2; j < tokens.size() && j <= i + 8; j++) {
            if (tokens.get(j).is(QuotedTitle.CLOSE)) {
                return j;
            }
        }
        return -1;
    }

    private static String joined(List<Token> tokens, int first, int last) {
        StringBuilder name = new StringBuilder();
        for (int k = first; k <= last; k++) {
            name.append(k > first ? " " : "").append(tokens.get(k).text());
        }
        return name.toString();
    }

    public List<Mention> find(List<Token> tokens, ArticleContext context) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int closed = quotedName(tokens, i);
            if (closed > i) {
                mentions.add(new Mention(joined(tokens, i + 1, closed - 1), EntityKind.OTHER, i + 1, closed - 1, null));
                i = closed + 1;
                continue;
            }
            if (!nameToken(tokens, i, context) || i == 0 && groupNoun(tokens, context)) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (end + 1 < tokens.size() && (nameToken(tokens, end + 1, context)
                    || tokens.get(end + 1).is("of") && end + 2 < tokens.size() && nameToken(tokens, end + 2, context)
                    && tokens.get(end + 2).capitalized())) {
                if (possessive(tokens.get(end))) {
                    break;
                }
                end++;
            }
            Mention mention = mention(tokens, start, end, context);
            if (mention != null) {
                mentions.add(mention);
            }
            i = end + 1;
        }
        return mentions;
    }

    private Mention mention(List<Token> tokens, int start, int end, ArticleContext context) {
        List<String> words = new ArrayList<>();
        for (int k = start; k <= end; k++) {
            words.add(strip(tokens.get(k).text()));
        }
        int nameStart = 0;
        // A demonym before a title or a name of two words is no part of the name ("Ukrainian President
        // X"); one before a single last word is the name's own first word ("Meridian Rail"). So is a
        // role capitalised because it opens the sentence, before a name of two words ("Negotiator Lidia Varga").
        while (nameStart < words.size() - 1 && ((demonym(words.get(nameStart)) || ROLES.contains(lower(words.get(nameStart))))
                && nameStart < words.size() - 2 || TITLES.contains(lower(words.get(nameStart))))) {
            nameStart++;
        }
        nameStart = afterLastTitle(words, nameStart);
        String role = nameStart > 0 ? String.join(" ", words.subList(0, nameStart)) : null;
        boolean titled = words.subList(0, nameStart).stream().anyMatch(w -> TITLES.contains(lower(w)));
        List<String> nameWords = words.subList(nameStart, words.size());
        String name = String.join(" ", nameWords);
        Token before = start > 0 ? tokens.get(start - 1) : null;
        Token after = end + 1 < tokens.size() ? tokens.get(end + 1) : null;
        if (nameWords.size() == 1) {
            String word = nameWords.get(0);
            if (demonym(word) || NOT_NAMES.contains(lower(word)) || TITLES.contains(lower(word)) || word.length() < 2) {
                return null;
            }
        }
        if (nameWords.size() == 1 && !possessive(tokens.get(end)) && after != null && after.noun() && !after.capitalized()
                && ROLES.contains(after.lemma())) {
            return null;
        }
        if (before != null && before.noun() && ROLES.contains(before.lemma())) {
            role = before.text().toLowerCase(Locale.ROOT);
            titled = true;
        }
        EntityKind kind;
        String full = nameWords.size() == 1 ? context.fullName(name) : null;
        if (FirstNamePlace.place(before, name, full)) {
            full = null;
        }
        // After a preposition of place a company's first word is a place ("in Kestrel"), unless it owns what
        // follows: "broke into Varenta's systems" goes into the systems, which are the company's.
        String shortOf = nameWords.size() == 1 && (before == null || !PLACE_PREPOSITIONS.contains(lower(before.text()))
                || possessive(tokens.get(end))) ? context.companyOf(name) : null;
        if (full != null) {
            name = full;
            kind = EntityKind.PERSON;
        } else if (shortOf != null) {
            name = shortOf;
            kind = EntityKind.ORGANIZATION;
        } else if (employer(tokens, end)) {
            kind = EntityKind.ORGANIZATION;
        } else if (nameWords.stream().anyMatch(MentionFinder::orgWord)) {
            kind = before != null && PLACE_PREPOSITIONS.contains(lower(before.text())) && nameWords.size() == 1
                    ? EntityKind.PLACE : EntityKind.ORGANIZATION;
        } else if (!titled && nameWords.size() >= 2 && GEOGRAPHIC_FIRST.contains(nameWords.get(0))) {
            // Session 13 (lead): "Port Alder", "Cape Merrin", "Lake Orta" are places, not a person called Alder.
            kind = EntityKind.PLACE;
            context.writtenAsPlace(name);
        } else if (!titled && context.organisationByUse(name)) {
            // Session 17 (s17-names): called by its first word or "its" in the article, never by its last word.
            kind = EntityKind.ORGANIZATION;
        } else if (titled || nameWords.size() >= 2 && nameWords.size() <= 4 && allWords(nameWords)) {
            kind = EntityKind.PERSON;
        } else if (before != null && PLACE_PREPOSITIONS.contains(lower(before.text())) && !sender(tokens, start)
                || placeOf(tokens, start)) {
            kind = EntityKind.PLACE;
            context.writtenAsPlace(name);
        } else if (nameWords.size() == 1 && !context.isWrittenAsPlace(name) && bought(tokens, start)) {
            kind = EntityKind.ORGANIZATION;
        } else if (nameWords.size() == 1 && !context.isWrittenAsPlace(name)
                && (meets(tokens, start, end) || roleAfter(tokens, end) || speaks(tokens, start, end))) {
            // What the sentence says of the name outweighs an earlier guess (a headline's
            // "Sorensen and Karimi summit" read as places), though not a name written as a place.
            kind = EntityKind.PERSON;
        } else if (context.kindOf(name) != null) {
            kind = context.kindOf(name);
        } else {
            boolean company = before != null && before.is("with") || sender(tokens, start);
            kind = company || after != null && after.noun() && !after.capitalized() ? EntityKind.ORGANIZATION : EntityKind.PLACE;
        }
        if (kind == EntityKind.PLACE && context.kindOf(name) == EntityKind.PERSON) {
            kind = EntityKind.PERSON;
        }
        context.introduce(name, kind, role);
        if (kind == EntityKind.ORGANIZATION && companyShortName(name) != null) {
            context.company(companyShortName(name), name);
        }
        return new Mention(name, kind, start + nameStart, end, role);
    }

    /**
     * The word a company named by one word and its line of business goes by alone ("Kestrel" for
     * "Kestrel Mining", "Brightfield" for "Brightfield Foods"), or null for other names; asked only of
     * organisations, so since session 17 (s17-names) any second word written as a name will do ("Halden Brewing",
     * typed an organisation by {@link ShortFormUse}). An organisation
     * of a place ({@link #CIVIC_WORDS}: "Harlow Council", "Corvale Museum") has none: "Harlow" alone is the town.
     */
    static String companyShortName(String name) {
        String[] words = name.split(" ");
        return words.length == 2 && (orgWord(words[1]) || Character.isUpperCase(words[1].charAt(0)))
                && !CIVIC_WORDS.contains(lower(words[1]))
                && !ORG_WORDS.contains(lower(words[0]))
                && Character.isUpperCase(words[0].charAt(0)) && words[0].length() > 2 ? words[0] : null;
    }

    /**
     * Whether a word of a name says the name is an organisation's ({@link #ORG_WORDS}). Not in the plural:
     * reading "Dairies" as "dairy" (s17-names) typed "X Dairies" an organisation, and the REST test of a dairy's
     * collapse (DairyCollapseResourceTest) then lost its three-outlet merge; the cause was not found in time, so
     * the plural reading was taken out (session 17, lead).
     */
    static boolean orgWord(String word) {
        String w = lower(strip(word));
        return ORG_WORDS.contains(w);
    }

    /**
     * A title written with the field it covers ("Labour Minister Ines Carvalho", "Port Authority
     * Director Jan Vos"): the name starts after the last title word that has words after it.
     */
    private static int afterLastTitle(List<String> words, int from) {
        int start = from;
        for (int k = from; k < words.size() - 1; k++) {
            if (TITLES.contains(lower(words.get(k))) && Character.isUpperCase(words.get(k + 1).charAt(0))) {
                start = k + 1;
            }
        }
        return start;
    }

    /**
     * A plural noun for a group of people opening a sentence ("Shareholders of ...", "Dockers
     * said"), capitalised only because it comes first, is no name: the tagger calls it a proper
     * noun. A word the article already knows as a name (a surname "Sanders") still is one.
     */
    private static boolean groupNoun(List<Token> tokens, ArticleContext context) {
        String word = tokens.get(0).text();
        String lower = lower(word);
        boolean next = tokens.size() > 1 && !tokens.get(1).capitalized();
        return next && GROUP_PLURAL.matcher(lower).matches() && !ORG_WORDS.contains(lower)
                && context.fullName(word) == null && !context.known(word);
    }

    /** A name right before a role and a person ("Nordmark Terminals spokeswoman Lena Vik") is their employer. */
    private static boolean employer(List<Token> tokens, int end) {
        int k = end + 1;
        while (k < tokens.size() && !tokens.get(k).capitalized() && tokens.get(k).noun()
                && !ROLES.contains(tokens.get(k).lemma())) {
            k++;
        }
        return k < tokens.size() && !tokens.get(k).capitalized() && ROLES.contains(tokens.get(k).lemma())
                && k + 1 < tokens.size() && tokens.get(k + 1).capitalized() && tokens.get(k + 1).proper();
    }

    /**
     * A lone word that meets or is met ("Okafor met Sokova", "Ruiz will meet Lindqvist in Oslo",
     * "she greeted Haas"): people meet, places are met in. The object comes right after the verb;
     * the subject right before it or before its auxiliaries ("will", "has", "did not").
     */
    private static boolean meets(List<Token> tokens, int start, int end) {
        if (start > 0 && MEETING_VERBS.contains(tokens.get(start - 1).lemma()) && tokens.get(start - 1).verb()) {
            return true;
        }
        int k = end + 1;
        while (k < tokens.size() && (tokens.get(k).pos().equals("AUX") || tokens.get(k).is("not"))) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).verb() && MEETING_VERBS.contains(tokens.get(k).lemma());
    }

    /**
     * A lone name that reports speech after the news it gives (", Okafor told reporters",
     * "\"...,\" Lind said"): the speaker, a person. Only with a comma or quotation mark before it,
     * so "Moscow said in a statement" opening a sentence is left to the other guesses.
     */
    private static boolean speaks(List<Token> tokens, int start, int end) {
        if (start == 0 || end + 1 >= tokens.size() || !Attribution.reporting(tokens.get(end + 1))) {
            return false;
        }
        Token before = tokens.get(start - 1);
        return before.is(",") || before.text().equals("\"") || before.text().equals("\u201d");
    }

    /**
     * A name followed by its role between commas ("Haranov, the foreign minister, said"): a role
     * noun ({@link #ROLES}) within the five words after the comma, before the next comma.
     */
    private static boolean roleAfter(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end + 1).is(",")) {
            return false;
        }
        for (int k = end + 2; k < tokens.size() && k <= end + 6 && !tokens.get(k).is(","); k++) {
            if (tokens.get(k).noun() && ROLES.contains(tokens.get(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** "the port of Westhaven", "the city of Lyon": a place noun with "of" before the name. */
    /**
     * A lone name right after a verb of buying or selling ("agreed to buy Corvin", "will acquire
     * Tessaly") is what is bought: a company, not a place (places are visited, companies bought).
     * What the sentence says outweighs an earlier guess, as for a name that meets.
     */
    private static boolean bought(List<Token> tokens, int start) {
        return start > 0 && tokens.get(start - 1).verb() && EventKinds.deal(tokens.get(start - 1).lemma());
    }

    /**
     * A name after "from" that follows something sent ("any letter from Almasi", "an offer from
     * Harlow", "a call from the minister") is its sender, a person or an organisation: not the
     * place that "from" usually marks ("returned from Drevno").
     */
    private static boolean sender(List<Token> tokens, int start) {
        return start > 1 && tokens.get(start - 1).is("from") && tokens.get(start - 2).noun()
                && SENT_THINGS.contains(tokens.get(start - 2).lemma());
    }

    private static boolean placeOf(List<Token> tokens, int start) {
        return start > 1 && tokens.get(start - 1).is("of") && PLACE_NOUNS.contains(tokens.get(start - 2).lemma());
    }

    /**
     * A capitalised word that can be part of a name: a proper noun, a name the article introduced
     * (the tagger may call a surname opening a sentence a noun), or any capitalised word after the first.
     */
    private static boolean nameToken(List<Token> tokens, int i, ArticleContext context) {
        Token t = tokens.get(i);
        if (!t.capitalized() || t.punctuation() || NOT_NAMES.contains(lower(strip(t.text())))
                && !TITLES.contains(lower(t.text()))) {
            return false;
        }
        if (t.proper() || context.fullName(strip(t.text())) != null || context.companyOf(strip(t.text())) != null) {
            return true;
        }
        // s10-scend: also the word that opens the news after a wire dateline ("… (Wire) - Kelling Royal Infirmary closed").
        if ((i == 0 || afterDateline(tokens, i)) && !demonym(t.text()) && !t.pos().equals("PRON") && !t.pos().equals("DET")
                && OpeningName.opens(tokens, i, context)) {
            return true;
        }
        boolean first = i == 0 || tokens.get(i - 1).is("\"") || tokens.get(i - 1).punctuation() && i == 1
                || afterDateline(tokens, i);
        return !first && !t.pos().equals("PRON") && !t.pos().equals("DET");
    }

    /** Whether the word ends the name of a place's own institution ("Kelling Royal Infirmary", "Harlow Council"). */
    static boolean civic(String word) {
        return CIVIC_WORDS.contains(lower(strip(word)));
    }

    /**
     * A wire dateline ("OSTEND, May 3 (Wire A) - ") ends with the agency in brackets and a dash: the
     * word after it opens the news sentence, capitalised for that alone ("- Thieves broke into …"). So
     * does a paper's dateline of a place in capitals and a dash ("BREMWICK — Thieves stole …", s15-words).
     */
    static boolean afterDateline(List<Token> tokens, int i) {
        if (i < 2 || !Set.of("-", "\u2013", "\u2014").contains(tokens.get(i - 1).text())) {
            return false;
        }
        String place = tokens.get(i - 2).text();
        return tokens.get(i - 2).is(")") || i == 2 && place.length() >= 3 && place.chars().allMatch(Character::isLetter)
                && place.equals(place.toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether the word is a plural noun for a group of people ("Officials", "Shareholders"), which the tagger may call a name. */
    static boolean groupPlural(String word) {
        return GROUP_PLURAL.matcher(lower(word)).matches() && !ORG_WORDS.contains(lower(word));
    }

    /** Whether the word is one that is never a name on its own ("The", "Meanwhile", a weekday). */
    static boolean notName(String word) {
        return NOT_NAMES.contains(lower(word)) || TITLES.contains(lower(word)) || demonym(word);
    }

    private static boolean possessive(Token t) {
        return t.text().endsWith("'s") || t.text().endsWith("'");
    }

    private static boolean demonym(String word) {
        String w = lower(word);
        if (w.equals("u.s.") || w.equals("us") || w.equals("u.k.") || w.equals("uk") || w.equals("eu")) {
            return true;
        }
        return DEMONYM_ENDINGS.stream().anyMatch(e -> w.endsWith(e) && w.length() > e.length() + 3)
                && (w.endsWith("ian") || w.endsWith("ians") || w.endsWith("ean") || w.endsWith("eans")
                || w.endsWith("ese") || w.endsWith("ish"));
    }

    private static boolean allWords(List<String> words) {
        return words.stream().allMatch(w -> w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.'));
    }

    static String strip(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
