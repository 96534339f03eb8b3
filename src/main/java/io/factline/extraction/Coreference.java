package io.factline.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Resolves pronouns to people within an article. A third-person pronoun means the first person
 * named in its sentence before it, else — in a phrase opening the sentence — the person named
 * after that phrase, else the last such person of an earlier sentence (subjects are the likeliest
 * antecedents); "I" and "we" inside a quotation mean the quoted speaker.
 */
public final class Coreference {

    private static final Set<String> THIRD = Set.of("he", "she", "his", "her", "him", "hers");
    private static final Set<String> FIRST = Set.of("i", "me", "my", "we", "us", "our");
    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("(?<![\\p{L}'-])\\p{Lu}[\\p{L}-]+");
    private static final java.util.regex.Pattern OPENING_WORD = java.util.regex.Pattern.compile("\\s*(\\p{Lu}[\\p{L}-]+)(?![\\p{L}'-])(?!\\s+\\p{Lu})");

    private Coreference() {
    }

    /**
     * The person the pronoun at {@code index} stands for, or null.
     *
     * @param speaker the quoted speaker when the sentence is (part of) a quotation, else null
     */
    public static String resolve(java.util.List<Token> tokens, int index, java.util.List<Mention> mentions,
            ArticleContext context, String speaker) {
        Token t = tokens.get(index);
        if (firstPerson(t)) {
            return speaker;
        }
        if (!thirdPerson(t)) {
            return null;
        }
        return mentions.stream()
                .filter(m -> m.kind() == io.factline.entity.EntityKind.PERSON && m.last() < index)
                .map(Mention::name)
                .findFirst()
                .orElseGet(() -> {
                    String ahead = subjectAfterOpening(tokens, index, mentions);
                    return ahead != null ? ahead : context.lastSubject();
                });
    }

    /**
     * A pronoun in a phrase that opens the sentence, before its first comma and with no verb
     * ("Ahead of his visit to Tarvik next month, Minister X said ..."), points ahead to the subject
     * of the clause after the comma: the first person named after it. So an article's opening
     * sentence, with no one named before, still resolves it. Null when the pronoun is not in such a
     * phrase or no person follows.
     */
    private static String subjectAfterOpening(java.util.List<Token> tokens, int index, java.util.List<Mention> mentions) {
        int comma = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                comma = k;
                break;
            }
            if (t.verb() || t.pos().equals("AUX")) {
                return null;
            }
        }
        if (comma < index) {
            return null;
        }
        int after = comma;
        return mentions.stream()
                .filter(m -> m.kind() == io.factline.entity.EntityKind.PERSON && m.first() > after)
                .map(Mention::name)
                .findFirst()
                .orElse(null);
    }

    /**
     * The person a sentence left untagged (no time in it) opens with: its first word when that is
     * the surname or first name of a person the article introduced ("Moreau has insisted ..."), else
     * null. Such a sentence still makes that person the one a following "he" or "she" most likely
     * means.
     */
    public static String openingPerson(String sentence, ArticleContext context) {
        java.util.regex.Matcher first = OPENING_WORD.matcher(sentence);
        if (!first.lookingAt()) {
            return null;
        }
        String name = context.fullName(first.group(1));
        return name != null && context.kindOf(name) == io.factline.entity.EntityKind.PERSON ? name : null;
    }

    /**
     * The one person a sentence left untagged names anywhere in it, by a name the article
     * introduced ("Prosecutors accuse Korbel of fraud."), else null (none, or two). Such a sentence
     * makes that person the one a following "he" or "she" most likely means: "They say he moved the
     * money" is about Korbel, not about the speaker of the sentence before (s9-scena). Used only when
     * the sentence does not open with a person ({@link #openingPerson}).
     */
    public static String onlyPerson(String sentence, ArticleContext context) {
        java.util.regex.Matcher word = CAPITALISED.matcher(sentence);
        String found = null;
        while (word.find()) {
            String name = context.fullName(word.group());
            if (name == null || context.kindOf(name) != io.factline.entity.EntityKind.PERSON) {
                continue;
            }
            if (found != null && !found.equals(name)) {
                return null;
            }
            found = name;
        }
        return found;
    }

    public static boolean thirdPerson(Token t) {
        return THIRD.contains(t.text().toLowerCase(Locale.ROOT));
    }

    public static boolean firstPerson(Token t) {
        return FIRST.contains(t.text().toLowerCase(Locale.ROOT));
    }
}
