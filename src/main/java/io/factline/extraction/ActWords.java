package io.factline.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words outlets tell one act with, read from {@code extraction/acts.txt}: "resigned", "stepped
 * down", "quit" and "the resignation" are one act; "signed a deal", "sealed a deal" and "inked a pact"
 * are one signing; "fired the coach" and "sacked the coach" one dismissal. Each line names an act, an
 * optional kind, and its words; a word may hold only with an object of a class ("sealed a deal", not
 * "sealed the border"). The table is data so that a family of words is added by a line, not a rule.
 *
 * <p>Words without a class are compared as they are ({@link #same}: the stored action stays the lemma
 * told); a word with a class is replaced by its act when its object fits ({@link #act}), since whether
 * it tells the act depends on the sentence.
 */
final class ActWords {

    static final String RESOURCE = "extraction/acts.txt";
    /** The object class of a person named by name ("fired Silva"), which has no common-noun object. */
    static final String PERSON = "person";

    private static final Pattern WORD = Pattern.compile("^\\s*([a-z][a-z' -]*?)\\s*(?:\\(([a-z]+)\\))?\\s*$");
    private static final Pattern ACT = Pattern.compile("^([a-z]+)\\s*(?:\\(([a-z]+)\\))?$");

    private static final ActWords TABLE = read();

    /** Each word's act, for words that tell it whatever their object. */
    private final Map<String, String> acts = new HashMap<>();
    /** Each word told of an act only with an object of a class: word → (class → act). */
    private final Map<String, Map<String, String>> conditional = new HashMap<>();
    /** The kind each act names explicitly ("dismiss (dismissal)"). */
    private final Map<String, String> kinds = new HashMap<>();
    /** The words of each object class. */
    private final Map<String, Set<String>> classes = new HashMap<>();
    /** Two-word words ("step down", "leave office"): verb and next word → act. */
    private final Map<String, String> phrasal = new HashMap<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();

    private ActWords() {
    }

    /** Whether two action lemmas are words of one act ("resign" and "quit", "arrest" and "detain"), or the same lemma. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String actA = TABLE.acts.get(a);
        return actA != null && actA.equals(TABLE.acts.get(b));
    }

    /** The act of a verb and its next word when the two are a word of the table ("stand" "down" → resign), else null. */
    static String phrasal(String verb, String next) {
        return TABLE.phrasal.get(verb + " " + next);
    }

    /**
     * The act a word with a class tells, when its object is of that class: "seal" with "deal" → "sign";
     * {@code personObject} when the object is a person named by name ("fired Silva"). Null otherwise,
     * also for words that tell their act whatever the object (those are compared by {@link #same}).
     */
    static String act(String lemma, String object, boolean personObject) {
        Map<String, String> byClass = lemma == null ? null : TABLE.conditional.get(lemma);
        if (byClass == null) {
            return null;
        }
        for (Map.Entry<String, String> e : byClass.entrySet()) {
            Set<String> words = TABLE.classes.getOrDefault(e.getKey(), Set.of());
            if (object != null && words.contains(object) || personObject && PERSON.equals(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Whether the verb at {@code verb} acts on a person named by name: a person's name right after it,
     * past an article or a possessive ("fired Silva", "sacked its coach, Marta Silva" has the noun "coach"),
     * or, for a passive verb, a person named in its subject ("Silva was fired").
     */
    static boolean personObject(List<Token> tokens, List<Mention> mentions, int verb, int[] subject) {
        if (verb < 0) {
            return false;
        }
        if (PassiveVoice.passive(tokens, verb)) {
            return mentions.stream().anyMatch(m -> m.kind() == io.factline.entity.EntityKind.PERSON
                    && m.first() >= subject[0] && m.first() < Math.max(subject[1], subject[0] + 1));
        }
        int k = verb + 1;
        while (k < tokens.size() && (tokens.get(k).pos().equals("DET") || tokens.get(k).pos().equals("ADP")
                && tokens.get(k).is("off"))) {
            k++;
        }
        int first = k;
        return mentions.stream().anyMatch(m -> m.kind() == io.factline.entity.EntityKind.PERSON && m.first() == first);
    }

    /** Whether the word tells an act only with some objects ("fire", "seal"). */
    static boolean conditional(String lemma) {
        return TABLE.conditional.containsKey(lemma);
    }

    /** The kind the table gives a word that tells an act whatever its object, or null (kind of the act's own). */
    static String kind(String lemma) {
        String act = TABLE.acts.get(lemma);
        return act == null ? null : TABLE.kinds.get(act);
    }

    /** The act a word told whatever its object is a word of ("quit" → resign), or null. */
    static String actOf(String lemma) {
        return TABLE.acts.get(lemma);
    }

    /** The kind of an act: the one the table names ("dismiss" → dismissal), else the act's own ({@link EventKinds#of}). */
    static String kindOf(String act) {
        String named = TABLE.kinds.get(act);
        return named != null ? named : EventKinds.of(act);
    }

    /** Whether some act of the table has this kind. */
    static boolean kindNamed(String kind) {
        return TABLE.kinds.containsValue(kind);
    }

    /** The words of the act that this action is a word of, itself first; just the action when it is none. */
    static List<String> wordsLike(String action) {
        String act = TABLE.acts.get(action);
        List<String> all = new ArrayList<>(List.of(action));
        if (act != null) {
            TABLE.members.get(act).stream().filter(w -> !w.equals(action) && !w.contains(" ")).forEach(all::add);
        }
        return all;
    }

    /** Every one-word lemma of the table's acts, told whatever its object. */
    static Set<String> words() {
        return Set.copyOf(TABLE.acts.keySet());
    }

    private static ActWords read() {
        InputStream in = ActWords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(joinContinuations(reader.lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines that start with white space continue the line before. */
    private static List<String> joinContinuations(List<String> lines) {
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            String bare = line.strip();
            if (bare.isEmpty() || bare.startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !joined.isEmpty()) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + bare);
            } else {
                joined.add(bare);
            }
        }
        return joined;
    }

    static ActWords parse(List<String> lines) {
        ActWords table = new ActWords();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException(RESOURCE + ": no '=' in: " + line);
            }
            String head = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            List<String> words = List.of(line.substring(eq + 1).toLowerCase(Locale.ROOT).split(","));
            if (head.startsWith("class ")) {
                table.classes.put(head.substring(6).strip(), words.stream().map(String::strip).collect(
                        java.util.stream.Collectors.toUnmodifiableSet()));
                continue;
            }
            Matcher act = ACT.matcher(head);
            if (!act.matches()) {
                throw new IllegalStateException(RESOURCE + ": bad act: " + head);
            }
            String name = act.group(1);
            if (act.group(2) != null) {
                table.kinds.put(name, act.group(2));
            }
            List<String> told = new ArrayList<>();
            for (String w : words) {
                Matcher m = WORD.matcher(w);
                if (!m.matches()) {
                    throw new IllegalStateException(RESOURCE + ": bad word '" + w + "' in: " + line);
                }
                String word = m.group(1).strip().replaceAll("\\s+", " ");
                if (m.group(2) != null) {
                    table.conditional.computeIfAbsent(word, k -> new LinkedHashMap<>()).put(m.group(2), name);
                } else if (word.contains(" ")) {
                    table.phrasal.put(word, name);
                } else {
                    table.acts.put(word, name);
                    told.add(word);
                }
            }
            table.acts.putIfAbsent(name, name);
            table.members.put(name, told);
        }
        return table;
    }
}
