package io.factline.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The multi-outlet fixture articles under {@code src/test/resources/articles}, with the people's
 * surnames filled in per test (so tests sharing one database never match each other's events).
 */
final class Fixtures {

    final String envoy;
    final String minister;
    final String deputy;
    final String spokesman;
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    Fixtures() {
        String suffix = letters();
        envoy = "Lindqvist" + suffix;
        minister = "Berger" + suffix;
        deputy = "Kovac" + suffix;
        spokesman = "Meier" + suffix;
    }

    String envoyName() {
        return "Maria " + envoy;
    }

    String ministerName() {
        return "Tomas " + minister;
    }

    String text(String name) {
        return text(name, "Friday");
    }

    /** The fixture's text; {@code day} fills the day the Wire E story gives for the meeting. */
    String text(String name, String day) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/articles/" + name + ".txt")) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return raw.replace("${ENVOY}", envoy).replace("${MINISTER}", minister).replace("${DEPUTY}", deputy)
                    .replace("${SPOKESMAN}", spokesman).replace("${DAY}", day);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ingest request for a fixture: outlet from the file name, published 10 March 2026 (a Tuesday). */
    Map<String, Object> article(String name, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", "https://" + name + ".example/" + tag);
        body.put("outlet", switch (name) {
            case "wire-a" -> "Wire A";
            case "daily-b" -> "Daily B";
            case "wire-e" -> "Wire E";
            default -> "Courier D";
        });
        body.put("title", text.lines().findFirst().orElse(name));
        body.put("publishedAt", name.equals("courier-d") ? "2026-03-11T08:00:00Z" : "2026-03-10T09:00:00Z");
        body.put("text", text);
        return body;
    }

    Map<String, Object> article(String name) {
        return article(name, text(name));
    }

    /**
     * Five letters that read like part of a name: consonant, vowel, consonant, vowel, consonant. Random
     * letters made names such as "Bergerkcepm", whose last two letters the tokenizer model splits off as
     * in "7pm" (about one test run in a few hundred); no real surname ends that way.
     */
    private static String letters() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String pool = i % 2 == 0 ? consonants : vowels;
            b.append(pool.charAt(Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) % pool.length()));
        }
        return b.toString();
    }
}
