package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a sentence says something on the authority of, and which tokens say so. Recognised:
 * "X said (that) ...", "X told reporters (Tuesday) that ...", "X confirmed that ...",
 * "X, a spokeswoman for Y, said that ..." ({@link RoleApposition}),
 * "..., X said/reported." (also between commas), "..., according to X." Sources are named by
 * the person or organisation the phrase contains ("the Interfax news service" → "Interfax"),
 * otherwise by the phrase ("people familiar with the matter"); "the people" said later in the
 * article is the unnamed source introduced before. When a speaker is quoted by a news service
 * ("Peskov confirmed ..., Interfax reported"), the source is "Dmitry Peskov via Interfax".
 *
 * @param source    the source, or null when the sentence names none
 * @param spans     token ranges {@code [from, to)} that carry the attribution, not the news
 * @param verbIndex the reporting verb of the first span, or -1
 */
public record Attribution(String source, List<int[]> spans, int verbIndex) {

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s");

    static final Set<String> REPORTING = Set.of("say", "tell", "report", "confirm", "add", "announce", "state",
            "claim", "deny", "write", "note", "explain", "insist", "acknowledge", "warn", "argue", "assert",
            "reiterate", "admit", "repeat");
    private static final Set<String> BOUNDARY = Set.of(",", "\"", "though", "although", "but", "and", "while",
            "whereas", ";", ":", "--");
    private static final Set<String> SOURCE_LINKS = Set.of("familiar", "with", "close", "to", "briefed", "on",
            "knowledge", "of", "aware", "involved", "in");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
    private static final Set<String> ANONYMOUS = Set.of("people", "person", "official", "officials", "source",
            "sources", "diplomat", "diplomats", "aide", "aides", "insider", "insiders");

    public static final Attribution NONE = new Attribution(null, List.of(), -1);

    /** Whether a source phrase names no one but says who they are: "two officials briefed on the talks". */
    static boolean unnamed(String source) {
        return source != null && java.util.Arrays.stream(source.toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(ANONYMOUS::contains);
    }

    public boolean covers(int token) {
        return spans.stream().anyMatch(s -> token >= s[0] && token < s[1]);
    }

    public static boolean reporting(Token t) {
        return REPORTING.contains(t.lemma()) && !t.capitalized() && (t.verb() || t.pos().equals("AUX")
                || t.text().endsWith("ed") || t.text().equals("said") || t.text().equals("told"));
    }

    /** Finds the attribution of a sentence, given its tokens and names. */
    public static Attribution of(List<Token> tokens, List<Mention> mentions, ArticleContext context) {
        List<int[]> spans = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        int verbIndex = -1;
        for (int v = 0; v < tokens.size(); v++) {
            Token t = tokens.get(v);
            if (t.is("according") && v + 1 < tokens.size() && tokens.get(v + 1).is("to")) {
                int from = v > 0 && tokens.get(v - 1).is(",") ? v - 1 : v;
                int to = v + 2;
                while (to < tokens.size() && !tokens.get(to).is(",") && !tokens.get(to).is(".")) {
                    to++;
                }
                String source = name(tokens, mentions, context, v + 2, documentEnd(tokens, v + 2, to));
                if (source != null) {
                    sources.add(source);
                    spans.add(new int[] {from, to});
                }
                v = to;
                continue;
            }
            if (!reporting(t)) {
                continue;
            }
            int start = subjectStart(tokens, v);
            int nameEnd = ReportingAdverb.start(tokens, v);
            if (start < 0 && v > 1 && tokens.get(v - 1).is(",")
                    && (tokens.get(v - 2).proper() || MentionFinder.ROLES.contains(tokens.get(v - 2).lemma()))) {
                start = appositiveStart(tokens, v - 1);
                nameEnd = v - 1;
            }
            int opening = start < 0 && v > 1 && tokens.get(v - 1).is(",") ? RoleApposition.opening(tokens, v - 1) : -1;
            if (opening > 0) {
                start = subjectStart(tokens, opening);
                nameEnd = opening;
            }
            if (start < 0) {
                continue;
            }
            String source = name(tokens, mentions, context, start, nameEnd);
            if (source == null) {
                continue;
            }
            int end = v + 1;
            boolean trailing = start > 0 && (tokens.get(start - 1).is(",") && !OpeningPhrase.endsAt(tokens, start - 1)
                    && !openingRole(tokens, start - 1) || tokens.get(start - 1).is("\""));
            if (trailing) {
                end = clauseEnd(tokens, v + 1);
            } else {
                end = leadingEnd(tokens, end);
            }
            int from = trailing && tokens.get(start - 1).is(",") ? start - 1 : start;
            spans.add(new int[] {from, end});
            sources.add(source);
            if (verbIndex < 0) {
                verbIndex = v;
            }
            v = end - 1;
        }
        if (sources.isEmpty()) {
            return NONE;
        }
        String source = sources.size() > 1 && !sources.get(0).equals(sources.get(1))
                ? sources.get(0) + " via " + sources.get(1) : sources.get(0);
        return new Attribution(source, spans, verbIndex);
    }

    /**
     * Where the source of "according to" ends: before a participle with "by" ("an agency report
     * seen by Consumer Wire" is the report's word, not the outlet's, which only saw it).
     */
    private static int documentEnd(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (tokens.get(k).verb() && tokens.get(k + 1).is("by")) {
                return k;
            }
        }
        return to;
    }

