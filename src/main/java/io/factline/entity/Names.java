package io.factline.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup form of a name: case, accents, punctuation and spacing do not tell names apart. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** "Volodymyr  Zelenskyy" and "volodymyr zelenskyy" both become "volodymyr zelenskyy"; "Zelenskyy’s" stays distinct. */
    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Trims and folds runs of white space, keeping the writer's spelling. */
    public static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
