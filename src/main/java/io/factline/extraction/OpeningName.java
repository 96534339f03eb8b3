package io.factline.extraction;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name that opens a sentence is read whole. The tagger often calls an unknown capitalised word
 * at a sentence's start an adjective ("Brightwater Aerospace postponed …" became "Aerospace"), so
 * that first word joins the proper noun after it when the article writes it as a name inside a
 * sentence ("… according to Brightwater") or when the name goes on to a company's line of business
 * ("Aerospace", "Foods", "Ltd": no adjective opens a company's name but its own first word).
 * Other words the article capitalises only where a sentence starts ("Senior Kremlin aides",
 * "Several", "Former") stay outside the name.
 */
final class OpeningName {

    /** A capitalised word after a lower-case word, a digit or a comma: inside a sentence. */
    private static final Pattern INSIDE = Pattern.compile("(?<=[\\p{Ll}\\p{N},;]\\s)(\\p{Lu}[\\p{L}-]+)");

    /** Words that end a company's name with its line of business or legal form. */
    private static final Set<String> BUSINESS = Set.of("terminals", "holdings", "industries", "foods", "airlines",
            "airways", "motors", "technologies", "pharma", "pharmaceuticals", "energy", "dairy", "bancorp", "plc",
            "ag", "sa", "gmbh", "corp", "inc", "ltd", "llc", "shipping", "freight", "logistics", "mining", "steel",
            "petroleum", "telecom", "chemicals", "insurance", "ventures", "investments", "securities", "brands",
            "retail", "stores", "studios", "software", "semiconductor", "robotics", "aerospace", "construction",
            "engineering", "consulting", "railways", "shipyard", "utilities", "space");

    private OpeningName() {
    }

    /**
     * Whether the sentence's first token starts the name after it: a capitalised word before a proper
     * noun, which the article writes as a name inside a sentence or whose name runs on to a
     * business word ({@link #BUSINESS}).
     */
    static boolean opens(java.util.List<Token> tokens, ArticleContext context) {
        return opens(tokens, 0, context);
    }

    /**
     * The same for the word at {@code start} that opens the news (after a wire dateline); a name that
     * runs on to the word of a place's institution ("Kelling Royal Infirmary", s10-scend) opens with it too.
     */
    static boolean opens(java.util.List<Token> tokens, int start, ArticleContext context) {
        if (tokens.size() < start + 2 || !tokens.get(start).capitalized() || !tokens.get(start + 1).capitalized()) {
            return false;
        }
        if (tokens.get(start + 1).proper() && context.writtenWithin(MentionFinder.strip(tokens.get(start).text()))) {
            return true;
        }
        for (int k = start + 1; k < tokens.size() && tokens.get(k).capitalized() && !tokens.get(k).punctuation(); k++) {
            if (business(tokens.get(k)) || MentionFinder.civic(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean business(Token t) {
        return BUSINESS.contains(MentionFinder.strip(t.text()).toLowerCase(java.util.Locale.ROOT));
    }

    /** The capitalised words the text writes inside a sentence ("according to Brightwater" → Brightwater). */
    static Set<String> namesWithin(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = INSIDE.matcher(text);
        while (m.find()) {
            found.add(MentionFinder.strip(m.group(1)));
        }
        return found;
    }
}