    /**
     * Whether the sentence opens with a bare noun phrase that the comma at {@code comma} closes ("The
     * depot owner, X, said on Friday that …", "The chairman of the lender, X, said …"): the speaker's
     * role before the name, not news told before a trailing attribution, so what follows the verb is
     * what was said. s9-scenb.
     */
    private static boolean openingRole(List<Token> tokens, int comma) {
        if (comma < 2 || !tokens.get(0).pos().equals("DET") && !tokens.get(0).pos().equals("PRON")) {
            return false;
        }
        boolean noun = false;
        for (int k = 1; k < comma; k++) {
            Token t = tokens.get(k);
            if (t.verb() || t.pos().equals("AUX") || t.punctuation() || t.pos().equals("SCONJ")) {
                return false;
            }
            noun |= t.noun();
        }
        return noun;
    }

    /**
     * A leading attribution runs over a short object and time ("told reporters Tuesday that"):
     * up to the complementiser "that" when it follows within five tokens with no verb between.
     */
    private static int leadingEnd(List<Token> tokens, int afterVerb) {
        for (int k = afterVerb; k < tokens.size() && k < afterVerb + 6; k++) {
            Token t = tokens.get(k);
            if (t.is("that")) {
                return k + 1;
            }
            if (t.verb() || t.pos().equals("AUX") || t.punctuation() || t.pos().equals("PRON")) {
                break;
            }
        }
        return afterVerb;
    }

