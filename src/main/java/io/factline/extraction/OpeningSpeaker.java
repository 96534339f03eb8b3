package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence with no time that opens with a lone name the article has not met, which then says
 * something ("Brandl has insisted the count was clean."), names a speaker: a person, the one a
 * following "he" or "she" most likely means. Without it the pronoun went to an earlier person
 * ("On Saturday he told …" became another man's interview), since a lone unknown name is otherwise
 * guessed a place. Only a proper noun in the singular with a reporting verb right after it (past
 * auxiliaries and adverbs) counts: "Critics have argued", "Officials said" open with common nouns.
 * A country that says something as its government ("Moscow has insisted") is mostly written in
 * a sentence with a time, or named earlier, which this rule leaves alone.
 */
final class OpeningSpeaker {

    /** A capitalised first word followed by a lower-case one: the only sentences worth tagging for the rule. */
    /** Auxiliaries by lemma: the tagger calls "has" before an adverb a verb. */
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "will", "would", "do", "can", "could", "may",
            "might", "must", "shall", "should");
    private static final Pattern OPENING = Pattern.compile("\\s*(\\p{Lu}\\p{Ll}[\\p{L}-]*)\\s+\\p{Ll}");

    private OpeningSpeaker() {
    }

    /** The sentence's first word when it may be an unknown speaker (tag the sentence then), else null. */
    static String candidate(String sentence, ArticleContext context) {
        Matcher m = OPENING.matcher(sentence);
        if (!m.lookingAt()) {
            return null;
        }
        String word = m.group(1);
        return context.known(word) || context.fullName(word) != null || context.companyOf(word) != null
                || MentionFinder.notName(word) ? null : word;
    }

    /**
     * Registers the opening word of the tagged sentence as a person and the article's last subject
     * when it is a singular proper noun followed by a reporting verb; returns it, or null. Reads the tokens only up
     * to that verb, so tokens made on demand ({@link Nlp#tokensOnDemand}) leave the rest of the sentence untagged.
     */
    static String register(List<Token> tokens, ArticleContext context) {
        if (tokens.size() < 3 || !tokens.get(0).proper() || MentionFinder.groupPlural(tokens.get(0).text())) {
            return null;
        }
        int k = 1;
        while (k < tokens.size() && (AUXILIARIES.contains(tokens.get(k).lemma()) || tokens.get(k).pos().equals("ADV"))) {
            k++;
        }
        if (k >= tokens.size() || !Attribution.reporting(tokens.get(k))) {
            return null;
        }
        String name = tokens.get(0).text();
        context.introduce(name, EntityKind.PERSON, null);
        context.lastSubject(name);
        return name;
    }
}
