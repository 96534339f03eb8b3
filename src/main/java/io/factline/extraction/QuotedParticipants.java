package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who a quotation before its speaker is about: "\"Tobias Renwick did not receive any money from Ilse
 * Marchetti,\" his lawyer said" names Renwick and Marchetti as much as "his lawyer said Renwick did not
 * receive any money from Marchetti" does, so the people and organisations named inside the
 * quotation marks are the statement's participants (places stay out). "We", "us" and "our" inside
 * them, said by an organisation's spokesperson ("\"We have not met them,\" a Corran spokeswoman
 * said", "a spokesman for the Corran fund"), are that organisation: an organisation named in the
 * attribution. A quotation whose speaker names no organisation adds no "we". A name the tokenizer
 * glued to the comma before the closing mark ("Marchetti,") is looked up without it.
 */
final class QuotedParticipants {

    private static final Set<String> WE = Set.of("we", "us", "our", "ours");

    private QuotedParticipants() {
    }

    /**
     * Adds to {@code participants} who the quotation {@code [opening, closing)} names, and the
     * speaking organisation for its "we".
     */
    static void add(List<Token> tokens, List<Mention> mentions, Attribution attribution, ArticleContext context,
            int opening, int closing, Map<String, EntityKind> participants) {
        if (opening < 0 || closing <= opening) {
            return;
        }
        for (Mention m : mentions) {
            if (m.first() >= opening && m.last() < closing && m.kind() != EntityKind.PLACE) {
                participants.putIfAbsent(m.name(), m.kind());
            }
        }
        for (int k = opening; k < closing && k < tokens.size(); k++) {
            // A name the tokenizer left glued to the comma before the closing mark ("Marchetti,\"").
            String word = tokens.get(k).text();
            if (tokens.get(k).proper() && word.length() > 2 && word.endsWith(",")) {
                String name = context.fullName(word.substring(0, word.length() - 1));
                // A full name known only from an earlier article is a person's (StoredPeople).
                EntityKind kind = name == null ? null : context.kindOf(name) == null ? EntityKind.PERSON : context.kindOf(name);
                if (name != null && kind != EntityKind.PLACE) {
                    participants.putIfAbsent(name, kind);
                }
            }
        }
        boolean we = false;
        for (int k = opening; k < closing && k < tokens.size(); k++) {
            we |= WE.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }
        String speaking = we ? speakingOrganisation(tokens, mentions, attribution, context, closing) : null;
        if (speaking != null) {
            participants.putIfAbsent(speaking, EntityKind.ORGANIZATION);
        }
    }

    /**
     * The organisation named in the attribution after the quotation, or null: one found there as an
     * organisation, else the organisation the article named before whose name starts with a word of
     * the attribution ("a Corran spokeswoman" after "the Corran Pension Fund").
     */
    private static String speakingOrganisation(List<Token> tokens, List<Mention> mentions, Attribution attribution,
            ArticleContext context, int closing) {
        for (Mention m : mentions) {
            if (m.first() > closing && attribution.covers(m.first()) && m.kind() == EntityKind.ORGANIZATION) {
                return m.name();
            }
        }
        for (int k = closing + 1; k < tokens.size(); k++) {
            if (!attribution.covers(k) || !tokens.get(k).proper()) {
                continue;
            }
            String word = tokens.get(k).text();
            String company = context.companyOf(word);
            if (company == null) {
                company = context.lastOne(Set.of(EntityKind.ORGANIZATION), name -> name.startsWith(word + " "));
            }
            if (company != null) {
                return company;
            }
        }
        return null;
    }
}
