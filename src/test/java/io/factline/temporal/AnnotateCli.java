package io.factline.temporal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the tagger without the web service, for the TempEval-3 scorer's {@code --command} mode: one request per stdin
 * line ({@code {"text", "publishedAt"}}), one answer per stdout line ({@code {"timexes": [...]}}).
 */
public final class AnnotateCli {

    private AnnotateCli() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        TemporalTagger tagger = new TemporalTagger();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            try {
                JsonNode request = json.readTree(line);
                LocalDate reference = LocalDate.parse(request.get("publishedAt").asText().substring(0, 10));
                List<Timex> timexes = tagger.annotate(request.get("text").asText(), reference);
                answer.put("timexes", timexes);
            } catch (RuntimeException e) {
                answer.put("error", e.toString());
            }
            out.println(json.writeValueAsString(answer));
            out.flush();
        }
    }
}
