package io.factline.extraction;

import io.factline.entity.EntityKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * "The storm" or "the quake" after the article named one ("Storm Idris tore into the coast … The storm
 * made landfall south of the town") is that named hazard, as "the company" is the company named before
 * ({@link DefiniteCompany}): the report then shares the storm's name with other outlets' reports and meets
 * them ({@link HazardStrike}, {@link Incident}). The named hazard must be of the same family (a hurricane
 * for "the storm", not an earthquake) and named before in the article; with none, "the storm" names nobody.
 */
final class DefiniteHazard {

    private DefiniteHazard() {
    }

    /** The named hazard "the storm" at {@code k} (its article) stands for, or null. */
    static String at(List<Token> tokens, int k, ArticleContext context) {
        if (k + 1 >= tokens.size() || !tokens.get(k).is("the")) {
            return null;
        }
        String family = HazardStrike.family(tokens.get(k + 1).text());
        if (family == null || k + 2 < tokens.size() && tokens.get(k + 2).capitalized()) {
            return null;
        }
        return context.lastOne(EnumSet.allOf(EntityKind.class), name -> name.contains(" ")
                && Arrays.stream(name.toLowerCase(Locale.ROOT).split(" "))
                        .anyMatch(word -> family.equals(HazardStrike.family(word))));
    }
}
