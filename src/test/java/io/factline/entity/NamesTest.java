package io.factline.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void shouldIgnoreCaseSpacingAndAccents() {
        assertEquals("volodymyr zelenskyy", Names.normalize("  Volodymyr   ZELENSKYY "));
        assertEquals("sergei lavrov", Names.normalize("Sérgei Lavrov"));
    }

    @Test
    void shouldTreatPunctuationAsSpace() {
        assertEquals("u s state department", Names.normalize("U.S. State-Department"));
    }

    @Test
    void shouldNormalizeAsciiNamesAsTheUnicodeRulesDo() {
        String alphabet = "aZ09 .-'_,\t\n\u0001~";
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                name.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) (' ' + random.nextInt(95)));
            }
            String written = name.toString();
            assertEquals(byUnicodeRules(written), Names.asciiNormalized(written), written);
        }
        assertNull(Names.asciiNormalized("Sérgei"));
    }

    private static String byUnicodeRules(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Test
    void shouldKeepWritersSpellingWhenCleaning() {
        assertEquals("Dmitry Peskov", Names.clean("  Dmitry \t Peskov "));
    }
}
