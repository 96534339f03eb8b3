package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A lawyer speaks of the person they act for as "my client" or, in reported speech, "her client":
 * "His lawyer, Beatriz Olano, told the paper that her client had not moved any funds" is about the
 * man whose lawyer she is, not about her. The article introduces the pair as "his lawyer, X," or
 * "Y's lawyer, X," (a phrase of place may follow the noun: "his lawyer in Santelmo, X,"); a later
 * "her client" said by X, or with X as the pronoun's antecedent, names Y (s9-scena).
 */
final class LawyerClient {

    private static final Set<String> LAWYERS = Set.of("lawyer", "attorney", "counsel", "solicitor", "barrister",
            "advocate");
    /** How many words a phrase between the lawyer noun and the comma before the name may have. */
    private static final int REACH = 4;

    private LawyerClient() {
    }

    /** Records in the article each lawyer this sentence introduces with the client they act for. */
    static void remember(List<Token> tokens, List<Mention> mentions, ArticleContext context, String speaker) {
        for (int k = 1; k < tokens.size(); k++) {
            if (!tokens.get(k).noun() || !LAWYERS.contains(tokens.get(k).lemma())) {
                continue;
            }
            Mention lawyer = nameAfter(tokens, mentions, k);
            String client = lawyer == null ? null : owner(tokens, mentions, k - 1, context, speaker);
            if (client != null && client.equals(lawyer.name()) && Coreference.thirdPerson(tokens.get(k - 1))) {
                // "His lawyer, X, said": the pronoun cannot mean the lawyer named after it.
                client = context.lastSubject();
            }
            if (client != null && lawyer != null && !client.equals(lawyer.name())) {
                context.client(lawyer.name(), client);
            }
        }
    }

    /**
     * When {@code k} starts "his client", "her client" or "my client", the person the lawyer the
     * pronoun means acts for; otherwise null.
     */
    static String client(List<Token> tokens, int k, String pronounMeans, ArticleContext context) {
        if (k + 1 >= tokens.size() || !tokens.get(k + 1).lemma().equals("client") || pronounMeans == null) {
            return null;
        }
        String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return Set.of("his", "her", "my", "their").contains(word) ? context.clientOf(pronounMeans) : null;
    }

    /** The person a possessive before the lawyer noun names ("his" resolved, "Korbel's"), or null. */
    private static String owner(List<Token> tokens, List<Mention> mentions, int k, ArticleContext context,
            String speaker) {
        Token t = tokens.get(k);
        if (Coreference.thirdPerson(t)) {
            return Coreference.resolve(tokens, k, mentions, context, speaker);
        }
        int name = t.is("'s") ? k - 1 : k;
        return mentions.stream().filter(m -> m.last() == name && m.kind() == EntityKind.PERSON
                && (t.is("'s") || t.text().endsWith("'s"))).map(Mention::name).findFirst().orElse(null);
    }

    /** The person named between commas after the lawyer noun (past a short phrase of place), or null. */
    private static Mention nameAfter(List<Token> tokens, List<Mention> mentions, int lawyer) {
        for (int k = lawyer + 1; k < tokens.size() && k <= lawyer + 1 + REACH; k++) {
            if (tokens.get(k).is(",")) {
                int first = k + 1;
                return mentions.stream().filter(m -> m.first() == first && m.kind() == EntityKind.PERSON)
                        .findFirst().orElse(null);
            }
            if (tokens.get(k).verb() || tokens.get(k).pos().equals("AUX")) {
                return null;
            }
        }
        return null;
    }
}
