package io.factline.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A set of articles from several outlets under {@code src/test/resources/articles/<scenario>},
 * written for the tests. Every {@code ${KEY}} placeholder becomes a name of its own per instance
 * ({@code KEY} title-cased plus five letters), so tests sharing a database never merge each
 * other's events. The letters are the same on every run (the n-th instance of a folder gets the
 * n-th letters): the tagger reads an unknown name by its letters, and random ones made the
 * outcome vary from run to run.
 */
final class Scenario {

    private static final Map<String, Integer> INSTANCES = new HashMap<>();

    private final String folder;
    private final String suffix;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    Scenario(String folder) {
        this.folder = folder;
        this.suffix = letters(folder + "#" + next(folder));
    }

    private static synchronized int next(String folder) {
        return INSTANCES.merge(folder, 1, Integer::sum);
    }

    /** The name a placeholder stands for in this instance: {@code LEADER} → "Leaderqxzab". */
    String name(String key) {
        return key.charAt(0) + key.substring(1).toLowerCase() + suffix;
    }

    String text(String article) {
        try (InputStream in = Scenario.class.getResourceAsStream("/articles/" + folder + "/" + article + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Z]+)}").matcher(text);
            return m.replaceAll(r -> name(r.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ingest request: the article's first line is its title. */
    Map<String, Object> article(String article, String outlet, String publishedAt) {
        String text = text(article);
        Map<String, Object> body = new HashMap<>();
        body.put("url", "https://" + article + ".example/" + folder + "/" + tag);
        body.put("outlet", outlet);
        body.put("title", text.lines().findFirst().orElse(article));
        body.put("publishedAt", publishedAt);
        body.put("text", text);
        return body;
    }

    private static String letters(String seed) {
        StringBuilder b = new StringBuilder();
        String hex = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        for (int i = 0; i < 5; i++) {
            b.append((char) ('a' + Character.digit(hex.charAt(i), 16) % 26));
        }
        return b.toString();
    }
}