    /**
     * Start of the noun phrase just before a reporting verb, when a clause boundary precedes it;
     * else -1. An unnamed source's phrase may run over "familiar with", "close to", "briefed on"
     * ("a person familiar with the plans said"). A subject pronoun takes nothing before it into its
     * phrase: after an opening phrase without a comma ("On Monday she told ...") it is the subject alone.
     */
    private static int subjectStart(List<Token> tokens, int reportingVerb) {
        // ReportingAdverb (s15-deny): "Valk also denied" — the adverb is the verb's, Valk the speaker.
        int verb = tokens.get(reportingVerb).punctuation() ? reportingVerb : ReportingAdverb.start(tokens, reportingVerb);
        int k = verb - 1;
        while (k >= 0 && (nounPhrase(tokens.get(k)) || k > 0 && tokens.get(k - 1).is("-") || nameOf(tokens, k, verb)
                || SOURCE_LINKS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)) && anonymousBefore(tokens, k))) {
            k--;
        }
        if (k == verb - 1) {
            return -1;
        }
        if (k < 0 && verb > 1 && SUBJECT_PRONOUNS.contains(tokens.get(verb - 1).text().toLowerCase(Locale.ROOT))) {
            return verb - 1;
        }
        if (k >= 0 && !BOUNDARY.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return k + 1;
    }

    /** "of" inside a name ("the Federation of Locomotive Engineers said", "the Ministry of Defence said"). */
    private static boolean nameOf(List<Token> tokens, int k, int verb) {
        return tokens.get(k).is("of") && k > 0 && k + 1 < verb && tokens.get(k - 1).capitalized()
                && tokens.get(k + 1).capitalized();
    }

    /**
     * A speaker written between commas before the reporting verb, with or without a role before
     * the name (", a government spokeswoman, Elena Varga, said"), or a name with its role after it
     * ("Haranov, the foreign minister, said"): the start of the whole phrase, given the comma
     * that closes it; -1 when no clause boundary precedes it.
     */
    private static int appositiveStart(List<Token> tokens, int closingComma) {
        int start = subjectStart(tokens, closingComma);
        if (start < 2 || !tokens.get(start - 1).is(",")) {
            return start;
        }
        int role = subjectStart(tokens, start - 1);
        boolean named = false;
        for (int k = Math.max(role, 0); k < closingComma; k++) {
            named |= MentionFinder.ROLES.contains(tokens.get(k).lemma());
        }
        return role >= 0 && named ? role : start;
    }

    /** Whether an unnamed-source noun ("person", "officials") comes just before a linking word at {@code k}. */
    private static boolean anonymousBefore(List<Token> tokens, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            if (ANONYMOUS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounPhrase(Token t) {
        String pos = t.pos();
        return (pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("DET") || pos.equals("ADJ")
                || pos.equals("PRON") || pos.equals("NUM") || t.capitalized() || t.text().equals("'s")
                || t.text().equals("-")) && !t.is(",") && !t.is("\"") && !t.is("that");
    }

    private static int clauseEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && !tokens.get(k).is(",") && !tokens.get(k).is(".") && !tokens.get(k).is(";")) {
            k++;
        }
        return k;
    }

    /**
     * A person written in the possessive ("Okonjo's spokesman, Felix Amadi, said") is whose the
     * speaker is, not the speaker: another person in the phrase is the source.
     */
    private static boolean owns(List<Token> tokens, Mention m) {
        String last = tokens.get(m.last()).text();
        return last.endsWith("'s") || last.endsWith("\u2019s")
                || m.last() + 1 < tokens.size() && POSSESSIVE.matcher(tokens.get(m.last() + 1).text()).matches();
    }

    private static String name(List<Token> tokens, List<Mention> mentions, ArticleContext context, int from, int to) {
        Mention person = null;
        Mention owner = null;
        Mention org = null;
        for (Mention m : mentions) {
            if (m.first() >= from && m.last() < to) {
                if (m.kind() == EntityKind.PERSON && owns(tokens, m)) {
                    owner = owner == null ? m : owner;
                } else if (m.kind() == EntityKind.PERSON && person == null) {
                    person = m;
                } else if (m.kind() != EntityKind.PERSON) {
                    org = m;
                }
            }
        }
        if (person != null || owner != null) {
            return person != null ? person.name() : owner.name();
        }
        if (org != null && org.kind() == EntityKind.ORGANIZATION) {
            return org.name();
        }
        if (to - from == 1 && tokens.get(from).pos().equals("PRON")) {
            return Coreference.resolve(tokens, from, mentions, context, null);
        }
        List<String> words = new ArrayList<>();
        boolean anonymous = false;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (words.isEmpty() && (tokens.get(k).pos().equals("DET") || tokens.get(k).is("the"))) {
                continue;
            }
            anonymous |= ANONYMOUS.contains(w.toLowerCase(Locale.ROOT));
            words.add(w);
        }
        if (words.isEmpty()) {
            return org == null ? null : org.name();
        }
        String phrase = String.join(" ", words);
        if (AgedSpeaker.only(words)) {
            // AgedSpeaker (s14-domains): "the 26-year-old said" is the person the article named last.
            String named = AgedSpeaker.person(context);
            if (named != null) {
                return named;
            }
        }
        if (words.size() == 1) {
            String role = context.byRole(words.get(0));
            if (role != null) {
                return role;
            }
        }
        if (anonymous) {
            if (words.size() <= 2 && context.anonymousSource() != null) {
                return context.anonymousSource();
            }
            context.anonymousSource(phrase);
            return phrase;
        }
        return org != null ? org.name() : phrase.length() > 80 ? null : phrase;
    }
}
