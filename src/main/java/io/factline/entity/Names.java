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
        String ascii = asciiNormalized(name);
        if (ascii != null) {
            return ascii;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * {@link #normalize}'s answer for a name of ASCII characters only, without the Unicode normaliser and the two
     * regular expressions (names are looked up several times per ingest): such a name has nothing to decompose and
     * no marks, its letters and digits are {@code [A-Za-z0-9]}, and each run of other characters becomes one space.
     * Null for any other name.
     */
    static String asciiNormalized(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(gap && out.length() > 0 ? " " : "").append(c);
                gap = false;
            } else if (c >= 'A' && c <= 'Z') {
                out.append(gap && out.length() > 0 ? " " : "").append((char) (c + ('a' - 'A')));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Trims and folds runs of white space, keeping the writer's spelling. */
    public static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
