package io.factline.extraction;

import io.factline.claim.Stance;
import io.factline.date.EdtfDate;
import io.factline.entity.EntityKind;
import io.factline.temporal.TemporalTagger;
import io.factline.temporal.Tense;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an article like a news editor: every sentence that anchors an action to a time becomes
 * an {@link EventCandidate}. The time expression is attached to the word it dates:
 * <ol>
 *   <li>inside an attribution ("Lavrov told reporters Tuesday that ...") it dates the statement;</li>
 *   <li>directly before an event noun ("his August summit") it dates that noun;</li>
 *   <li>otherwise the nearest verb before it in its clause ("will travel to Russia on Thursday"),
 *       else the nearest after it ("On Tuesday, the envoys met ..."), else an event noun before it.</li>
 * </ol>
 * Clauses end at commas, quotation marks, relative pronouns and subordinating words ("that",
 * "who", "though", "before"). The subject is the noun phrase before the verb (before "who" in a
 * relative clause), with pronouns resolved ({@link Coreference}). Sentences whose only times are
 * durations or generic ("for two hours", "in recent weeks") make no event, because the date
 * finder does not return those. A reporting verb dated by the time ("said Tuesday") makes a
 * statement event whose action and theme are those of what was said, so that a denial can be
 * linked to what it denies.
 */
