package io.factline.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role is often named before its holder: "Suvia's trade minister arrived on Monday …" and only
 * three paragraphs later "Trade Minister Ortiz said …" or "Bea Ortiz, the trade minister, …". Until
 * the holder is named, "the minister" names nobody, so the first report of the article has no
 * participant and no other outlet's report meets it. The article is read once for its holders: a
 * role word written before a name ("Ambassador Aalst", "Foreign Minister Bea Ortiz", "its envoy, Bea Ortiz,") or
 * between commas after one ("Bea Ortiz, the trade minister,") has that holder. A role with two
 * different holders in the article ("Foreign Minister X" and "Finance Minister Y") has none: which
 * one "the minister" means is left open. {@link ArticleContext#byRole} answers with the holder
 * ahead only while no holder was introduced before.
 */
final class RoleAhead {

    private static final String ROLE_WORDS = "minister|ambassador|president|envoy|secretary|mayor|governor|director"
            + "|spokesman|spokeswoman|spokesperson|chancellor|premier|commissioner|negotiator|senator|commander";
    private static final String NAME = "(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})";
    /** "Foreign Minister Bea Ortiz", "Ambassador Aalst": the role word capitalised as a title. */
    private static final Pattern TITLE = Pattern.compile("\\b((?i:" + ROLE_WORDS + "))(?:,)?\\s+" + NAME);
    /** Words a capitalised run after a role may start with that are no name ("said the minister Thursday"). */
    private static final Pattern NO_NAME = Pattern.compile("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|On|In)\\b.*");
    /** "Bea Ortiz, the trade minister," / "Ortiz, Suvia's ambassador,": the role between commas after the name. */
    private static final Pattern AFTER = Pattern.compile(NAME + ",\\s+(?:the|\\p{Lu}[\\p{L}-]+'s)\\s+(?:[a-z-]+\\s+){0,3}?("
            + ROLE_WORDS + "),");

    private RoleAhead() {
    }

    /** Each role word of the article with its one holder (as written: "Ortiz" or "Bea Ortiz"); roles with two holders left out. */
    static Map<String, String> holders(String text) {
        Map<String, String> holders = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Matcher title = TITLE.matcher(text);
        while (title.find()) {
            add(holders, ambiguous, title.group(1), title.group(2));
        }
        Matcher after = AFTER.matcher(text);
        while (after.find()) {
            add(holders, ambiguous, after.group(2), after.group(1));
        }
        ambiguous.forEach(holders::remove);
        return holders;
    }

    private static void add(Map<String, String> holders, Set<String> ambiguous, String role, String name) {
        if (NO_NAME.matcher(name).matches()) {
            return;
        }
        String key = role.toLowerCase(Locale.ROOT);
        String known = holders.putIfAbsent(key, name);
        if (known != null && !sameperson(known, name)) {
            ambiguous.add(key);
        } else if (known != null && name.length() > known.length()) {
            holders.put(key, name);
        }
    }

    /** "Bea Ortiz" and "Ortiz" are one person: the same last word. */
    private static boolean sameperson(String a, String b) {
        return lastWord(a).equals(lastWord(b));
    }

    private static String lastWord(String name) {
        String[] parts = name.split("\\s+");
        return parts[parts.length - 1];
    }
}
