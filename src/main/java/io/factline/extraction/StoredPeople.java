package io.factline.extraction;

import io.factline.entity.EntityKind;
import io.factline.entity.NamedEntity;
import io.factline.entity.Names;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People an earlier article introduced in full, by the surname a later article may use alone:
 * "Okafor spent three hours with Sokova" names the Okafor stored as "Amara Okafor", where the
 * sentence alone would guess a place. The article's capitalised words are looked up once, before it
 * is read; a surname that two stored people share, or that names no person, is left out, and what
 * the article itself introduces wins ({@link ArticleContext#fullName}).
 */
final class StoredPeople {

    /** Capitalised words, possessive "'s" left off. */
    private static final Pattern WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+");
    /** At most this many words are looked up (a long article's names are mostly repeats). */
    static final int MAX_WORDS = 400;

    private StoredPeople() {
    }

    /** The normalised capitalised words of the text ({@link Names#normalize}), up to {@link #MAX_WORDS}. */
    static Set<String> words(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && found.size() < MAX_WORDS) {
            String key = Names.normalize(m.group());
            if (key.length() > 2 && !key.contains(" ")) {
                found.add(key);
            }
        }
        return found;
    }

    /**
     * Of the stored entities found by those words ({@code byWord}: normalised word → the entity that
     * goes by it), the people stored with a full name whose last word is that word: word → full name.
     */
    static Map<String, String> surnames(Map<String, NamedEntity> byWord) {
        Map<String, String> people = new HashMap<>();
        byWord.forEach((word, entity) -> {
            String[] parts = entity.name == null ? new String[0] : Names.clean(entity.name).split(" ");
            if (entity.kind == EntityKind.PERSON && parts.length > 1
                    && Names.normalize(parts[parts.length - 1]).equals(word)) {
                people.put(word, entity.name);
            }
        });
        return people;
    }
}
