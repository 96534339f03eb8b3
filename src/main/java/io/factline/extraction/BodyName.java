package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The participant an unnamed collective body ({@link CollectiveBody}) stands for, so that reports
 * of one body's act in other words ("the Harbor City council", "councillors", "city lawmakers")
 * share it. In this order:
 * <ol>
 *   <li>a place or name written with the body: "the Harbor City council", "Dunmore's school board",
 *       "council members in Dunmore" → "Harbor City council", "Dunmore board", "Dunmore council";</li>
 *   <li>a place named before it in the same sentence ("In neighbouring Eastport, the town council …");</li>
 *   <li>the organisation of that kind the article named in full before ("Harbor City Council",
 *       "the Larkfield Police Service");</li>
 *   <li>the place of the last body the article wrote with one ("the lawmakers of Harbor City" …
 *       "city lawmakers" → "Harbor City council");</li>
 *   <li>the article's dateline ("HARBOR CITY — Councillors …");</li>
 *   <li>the last name the article wrote as a place ("in Harbor City").</li>
 * </ol>
 * The participant is the place and the body's noun: outlets that tie the body to the same place
 * name the same participant, whichever words they use for the body, and the councils of two towns
 * are two participants. With no place at all the body names nobody, and the report meets others
 * only by the rules for unnamed reports ({@link UnnamedDateDisagreement}: the same object too).
 */
final class BodyName {

    /** Words an organisation's own name has for each kind of body ("Harbor City Council", "Kelby Police Service"). */
    private static final Map<String, Set<String>> NAMED = Map.of(
            CollectiveBody.COUNCIL, Set.of("council"), CollectiveBody.BOARD, Set.of("board"),
            CollectiveBody.LEGISLATURE, Set.of("legislature", "assembly", "parliament"),
            "committee", Set.of("committee"), "commission", Set.of("commission"), "police", Set.of("police"),
            "court", Set.of("court"), "union", Set.of("union"), "regulator", Set.of("regulator", "authority"));
    private static final Set<String> AFTER = Set.of("in", "of", "for");

    private BodyName() {
    }

    /** The participant the body stands for, or null when the article ties it to no place. */
    static String of(List<Token> tokens, List<Mention> mentions, CollectiveBody.Found body, ArticleContext context) {
        String place = written(tokens, mentions, body);
        if (place != null) {
            return name(place, body);
        }
        for (Mention m : mentions) {
            if (m.last() < body.first() && m.kind() == EntityKind.PLACE) {
                place = m.name();
            }
        }
        if (place != null) {
            return name(place, body);
        }
        Set<String> own = NAMED.getOrDefault(body.noun(), Set.of());
        String named = context.lastOne(Set.of(EntityKind.ORGANIZATION), n -> n.contains(" ")
                && mentions.stream().noneMatch(m -> m.first() > body.last() && m.name().equals(n))
                && own.stream().anyMatch(w -> Set.of(n.toLowerCase(Locale.ROOT).split(" ")).contains(w)));
        if (named != null) {
            return named;
        }
        if (context.bodyPlace() != null) {
            return name(context.bodyPlace(), body);
        }
        place = context.dateline();
        if (place == null) {
            place = context.lastOne(Set.of(EntityKind.PLACE), context::isWrittenAsPlace);
        }
        return place == null ? null : name(place, body);
    }

    /** Remembers the place of each body the sentence writes with one (the first rule above), for the article's later bodies. */
    static void remember(List<Token> tokens, List<Mention> mentions, ArticleContext context) {
        for (int k = 0; k < tokens.size(); k++) {
            CollectiveBody.Found body = CollectiveBody.at(tokens, k);
            if (body == null) {
                continue;
            }
            String place = written(tokens, mentions, body);
            if (place != null) {
                context.bodyPlace(place);
            }
            k = body.last();
        }
    }

    /**
     * A single capitalised body word opening the sentence ("Council members in Dunmore …", "HARBOR CITY —
     * Councillors …"), which the name finder takes for a name: it is the body, not an organisation called "Council".
     */
    static boolean bodyWordAsName(List<Token> tokens, Mention m) {
        return m.first() == m.last() && CollectiveBody.opening(tokens, m.first()) && CollectiveBody.at(tokens, m.first()) != null;
    }

    /**
     * The name written with the body: right before it, past a possessive and at most two lower-case
     * words ("Harbor City council", "Dunmore's school board", "Millbrook city council"), or right after
     * "in", "of" or "for" ("police in Larkfield"); null when there is none.
     */
    static String written(List<Token> tokens, List<Mention> mentions, CollectiveBody.Found body) {
        for (Mention m : mentions) {
            if (bodyWordAsName(tokens, m)) {
                continue;
            }
            if (m.last() < body.first() && m.last() >= body.first() - 3 && between(tokens, m.last() + 1, body.first())) {
                return m.name();
            }
            if (m.first() == body.last() + 2 && AFTER.contains(tokens.get(body.last() + 1).text().toLowerCase(Locale.ROOT))) {
                return m.name();
            }
        }
        return null;
    }

    /** Whether the tokens between a name and the body only modify the body ("'s", "school", "city"). */
    private static boolean between(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            boolean possessive = t.text().equals("'s") || t.text().equals("\u2019s") || t.text().equals("'");
            boolean modifier = (t.noun() || t.pos().equals("ADJ")) && !t.capitalized();
            if (!possessive && !modifier) {
                return false;
            }
        }
        return true;
    }

    /** The place and the body's noun; a place written in capitals (a dateline's "DUNMERE") as a name. */
    private static String name(String place, CollectiveBody.Found body) {
        String written = place.equals(place.toUpperCase(Locale.ROOT)) ? DatelinePlace.asName(place) : place;
        return written + " " + body.noun();
    }
}
