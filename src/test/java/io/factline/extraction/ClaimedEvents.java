package io.factline.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Events of one day found through the REST API by what their claims say: the denial REST tests' common reads. */
@SuppressWarnings("unchecked")
final class ClaimedEvents {

    private ClaimedEvents() {
    }

    /**
     * The events dated {@code day} that {@code listed} keeps (it sees the listing's item) and one of whose claims
     * holds every word given in its quote or source, each as GET /api/events/{id} shows it.
     */
    static List<Map<String, Object>> dated(String day, Predicate<Map<String, Object>> listed, String... words) {
        List<Map<String, Object>> items = given().queryParam("from", day).queryParam("to", day)
                .queryParam("limit", 200).get("/api/events").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream()
                .filter(listed)
                .map(e -> given().get("/api/events/" + e.get("id")).then().statusCode(200).extract().jsonPath()
                        .<String, Object>getMap(""))
                .filter(e -> ((List<Map<String, Object>>) e.get("claims")).stream().anyMatch(c -> holdsAll(c, words)))
                .toList();
    }

    /** {@link #dated} for events of any kind. */
    static List<Map<String, Object>> dated(String day, String... words) {
        return dated(day, e -> true, words);
    }

    /** {@link #dated} for statements only. */
    static List<Map<String, Object>> statements(String day, String... words) {
        return dated(day, e -> "statement".equals(e.get("kind")), words);
    }

    static Map<String, Object> only(List<Map<String, Object>> events) {
        assertThat(events.toString(), events, hasSize(1));
        return events.get(0);
    }

    static List<Map<String, Object>> conflictsOf(Map<String, Object> event) {
        return given().get("/api/events/" + event.get("id")).then().statusCode(200).extract().jsonPath()
                .getList("conflicts");
    }

    /**
     * The one event the denial's one conflict, a CONTRADICTION, links it to (asserted on the way), as GET
     * /api/events/{id} shows it.
     */
    static Map<String, Object> contradicted(Map<String, Object> denial) {
        List<Map<String, Object>> conflicts = conflictsOf(denial);
        assertThat(conflicts.toString(), conflicts, hasSize(1));
        assertThat(conflicts.get(0).get("type"), equalTo("CONTRADICTION"));
        List<Integer> linked = ((List<Integer>) conflicts.get(0).get("eventIds")).stream()
                .filter(id -> id != ((Number) denial.get("id")).intValue()).toList();
        assertThat(conflicts.toString(), linked, hasSize(1));
        return given().get("/api/events/" + linked.get(0)).then().statusCode(200).extract().jsonPath().getMap("");
    }

    static List<String> quotes(Map<String, Object> event) {
        return ((List<Map<String, Object>>) event.get("claims")).stream().map(c -> String.valueOf(c.get("quote"))).toList();
    }

    private static boolean holdsAll(Map<String, Object> claim, String... words) {
        String text = claim.get("quote") + " " + claim.get("attributedTo");
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
