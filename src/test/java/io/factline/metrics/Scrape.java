package io.factline.metrics;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

/** One scrape of /q/metrics: series (name with labels, as exported) to value. */
final class Scrape {

    private final Map<String, Double> series;

    private Scrape(Map<String, Double> series) {
        this.series = series;
    }

    static Scrape now() {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return parse(text);
    }

    /** Parses the text format; a label list written with a trailing comma is read without it. */
    static Scrape parse(String text) {
        Map<String, Double> series = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int split = line.lastIndexOf(' ');
            String key = line.substring(0, split).replace(",}", "}");
            series.put(key, Double.parseDouble(line.substring(split + 1)));
        }
        return new Scrape(series);
    }

    boolean has(String key) {
        return series.containsKey(key);
    }

    boolean hasName(String name) {
        return series.keySet().stream().anyMatch(k -> k.equals(name) || k.startsWith(name + "{"));
    }

    double value(String key) {
        Double value = series.get(key);
        if (value == null) {
            throw new AssertionError("no series " + key + " in /q/metrics");
        }
        return value;
    }
}