public final class EventExtractor {

    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "remain", "become", "seem",
            "plan", "expect", "hope", "want", "try", "aim", "seek", "intend", "prepare", "decide", "going", "go",
            "likely", "need", "wish", "set", "schedule");
    private static final Set<String> SCHEDULING_ADJECTIVES = Set.of("likely", "unlikely", "set", "due", "expected",
            "poised", "ready", "able", "about", "certain", "sure", "scheduled");
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
            Map.entry("negotiator", Set.of(EntityKind.PERSON)), Map.entry("diplomat", Set.of(EntityKind.PERSON)));
    /** "their talks", "they": the people named before it in the sentence, and whoever is its subject. */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("their", "they", "them");
    private static final Pattern DENIAL_HINT = Pattern.compile("(?i)\\b(?:not|no|never|deni\\w*|den(?:y|ies)|reject\\w*)\\b|n't");
    private static final Pattern TWO_NAMES = Pattern.compile("\\p{Lu}[\\p{L}.'-]*\\s+\\p{Lu}");

    private final Nlp nlp;
    private final DateFinder dates;
    private final MentionFinder names = new MentionFinder();

    public EventExtractor(Nlp nlp, DateFinder dates) {
        this.nlp = nlp;
        this.dates = dates;
    }

    /** The event candidates of an article, in text order. */
    public List<EventCandidate> extract(String text, LocalDate reference) {
        ArticleContext context = new ArticleContext();
        Map<Integer, String> speakers = new HashMap<>();
        List<EventCandidate> candidates = new ArrayList<>();
        for (Sentence sentence : new ArticleReader(nlp).read(text)) {
            Analysis[] analysed = new Analysis[1];
            TemporalTagger.TenseHint governing = (begin, end) -> {
                Analysis analysis = analysed[0] == null
                        ? analysed[0] = analyse(sentence, context, speakers) : analysed[0];
                return analysis.governingTense(begin, end);
            };
            List<FoundDate> found = dates.find(sentence.text(), reference, governing);
            if (found.isEmpty() && DENIAL_HINT.matcher(sentence.text()).find()) {
                Analysis analysis = analysed[0] == null ? analyse(sentence, context, speakers) : analysed[0];
                EventCandidate denial = analysis.undatedDenial(
                        new FoundDate("", 0, 0, EdtfDate.parse(reference.toString())), sentence, text);
                if (denial != null) {
                    candidates.add(denial);
                }
                continue;
            }
            if (found.isEmpty() && !TWO_NAMES.matcher(sentence.text()).find()) {
                continue;
            }
            Analysis analysis = analysed[0] == null ? analyse(sentence, context, speakers) : analysed[0];
            Map<Integer, Boolean> anchored = new HashMap<>();
            analysis.dates().clear();
            for (FoundDate date : found) {
                int[] span = tokenSpan(analysis.tokens(), date.begin(), date.end());
                if (span != null) {
                    analysis.dates().add(span);
                }
            }
            for (FoundDate date : found) {
                int[] span = tokenSpan(analysis.tokens(), date.begin(), date.end());
                if (span == null) {
                    continue;
                }
                EventCandidate candidate = analysis.candidate(span, date, sentence, text, anchored);
                if (candidate != null) {
                    candidates.add(candidate);
                }
            }
            analysis.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).findFirst()
                    .ifPresent(m -> context.lastSubject(m.name()));
        }
        return candidates.stream().map(c -> placesOut(c, context)).toList();
    }

    /**
     * A name guessed an organisation where it modified a noun ("Westhaven dock workers", often in a
     * headline) but written as a place later in the article ("the port of Westhaven") is a place:
     * it leaves the participants and becomes the location if there is none.
     */
    private static EventCandidate placesOut(EventCandidate c, ArticleContext context) {
        List<EventCandidate.Participant> kept = new ArrayList<>();
        String location = c.location();
        for (EventCandidate.Participant p : c.participants()) {
            if (p.kind() != EntityKind.PERSON && context.kindOf(p.name()) == EntityKind.PLACE
                    && context.isWrittenAsPlace(p.name())) {
                location = location == null ? p.name() : location;
            } else {
                kept.add(p);
            }
        }
        if (kept.size() == c.participants().size()) {
            return c;
        }
        return new EventCandidate(c.title(), c.kind(), c.action(), c.theme(), kept, location, c.date(),
                c.attributedTo(), c.stance(), c.quote(), c.quoteBegin(), c.quoteEnd());
    }

    /** Tags the sentence and finds its names (registering them in the article) and its attribution. */
    private Analysis analyse(Sentence sentence, ArticleContext context, Map<Integer, String> speakers) {
        List<Token> tokens = nlp.tokens(sentence.text());
        List<Mention> mentions = names.find(tokens, context);
        Attribution attribution = Attribution.of(tokens, mentions, context);
        if (attribution.source() != null) {
            speakers.put(sentence.paragraph(), attribution.source());
        }
        String speaker = quoted(sentence) ? speakers.get(sentence.paragraph()) : null;
        return new Analysis(tokens, mentions, attribution, context, speaker, new ArrayList<>());
    }

    private static boolean quoted(Sentence sentence) {
        return sentence.inQuote() || sentence.text().contains("\"");
    }

    private static int[] tokenSpan(List<Token> tokens, int begin, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > begin && t.begin() < end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** The analysis of one sentence. */
    private record Analysis(List<Token> tokens, List<Mention> mentions, Attribution attribution,
            ArticleContext context, String speaker, List<int[]> dates) {

        EventCandidate candidate(int[] date, FoundDate found, Sentence sentence, String text,
                Map<Integer, Boolean> anchored) {
            int anchor = anchor(date);
            if (anchor >= 0 && anchored.containsKey(anchor)) {
                anchor = eventNounBetween(anchor, date[0]);
            }
            if (anchor < 0 || anchored.putIfAbsent(anchor, true) != null) {
                return null;
            }
            return candidateAt(anchor, date, found, sentence, text);
        }

        /**
         * An attributed denial with no date of its own ("Putin has not received any proposals,
         * Peskov added"): a statement made on the reference day, so that it can be linked to what
         * it denies. Null when the sentence is no denial attributed to a name or an unnamed source
         * (a headline's "Minister says no draft has arrived" is not one).
         */
        EventCandidate undatedDenial(FoundDate day, Sentence sentence, String text) {
            String source = attribution.source();
            if (source == null || attribution.verbIndex() < 0 || !source.equals(context.anonymousSource())
                    && mentions.stream().noneMatch(m -> source.startsWith(m.name()))) {
                return null;
            }
            EventCandidate candidate = candidateAt(attribution.verbIndex(), new int[] {-1, -1}, day, sentence, text);
            return candidate.stance() == Stance.DENIES ? candidate : null;
        }

        private Clauses clauses() {
            return new Clauses(tokens);
        }

        /** An event noun after {@code verb} and before {@code date} ("arrived ... ahead of talks with Putin on Thursday"), or -1. */
        private int eventNounBetween(int verb, int date) {
            for (int k = date - 1; k > verb; k--) {
                if (Clauses.eventNoun(tokens.get(k))) {
                    return k;
                }
            }
            return -1;
        }

        private EventCandidate candidateAt(int anchor, int[] date, FoundDate found, Sentence sentence, String text) {
            Token head = tokens.get(anchor);
            boolean statement = Attribution.reporting(head) || attribution.covers(date[0]) && attribution.covers(anchor);
            int[] subject = subject(anchor, head.noun() || head.proper());
            Map<String, EntityKind> participants = new LinkedHashMap<>();
            String[] subjectPlace = new String[1];
            List<String> subjectWords = subjectNames(subject, participants, subjectPlace);
            int clauseEnd = clauses().end(anchor + 1);
            int contentVerb = -1;
            if (statement) {
                contentVerb = contentVerb(anchor);
            }
            String location = subjectPlace[0];
            int scanEnd = statement && contentVerb > anchor ? Math.max(clauseEnd, clauses().end(contentVerb + 1)) : clauseEnd;
            int scanFrom = reported(anchor, contentVerb, statement) ? subject(contentVerb, false)[0] : anchor;
            for (Mention m : mentions) {
                if (m.first() <= subject[0] && m.last() >= subject[0] || m.first() < scanFrom || m.first() >= scanEnd
                        || attribution.covers(m.first()) && !statement) {
                    continue;
                }
                boolean placeWord = placeWord(m.first());
                if (m.kind() == EntityKind.PLACE) {
                    if (location == null && placeWord && m.first() < clauseEnd) {
                        location = m.name();
                    }
                } else {
                    participants.putIfAbsent(m.name(), m.kind());
                }
            }
            String action = EventKinds.phrasal(head.lemma(), anchor + 1 < tokens.size() ? tokens.get(anchor + 1).lemma() : "");
            String kind = EventKinds.of(action);
            if (EventKinds.TRANSFER.equals(kind) && personFollows(anchor)) {
                kind = EventKinds.MEETING;
            }
            int themeFrom = anchor;
            if (statement) {
                kind = EventKinds.STATEMENT;
                if (contentVerb >= 0) {
                    action = tokens.get(contentVerb).lemma();
                    themeFrom = contentVerb;
                }
            }
            String theme = EventTheme.of(tokens, mentions, themeFrom, date);
            boolean reported = reported(anchor, contentVerb, statement);
            int reportedFrom = reported ? subject(contentVerb, false)[0] : -1;
            Stance stance = reported ? EventStance.of(tokens, attribution, reportedFrom, contentVerb)
                    : EventStance.of(tokens, attribution, subject[0], statement ? Math.max(contentVerb, anchor) : anchor);
            String title = new EventTitle(tokens, mentions, attribution, dates)
                    .compose(subjectWords, subject, anchor, statement, contentVerb, stance, reportedFrom);
            String quote = text.substring(sentence.begin(), sentence.end());
            List<EventCandidate.Participant> list = new ArrayList<>();
            participants.forEach((name, k) -> list.add(new EventCandidate.Participant(name, k)));
            String source = attribution.source() != null ? attribution.source() : speaker;
            return new EventCandidate(title, kind, action, theme, list, location, found.date(),
                    source, stance, quote, sentence.begin(), sentence.end());
        }

        /**
         * The tense of the verb the expression at {@code [begin, end)} dates (see {@link #anchor}), or
         * null when it dates a noun ("his August summit") or nothing, so the temporal engine decides.
         */
        Tense governingTense(int begin, int end) {
            int[] span = tokenSpan(tokens, begin, end);
            int anchor = span == null ? -1 : anchor(span);
            if (anchor < 0 || Clauses.eventNoun(tokens.get(anchor))) {
                return null;
            }
            return VerbTense.of(tokens, anchor);
        }

        /** Whether a name at {@code k} is said to be a place: "in Oslo", "at the port of Westhaven". */
        private boolean placeWord(int k) {
            if (k == 0) {
                return false;
            }
            String before = tokens.get(k - 1).text().toLowerCase(Locale.ROOT);
            return Set.of("in", "at", "to", "into").contains(before)
                    || before.equals("of") && k > 1 && MentionFinder.PLACE_NOUNS.contains(tokens.get(k - 2).lemma());
        }

        /** "Putin will receive the envoys" is a meeting, "Putin received a draft" a transfer. */
        private boolean personFollows(int anchor) {
            int next = anchor + 1;
            while (next < tokens.size() && MentionFinder.TITLES.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))) {
                next++;
            }
            int first = next;
            return mentions.stream().anyMatch(m -> m.first() == first && m.kind() == EntityKind.PERSON);
        }

        private int anchor(int[] date) {
            if (attribution.covers(date[0])) {
                for (int k = date[0] - 1; k >= 0 && attribution.covers(k); k--) {
                    if (Attribution.reporting(tokens.get(k))) {
                        return k;
                    }
                }
            }
            if (date[1] + 1 < tokens.size() && Clauses.eventNoun(tokens.get(date[1] + 1))) {
                return date[1] + 1;
            }
            int lo = clauses().start(date[0]);
            for (int k = date[0] - 1; k >= lo; k--) {
                if (action(k)) {
                    return k;
                }
            }
            int hi = clauses().end(date[1] + 1);
            if (hi == date[1] + 1 && hi < tokens.size() && tokens.get(hi).is(",")) {
                hi = clauses().end(hi + 1);
            }
            for (int k = date[1] + 1; k < hi; k++) {
                if (action(k)) {
                    return k;
                }
            }
            for (int k = date[0] - 1; k >= lo; k--) {
                if (Clauses.eventNoun(tokens.get(k))) {
                    return k;
                }
            }
            return -1;
        }

        private boolean action(int k) {
            Token t = tokens.get(k);
            return t.verb() && !t.capitalized() && !LIGHT_VERBS.contains(t.lemma())
                    && (!attribution.covers(k) || Attribution.reporting(t));
        }

        /** The subject noun phrase of the anchor, as token range {@code [from, to)}; empty when none. */
        private int[] subject(int anchor, boolean nominal) {
            if (nominal) {
                int k = anchor - 1;
                while (k >= 0 && (tokens.get(k).noun() && !Clauses.eventNoun(tokens.get(k)) || isDateWord(k))) {
                    k--;
                }
                while (k >= 0 && (isDateWord(k) || tokens.get(k).pos().equals("NUM"))) {
                    k--;
                }
                if (k >= 0 && (tokens.get(k).pos().equals("PRON") || tokens.get(k).is("'s"))) {
                    int end = tokens.get(k).is("'s") ? k : k + 1;
                    int start = tokens.get(k).is("'s") ? k - 1 : k;
                    while (start > 0 && tokens.get(start - 1).capitalized() && !clauses().boundary(start - 1)) {
                        start--;
                    }
                    return new int[] {start, end};
                }
                return new int[] {anchor, anchor};
            }
            int k = anchor - 1;
            while (k >= 0) {
                Token t = tokens.get(k);
                boolean skip = t.pos().equals("AUX") || t.pos().equals("PART") || t.pos().equals("ADV")
                        || t.is("to") || EventStance.NEGATIONS.contains(t.text().toLowerCase(Locale.ROOT))
                        || t.verb() && LIGHT_VERBS.contains(t.lemma()) || t.is("'ll") || t.is("'s")
                        || t.pos().equals("ADJ") && SCHEDULING_ADJECTIVES.contains(t.text().toLowerCase(Locale.ROOT)) || attribution.covers(k) && !t.capitalized()
                        && !t.pos().equals("PRON");
                if (!skip) {
                    break;
                }
                k--;
            }
            if (k >= 0 && Set.of("who", "which", "that").contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                k--;
                if (k >= 0 && tokens.get(k).is(",")) {
                    k--;
                }
            }
            int end = k + 1;
            while (k >= 0 && subjectToken(k)) {
                k--;
            }
            if (k > 0 && k + 1 < end && Set.of("at", "in", "from").contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                    && tokens.get(k - 1).noun() && !tokens.get(k - 1).capitalized()) {
                k--;
                while (k >= 0 && subjectToken(k) && !tokens.get(k).pos().equals("PRON")) {
                    k--;
                }
            }
            return new int[] {k + 1, end};
        }

        private boolean subjectToken(int k) {
            Token t = tokens.get(k);
            String pos = t.pos();
            if (attribution.covers(k) && !pos.equals("PRON") && !t.capitalized()) {
                return false;
            }
            return pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("PRON") && !t.is("that")
                    && !t.is("who") && !t.is("which") || pos.equals("DET") || pos.equals("NUM")
                    || pos.equals("ADJ") || t.is("and") || t.capitalized() && !t.punctuation() || t.is("'s");
        }

        private boolean isDateWord(int k) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            return w.matches("january|february|march|april|may|june|july|august|september|october|november"
                    + "|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{4}|last|next|this");
        }

        /** The entities of the subject, added to the participants; returns the words a title starts with. */
        private List<String> subjectNames(int[] subject, Map<String, EntityKind> participants, String[] place) {
            List<String> words = new ArrayList<>();
            for (int k = subject[0]; k < subject[1]; k++) {
                int at = k;
                Mention m = mentions.stream().filter(x -> x.covers(at)).findFirst().orElse(null);
                if (m != null && m.kind() == EntityKind.PLACE && placeWord(m.first())) {
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
                    continue;
                }
                Token t = tokens.get(k);
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
                if (t.noun() || t.is("and") && !words.isEmpty()
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

        /** For a statement: the first verb of what was said, after the attribution; -1 when none. */
        private int contentVerb(int anchor) {
            for (int k = anchor + 1; k < tokens.size(); k++) {
                if (!attribution.covers(k) && tokens.get(k).verb() && !tokens.get(k).capitalized()
                        && !LIGHT_VERBS.contains(tokens.get(k).lemma())) {
                    return k;
                }
            }
            for (int k = anchor - 1; k >= 0; k--) {
                if (!attribution.covers(k) && tokens.get(k).verb() && !tokens.get(k).capitalized()
                        && !LIGHT_VERBS.contains(tokens.get(k).lemma())) {
                    return k;
                }
            }
            return -1;
        }

        /** A statement dated by a reporting verb after what was said, in indirect speech ("X has not received Y, Z said on Tuesday"). */
        private boolean reported(int anchor, int contentVerb, boolean statement) {
            if (!statement || contentVerb < 0 || contentVerb > anchor) {
                return false;
            }
            for (int k = 0; k < anchor; k++) {
                if (tokens.get(k).is("\"")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "the two companies", "both envoys": a pair of people or organisations standing for the two
         * of that kind the article named last; empty when {@code k} starts no such phrase.
         */
        private List<String> pair(int k) {
            Token t = tokens.get(k);
            if (!(t.is("two") || t.is("both")) || k + 1 >= tokens.size()) {
                return List.of();
            }
            Token noun = tokens.get(k + 1);
            Set<EntityKind> kinds = noun.noun() ? GROUPS.get(noun.lemma()) : null;
            return kinds == null || noun.text().equalsIgnoreCase(noun.lemma()) ? List.of() : context.lastTwo(kinds);
        }

        private String shortName(String name) {
            return new Mention(name, context.kindOf(name), 0, 0, null).shortName();
        }
    }
}
