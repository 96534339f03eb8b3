package io.factline.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Her inspectors had checked the plant", "his officers searched the house", "its engineers
 * repaired the line": the doers are the staff, who act for an office; the one the possessive
 * points to (the inspectorate's director, the minister) did not do it and is no participant. The
 * report then names nobody, so it meets the report that names the inspecting body, as any report
 * of its kind that names nobody does ({@link EventMatcher}). A party's own people ("his lawyers",
 * "her envoys", "their negotiators") act as that party and keep it.
 */
final class StaffPossessive {

    private static final Set<String> STAFF = Set.of("inspector", "officer", "official", "staff", "employee",
            "engineer", "worker", "technician", "investigator", "auditor", "agent", "soldier", "troop", "police",
            "firefighter", "crew");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");

    private StaffPossessive() {
    }

    /** Whether the token at {@code k} is a possessive pronoun right before a noun of staff. */
    static boolean at(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !POSSESSIVES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String word = tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return STAFF.contains(word) || STAFF.contains(singular);
    }
}
