package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Getting into computer systems without leave is told as a break-in by some outlets ("breached",
 * "hacked", "broke into": {@link EventKinds#INTRUSION}) and as getting access by others: "the
 * attackers first gained access on September 5", "got into its network", "obtained access to the
 * servers". Those have the action {@value #ACTION} and the kind of an intrusion, so they meet the
 * break-in another outlet reports. "Got into" counts only with a system as its object ("got into
 * trouble", "got into the final" keep their verb); "access" after gain, get, obtain or win counts
 * on its own (s9-scena).
 */
final class SystemAccess {

    static final String ACTION = "breach";

    private static final Set<String> GETTING = Set.of("gain", "get", "obtain", "win");
    private static final Set<String> SYSTEMS = Set.of("system", "network", "server", "computer", "database",
            "account", "email", "inbox", "platform");

    private SystemAccess() {
    }

    /** {@value #ACTION} when the verb at {@code verb} tells getting into systems; otherwise null. */
    static String action(List<Token> tokens, int verb) {
        Token v = tokens.get(verb);
        if (!v.verb() || !GETTING.contains(v.lemma()) || verb + 1 >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(verb + 1);
        if (next.text().toLowerCase(Locale.ROOT).equals("access")) {
            return ACTION;
        }
        if (!next.is("into") || !v.lemma().equals("get")) {
            return null;
        }
        for (int k = verb + 2; k < tokens.size() && k <= verb + 6; k++) {
            Token t = tokens.get(k);
            if (t.noun() && SYSTEMS.contains(t.lemma())) {
                return ACTION;
            }
            if (t.punctuation() || t.verb()) {
                return null;
            }
        }
        return null;
    }
}
