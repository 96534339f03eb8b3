package io.factline.temporal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the tense that governs a temporal expression.
 * <p>
 * The OpenNLP English model tags Universal Dependencies parts of speech (VERB, AUX), which carry no tense, so the
 * tense of a verb comes from its form: a past marker is a verb ending in "-ed" (not after "is", "be" or "to") or one
 * of the irregular past forms, or "has"/"have" before a verb (the perfect reports the past); a future marker is the
 * modal "will"/"shall" (also "'ll", "won't", "would", "might", "may" but not before "have"), or a scheduling phrase
 * such as "due to", "plans to", "going to", "set to", "scheduled", "planned a rally", "planned for", or a plan
 * named by a noun ("an agreement to buy", "the decision to close"). A past form
 * after "be" or a modal is a participle ("would be held"), not a past marker; "could not" is one ("could not be
 * reached Wednesday").
 * A participle right before the expression ("the decision, announced Wednesday") is a past marker even where the
 * tagger calls it an adjective. The marker in the same clause as the expression wins, the nearest one if there are several; failing that the
 * nearest in the sentence. A present-tense verb counts only in the expression's own clause and only when no past
 * or future marker occurs in the sentence.
 */
final class TenseDetector {

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "wo", "shall", "ll", "won't", "gonna",
            "would", "might", "may", "should");
    /** Words that put an event ahead even without "to": "has scheduled a news conference Thursday". */
    private static final Set<String> SCHEDULED = Set.of("scheduled", "slated", "upcoming");
    private static final Set<String> SCHEDULING = Set.of("scheduled", "due", "expected", "set", "plans", "plan",
            "planning", "planned", "intends", "intended", "aims", "aimed", "going", "poised", "slated", "ready",
            "prepared", "expects", "hopes", "hoped", "agreed", "agrees", "decided", "decides", "pledged", "pledges",
            "promised", "promises", "vowed", "vows", "agreement", "deal", "decision", "offer", "bid", "proposal", "pact", "accord", "pledge", "promise",
            "commitment", "intention");
    /**
     * Plans in the present tense: after a fronted expression they still put it ahead ("On Tuesday, the union plans to
     * march"), where a past plan reports a decision taken that day ("On Friday, the council planned to publish").
     */
    private static final Set<String> PRESENT_PLANS = Set.of("plans", "intends", "aims", "expects", "hopes");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "'s", "'re");
    /**
     * A forecast made now speaks of what lies ahead even with a plain object: "the weather service expects a mild
     * February", "analysts predict a rebound in March".
     */
    private static final Set<String> FORECASTS = Set.of("expects", "expect", "forecasts", "predicts", "predict",
            "anticipates", "anticipate", "foresees", "foresee", "projects");
    /** Plans with an object or a date after them: "planned a rally on Saturday", "planned for early March". */
    private static final Set<String> PLANNING = Set.of("planned", "planning", "plans", "scheduled");
    private static final Set<String> PLAN_OBJECT_START = Set.of("a", "an", "the", "for", "another", "new", "its",
            "their", "his", "her", "our", "next"); // session 13 (lead): "plans its next launch in December"
    /** "Could not be reached Wednesday": in news, a failed attempt already made. */
    private static final Set<String> NEGATION = Set.of("not", "n't");
    /** A subject that negates the clause: "Neither he nor his aides could be reached Friday". */
    private static final Set<String> NEGATIVE_SUBJECT = Set.of("neither", "nor", "nobody", "none");
    private static final Set<String> PERFECT = Set.of("has", "have", "'ve");
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "'s", "'re", "'m", "does", "do", "says");
    /** Words after which a past form is a participle or infinitive: "be held", "to set", "getting beaten" (get-passive). */
    private static final Set<String> PASSIVE_OR_INFINITIVE = Set.of("is", "are", "am", "be", "been", "being", "to",
            "will", "'s", "'re", "would", "could", "should", "may", "might", "must", "can", "get", "gets", "getting",
            "gotten");
    /** Words after which a bare verb is an infinitive, not a present tense. */
    private static final Set<String> NON_FINITE_BEFORE = Set.of("to", "will", "would", "could", "should", "may",
            "might", "must", "can", "shall", "did", "does", "do", "didn't", "not", "n't", "'ll", "wo", "ca", "let");
    /** Verbs of a timetable: in the present they speak of what is scheduled ({@link #scheduledPresent}). */
    private static final Set<String> SCHEDULE_VERBS = Set.of("begin", "start", "restart", "open", "reopen", "end",
            "close", "finish", "conclude", "expire", "resume", "convene", "reconvene", "adjourn", "kick", "arrive",
            "depart", "return", "launch", "debut", "premiere", "air", "host", "face", "visit", "travel", "head", "play",
            "meet", "vote", "testify", "appear");
    /** "returns", "opens", "closes": the present of a timetable verb, which speaks of what is scheduled. */
    static boolean timetablePresent(String word) {
        return word.endsWith("s") && (SCHEDULE_VERBS.contains(word.substring(0, word.length() - 1))
                || word.endsWith("es") && SCHEDULE_VERBS.contains(word.substring(0, word.length() - 2)));
    }

    /**
     * Phrases of coming into force, onto the market or to an end, by verb: in the present they name a date ahead, as a
     * timetable verb does ("the new tariffs take effect in April", "tickets go on sale in September", "the ban comes
     * into force on Monday", "the site goes live in May", "the vaccine becomes available in May", "the contract runs
     * out in June"), also in a report of what was said ("..., the ministry said on Tuesday"). Their past forms ("took
     * effect", "went on sale", "ran out") are past markers already.
     */
    private static final Map<String, List<String>> TAKING_EFFECT = Map.of(
            "take", List.of("effect"),
            "go", List.of("into effect", "into force", "on sale", "live"),
            "come", List.of("into effect", "into force"),
            "enter", List.of("into force", "force"),
            "become", List.of("available", "effective", "law"),
            "run", List.of("out"));

    private static final Set<String> MISTAGGED_SCHEDULE = Set.of("begins", "opens", "reopens", "ends", "closes",
            "arrives", "departs", "expires", "resumes", "restarts", "convenes", "reconvenes", "adjourns", "concludes",
            "finishes", "resume", "reopen", "restart", "reconvene", "adjourn", "expire", "depart");
    /** "shortly before dawn on Sunday": the tagger takes "dawn" after "before" for a verb; a time of day is none. */
    private static final Set<String> TIMES_OF_DAY = Set.of("dawn", "dusk", "daybreak", "nightfall", "sunrise",
            "sunset", "noon", "midnight");
    /** Clause openers after which the present tense speaks of what lies ahead. */
    private static final Set<String> CONDITIONS = Set.of("when", "if", "once", "unless", "until", "before", "after");
    /** Clause boundaries: a marker beyond one of these governs a different clause. */
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "and", "but", "while", "whereas", "--", "(",
            ")", "\"", "``", "''", "“", "”", "because", "although", "though", "which", "who", "after", "before",
            "when", "until", "since");
    static final Set<String> IRREGULAR_PAST = Set.of(
            "said", "told", "met", "was", "were", "had", "did", "went", "came", "made", "took", "gave", "saw", "got",
            "became", "left", "held", "began", "found", "thought", "knew", "brought", "fell", "rose", "led", "won",
            "lost", "sent", "spent", "paid", "sold", "bought", "built", "struck", "broke", "chose", "drove", "ate",
            "flew", "forgot", "hid", "kept", "laid", "meant", "ran", "rang", "sat", "shot", "spoke", "stood", "stole",
            "swore", "taught", "tore", "threw", "understood", "woke", "wore", "wrote", "fought", "felt", "heard",
            "sought", "caught", "withdrew", "overtook", "undertook", "upheld", "arose", "bore", "bled", "dealt", "dug",
            "drew", "fed", "fled", "forbade", "foresaw", "forgave", "froze", "grew", "hung", "lent", "lit", "slid",
            "sank", "sang", "slept", "sped", "spun", "sprang", "stuck", "swept", "swam", "swung", "wept", "overcame",
            "oversaw", "mistook", "rebuilt", "shook", "slew", "strode", "underwent", "withheld", "forecast", "quit",
            "wound", "beat", "let", "put", "cut", "set", "hit", "cast", "hurt", "shut", "spread", "read");

    /** Irregular past forms that are also the plain form of the verb (or a common noun): no past marker on their own. */
    static final Set<String> SAME_AS_PRESENT = Set.of("forecast", "quit", "wound", "beat", "let", "put", "cut",
            "set", "hit", "cast", "hurt", "shut", "spread", "read", "left", "lost", "found", "led", "lit", "bore", "rose",
            "fell", "felt", "saw");

    /**
     * Farthest a tense marker is looked for on either side of an expression, in tokens. Real sentences keep
     * the verb of a date far closer; without a bound, a "sentence" of thousands of dates and no verb
     * (a pasted list, text without punctuation) costs every expression a walk over the whole of it.
     */
    static final int MAX_MARKER_DISTANCE = 100;

    private TenseDetector() {
    }

    /**
     * The tense for the expression over tokens {@code first..last}. Markers are read outwards from the expression and
     * only as far as the search goes, so the tags of words beyond the marker found are never asked for.
     */
    static Tense tenseNear(String[] tokens, NlpPipeline.Tags tags, int first, int last) {
        if (soonestBefore(tokens, first)) {
            return Tense.FUTURE;
        }
        if (sinceBefore(tokens, first)) {
            return Tense.PAST;
        }
        Markers markers = new Markers(tokens, tags, first);
        Tense inClause = nearest(tokens, tags, markers, first, last, true, false);
        if (inClause != Tense.UNKNOWN) {
            return inClause;
        }
        if (presentInConditionClause(tokens, markers, first, last)) {
            return Tense.FUTURE;
        }
        Tense inSentence = nearest(tokens, tags, markers, first, last, false, false);
        if (inSentence != Tense.UNKNOWN) {
            return inSentence;
        }
        return nearest(tokens, tags, markers, first, last, true, true);
    }

    /**
     * "the tenants will stay until the appeal is heard in June": English puts what lies ahead in the present tense in a
     * clause opened by "when", "if", "once", "unless", "until", "before" or "after", whatever the tense of the
     * sentence around it.
     */
    private static boolean presentInConditionClause(String[] tokens, Markers markers, int first, int last) {
        int left = first - 1;
        int leftEnd = Math.max(0, first - MAX_MARKER_DISTANCE);
        while (left >= leftEnd && !BOUNDARIES.contains(tokens[left].toLowerCase(Locale.ROOT))
                && !CONDITIONS.contains(tokens[left].toLowerCase(Locale.ROOT))) {
            left--;
        }
        if (left < leftEnd || !CONDITIONS.contains(tokens[left].toLowerCase(Locale.ROOT))) {
            return false;
        }
        int rightEnd = Math.min(tokens.length, last + 1 + MAX_MARKER_DISTANCE);
        for (int i = left + 1; i < rightEnd; i++) {
            if (i >= first && i <= last) {
                continue;
            }
            if (i > last && BOUNDARIES.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (markers.at(i) == Tense.PRESENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * "has not played since the French Open in June and will be out for a month": what follows "since" in its own
     * phrase lies behind, whatever the tense of the clause after it.
     */
    private static boolean sinceBefore(String[] tokens, int first) {
        for (int j = first - 1; j >= 0 && j >= first - 8; j--) {
            String word = tokens[j].toLowerCase(Locale.ROOT);
            if (word.equals("since")) {
                return true;
            }
            if (BOUNDARIES.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "as soon as Tuesday", "as early as next month", "ready to sell as soon as trading opened Monday": the earliest
     * time something may happen lies ahead, whatever the tense of the verb in between.
     */
    private static boolean soonestBefore(String[] tokens, int first) {
        for (int j = first - 1; j >= 2 && j >= first - 8; j--) {
            String word = tokens[j].toLowerCase(Locale.ROOT);
            if (BOUNDARIES.contains(word)) {
                return false;
            }
            String degree = tokens[j - 1].toLowerCase(Locale.ROOT);
            if (word.equals("as") && tokens[j - 2].equalsIgnoreCase("as")
                    && (degree.equals("soon") || degree.equals("early") && j == first - 1)) {
                return true;
            }
        }
        return false;
    }

    private static Tense nearest(String[] tokens, NlpPipeline.Tags tags, Markers markers, int first, int last,
            boolean clauseOnly, boolean present) {
        int left = first - 1;
        int right = last + 1;
        int leftEnd = Math.max(0, first - MAX_MARKER_DISTANCE);
        int rightEnd = Math.min(tokens.length, last + 1 + MAX_MARKER_DISTANCE);
        boolean leftOpen = true;
        boolean rightOpen = true;
        while ((leftOpen && left >= leftEnd) || (rightOpen && right < rightEnd)) {
            if (leftOpen && left >= leftEnd) {
                if (clauseOnly && BOUNDARIES.contains(tokens[left].toLowerCase(Locale.ROOT))
                        && !inListOfNames(tokens, tags, left, first, last)) {
                    leftOpen = false;
                } else if (counts(markers.at(left), present)) {
                    return markers.at(left);
                }
                left--;
            }
            if (rightOpen && right < rightEnd) {
                if (clauseOnly && BOUNDARIES.contains(tokens[right].toLowerCase(Locale.ROOT))
                        && !(right == last + 1 && fronted(tokens, first, right))
                        && !inListOfNames(tokens, tags, right, first, last)) {
                    rightOpen = false;
                } else if (counts(markers.at(right), present)) {
                    return markers.at(right);
                }
                right++;
            }
        }
        return Tense.UNKNOWN;
    }

    /**
     * "agreed to admit Leeds, Hull and the Isle of Wight in May": a comma or "and" between two proper names (the
     * second perhaps after "the", perhaps a capitalised adjective like "Dutch") joins the items of a list, not two
     * clauses. Only away from the expression itself, so "On Monday, Smith said" still ends the fronted expression's
     * clause at its comma.
     */
    private static boolean inListOfNames(String[] tokens, NlpPipeline.Tags tags, int i, int first, int last) {
        String word = tokens[i];
        if (!(word.equals(",") || word.equalsIgnoreCase("and")) || i - 1 <= last && i - 1 >= first
                || i + 1 >= tokens.length || i - 1 < 0) {
            return false;
        }
        int next = i + 1;
        if (tokens[next].equalsIgnoreCase("the") && next + 1 < tokens.length) {
            next++;
        }
        if (next >= first && next <= last) {
            return false;
        }
        return tags.get(i - 1).equals("PROPN") && Character.isUpperCase(tokens[next].charAt(0))
                && (tags.get(next).equals("PROPN") || tags.get(next).equals("ADJ")); // "the Dutch town of": ADJ
    }

    /** The tense each token marks, worked out when first asked for. */
    private static final class Markers {

        private final String[] tokens;
        private final NlpPipeline.Tags tags;
        private final int first;
        private final Tense[] markers;

        Markers(String[] tokens, NlpPipeline.Tags tags, int first) {
            this.tokens = tokens;
            this.tags = tags;
            this.first = first;
            this.markers = new Tense[tokens.length];
        }

        Tense at(int i) {
            if (markers[i] == null) {
                markers[i] = i == first - 1 && participleBefore(tokens, tags, first) ? Tense.PAST
                        : marker(tokens, tags, i, i < first);
            }
            return markers[i];
        }
    }

    /** "the decision, announced Wednesday": a participle right before the expression, even one tagged as adjective. */
    private static boolean participleBefore(String[] tokens, NlpPipeline.Tags tags, int first) {
        return first > 0 && tags.get(first - 1).startsWith("ADJ")
                && tokens[first - 1].toLowerCase(Locale.ROOT).endsWith("ed");
    }

    /**
     * "In January, the plant closed": an expression fronted at the start of the sentence belongs to the clause after
     * its comma.
     */
    private static boolean fronted(String[] tokens, int first, int right) {
        return first <= 2 && tokens[right].equals(",");
    }

    private static boolean counts(Tense marker, boolean present) {
        return present ? marker == Tense.PRESENT : marker == Tense.PAST || marker == Tense.FUTURE;
    }

    /**
     * The tense marked by token {@code i}. A plan ({@code before}: only left of the expression) puts what follows it
     * ahead: "planned to leave on Thursday", but not "On Friday, the government planned to pay", nor a plan the
     * past perfect reports ("had been scheduled to expire Friday").
     */
    private static Tense marker(String[] tokens, NlpPipeline.Tags tags, int i, boolean before) {
        String word = tokens[i].toLowerCase(Locale.ROOT).replace('’', '\'');
        String tag = tags.get(i);
        if (TIMES_OF_DAY.contains(word)) {
            return Tense.UNKNOWN;
        }
        boolean verb = tag.startsWith("VERB") || tag.startsWith("AUX") || tag.contains("+AUX") || tag.contains("+VERB");
        if (FUTURE_MODALS.contains(word) && verb && !perfectAfter(tokens, i)) {
            return Tense.FUTURE;
        }
        if (before && verb && FORECASTS.contains(word) && !NON_FINITE_BEFORE.contains(previousWord(tokens, i))) {
            return Tense.FUTURE;
        }
        if (before && plan(tokens, tags, i, word)) {
            return pastPerfectBefore(tokens, i) ? Tense.PAST : Tense.FUTURE;
        }
        if (!before && presentPlan(tokens, tags, i, word)) {
            return Tense.FUTURE;
        }
        if (word.equals("could") && (i + 1 < tokens.length && NEGATION.contains(tokens[i + 1].toLowerCase(Locale.ROOT))
                || negativeSubject(tokens, i))) {
            return Tense.PAST;
        }
        if (word.equals("could") && verb && possibilityAhead(tokens, tags, i)) {
            return Tense.FUTURE;
        }
        if (takingEffect(tokens, i, word)) {
            return Tense.FUTURE;
        }
        if (!verb) {
            if (mistaggedSchedule(tokens, tags, i, word)) {
                return Tense.FUTURE;
            }
            return mistaggedPast(tokens, tags, i, word) ? Tense.PAST : Tense.UNKNOWN;
        }
        String previous = i > 0 ? tokens[i - 1].toLowerCase(Locale.ROOT) : "";
        if (PERFECT.contains(word) && i + 1 < tokens.length && followedByVerb(tokens, tags, i)) {
            return Tense.PAST;
        }
        if (IRREGULAR_PAST.contains(word) && !PASSIVE_OR_INFINITIVE.contains(previous)) {
            return Tense.PAST;
        }
        if (word.length() > 3 && word.endsWith("ed") && !PASSIVE_OR_INFINITIVE.contains(previous)) {
            return Tense.PAST;
        }
        if (scheduledPresent(word, tag, previous)) {
            return Tense.FUTURE;
        }
        if (PRESENT.contains(word) || PERFECT.contains(word) || (word.endsWith("s") && !word.endsWith("ss"))) {
            return Tense.PRESENT;
        }
        if (tag.equals("VERB") && !word.endsWith("ing") && !NON_FINITE_BEFORE.contains(previous)) {
            return Tense.PRESENT;
        }
        return Tense.UNKNOWN;
    }

    /**
     * "The trial begins in March", "campaigning ends on Friday", "the talks resume Monday": news gives a timetable in
     * the present tense, so a verb of starting, ending or meeting in the present puts its date ahead, as a modal does.
     */
    private static boolean scheduledPresent(String word, String tag, String previous) {
        if (SCHEDULE_VERBS.contains(word)) {
            return tag.equals("VERB") && !NON_FINITE_BEFORE.contains(previous);
        }
        String stem = word.endsWith("es") && SCHEDULE_VERBS.contains(word.substring(0, word.length() - 2))
                ? word.substring(0, word.length() - 2) : word.substring(0, Math.max(0, word.length() - 1));
        return word.endsWith("s") && SCHEDULE_VERBS.contains(stem);
    }

    /**
     * "The rules take effect in April", "tickets go on sale in May": the present of a phrase of {@link #TAKING_EFFECT}
     * (the plain form or the "-s" form, not after "to", a modal, "did" or the perfect's "has": "has come into force"
     * looks back), whatever tag the verb got.
     */
    private static boolean takingEffect(String[] tokens, int i, String word) {
        String verb = word.endsWith("es") && TAKING_EFFECT.containsKey(word.substring(0, word.length() - 2))
                ? word.substring(0, word.length() - 2)
                : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        List<String> phrases = TAKING_EFFECT.get(verb);
        String previous = previousWord(tokens, i);
        if (phrases == null || NON_FINITE_BEFORE.contains(previous) || PERFECT.contains(previous)
                || previous.equals("had")) {
            return false;
        }
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            boolean matches = i + words.length < tokens.length;
            for (int k = 0; matches && k < words.length; k++) {
                matches = tokens[i + 1 + k].equalsIgnoreCase(words[k]);
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Trading resumes on Monday", "campaigning ends at midnight": after a noun the tagger takes such a verb for a
     * plural noun. Only verbs whose plural noun is rare, right after the subject and before a preposition ("housing
     * starts in March", "election returns on Tuesday" are nouns, so neither verb is here).
     */
    private static boolean mistaggedSchedule(String[] tokens, NlpPipeline.Tags tags, int i, String word) {
        if (!MISTAGGED_SCHEDULE.contains(word) || i == 0 || i + 1 >= tokens.length || !tags.get(i).equals("NOUN")) {
            return false;
        }
        String previousTag = tags.get(i - 1);
        return (previousTag.equals("NOUN") || previousTag.equals("PROPN") || previousTag.equals("VERB"))
                && tags.get(i + 1).equals("ADP");
    }

    /**
     * "Talks could conclude by Friday", "a ruling could come in March": "could" before a plain verb is a possibility
     * ahead; "could not be reached", "could have left" and "could be located" are not.
     */
    private static boolean possibilityAhead(String[] tokens, NlpPipeline.Tags tags, int i) {
        int next = i + 1;
        if (next < tokens.length && tags.get(next).startsWith("ADV") && !NEGATION.contains(tokens[next].toLowerCase(Locale.ROOT))) {
            next++;
        }
        if (next >= tokens.length || !tags.get(next).equals("VERB") || perfectAfter(tokens, i)) {
            return false;
        }
        String verb = tokens[next].toLowerCase(Locale.ROOT);
        return !verb.endsWith("ed") && !verb.endsWith("ing") && !verb.endsWith("s");
    }

    private static String previousWord(String[] tokens, int i) {
        return i > 0 ? tokens[i - 1].toLowerCase(Locale.ROOT) : "";
    }

    private static boolean plan(String[] tokens, NlpPipeline.Tags tags, int i, String word) {
        if (SCHEDULED.contains(word)) {
            return true;
        }
        if (SCHEDULING.contains(word) && i + 2 < tokens.length && tokens[i + 1].equalsIgnoreCase("to")
                && (verbAfterTo(tokens, tags, i + 2) || !word.equals("due") && tags.get(i + 2).equals("NOUN")
                        && Character.isLowerCase(tokens[i + 2].charAt(0))
                        || word.equals("due") && SCHEDULE_VERBS.contains(tokens[i + 2]))) {
            return true; // "is due to appear": the tagger may call a verb after "due to" a noun, as in "due to rain"
        }
        if (word.equals("set") && i + 1 < tokens.length && tokens[i + 1].equalsIgnoreCase("for")) {
            return true; // "a vote set for Thursday"
        }
        return PLANNING.contains(word) && i + 1 < tokens.length
                && PLAN_OBJECT_START.contains(tokens[i + 1].toLowerCase(Locale.ROOT));
    }

    /** "plans to hold", "is expected to rule", "are set to meet": a plan made now, for what lies ahead. */
    private static boolean presentPlan(String[] tokens, NlpPipeline.Tags tags, int i, String word) {
        boolean present = PRESENT_PLANS.contains(word)
                || i > 0 && PRESENT_BE.contains(tokens[i - 1].toLowerCase(Locale.ROOT)) && SCHEDULING.contains(word);
        return present && i + 2 < tokens.length && tokens[i + 1].equalsIgnoreCase("to")
                && (verbAfterTo(tokens, tags, i + 2)
                        || tags.get(i + 2).equals("NOUN") && Character.isLowerCase(tokens[i + 2].charAt(0)));
    }

    /**
     * The verb of a plan after its "to": "due to appear", also the passive's "be", which the tagger calls an
     * auxiliary ("was due to be sentenced on Friday", "was expected to be charged on Thursday").
     */
    private static boolean verbAfterTo(String[] tokens, NlpPipeline.Tags tags, int j) {
        return tags.get(j).startsWith("VERB") || tokens[j].equalsIgnoreCase("be");
    }

    private static boolean negativeSubject(String[] tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
            String word = tokens[j].toLowerCase(Locale.ROOT);
            if (NEGATIVE_SUBJECT.contains(word)) {
                return true;
            }
            if (BOUNDARIES.contains(word) && !word.equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean pastPerfectBefore(String[] tokens, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (tokens[j].equalsIgnoreCase("had")) {
                return true;
            }
        }
        return false;
    }

    /** "may have left", "would have won": a modal before the perfect looks back. */
    private static boolean perfectAfter(String[] tokens, int i) {
        return i + 1 < tokens.length && PERFECT.contains(tokens[i + 1].toLowerCase(Locale.ROOT))
                || i + 2 < tokens.length && tokens[i + 2].equalsIgnoreCase("have");
    }

    /** A past participle the tagger took for an adjective: "has fluctuated", "have risen". */
    private static boolean participle(String token, String tag) {
        String word = token.toLowerCase(Locale.ROOT);
        return tag.startsWith("ADJ") && word.length() > 4 && (word.endsWith("ed") || word.endsWith("en"));
    }

    /**
     * A past-tense verb the tagger took for a noun or adjective: "-ed", or an irregular past form that is no present
     * form too ("the board met in March", not "cut" or "set"), right after its subject (a noun or pronoun) and not
     * before a noun it could describe ("profit climbed", but not "the company's proposed merger").
     */
    private static boolean mistaggedPast(String[] tokens, NlpPipeline.Tags tags, int i, String word) {
        boolean pastForm = word.length() > 4 && word.endsWith("ed")
                || IRREGULAR_PAST.contains(word) && !SAME_AS_PRESENT.contains(word)
                || movedBy(tokens, tags, i, word);
        if (!pastForm || i == 0 || !(tags.get(i).equals("NOUN") || tags.get(i).equals("ADJ"))) {
            return false;
        }
        String previousTag = tags.get(i - 1);
        boolean afterSubject = previousTag.equals("NOUN") || previousTag.equals("PROPN") || previousTag.equals("PRON");
        boolean beforeNoun = i + 1 < tags.length() && (tags.get(i + 1).equals("NOUN") || tags.get(i + 1).equals("PROPN"));
        return afterSubject && !beforeNoun;
    }

    /** Words after "rose" or "fell" that make it the verb of a figure's move: "rose 5%", "fell to", "rose sharply". */
    private static final Set<String> MOVE_AFTER = Set.of("to", "by", "from", "in", "sharply", "slightly", "steeply",
            "again", "back", "more", "further", "for");

    /**
     * "Sales rose 5% in the fourth quarter": "rose" and "fell" are nouns as well ("a rose", "the fells"), so they are
     * no past marker on their own; before a number or a word of a figure's move they are the verb.
     */
    private static boolean movedBy(String[] tokens, NlpPipeline.Tags tags, int i, String word) {
        return (word.equals("rose") || word.equals("fell")) && i + 1 < tokens.length
                && (tags.get(i + 1).equals("NUM") || MOVE_AFTER.contains(tokens[i + 1].toLowerCase(Locale.ROOT)));
    }

    private static boolean followedByVerb(String[] tokens, NlpPipeline.Tags tags, int i) {
        for (int j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
            if (tags.get(j).startsWith("VERB") || tags.get(j).startsWith("AUX") || participle(tokens[j], tags.get(j))) {
                return true;
            }
            if (!tags.get(j).startsWith("ADV") && !tags.get(j).startsWith("PART")) {
                return false;
            }
        }
        return false;
    }
}
