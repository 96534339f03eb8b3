package io.factline.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine to run docker/ here, so this reads the files the way Compose,
 * Prometheus and Grafana would and checks that names, ports and paths refer to things that exist.
 */
class DockerComposeTest {

    private static final Path DOCKER = Path.of("docker");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldDefineTheFourServicesAndTheDatabaseVolume() throws IOException {
        JsonNode compose = yaml("docker-compose.yml");
        assertEquals(Set.of("factline", "postgres", "prometheus", "grafana"), names(compose.get("services")));
        assertTrue(compose.get("volumes").has("pgdata"));
        assertEquals("pgdata:/var/lib/postgresql/data", compose.at("/services/postgres/volumes/0").asText());
    }

    @Test
    void shouldPublishThePortsEachServiceListensOn() throws IOException {
        JsonNode services = yaml("docker-compose.yml").get("services");
        assertEquals(List.of("8080:8080"), texts(services.at("/factline/ports")));
        assertEquals(List.of("9090:9090"), texts(services.at("/prometheus/ports")));
        assertEquals(List.of("3000:3000"), texts(services.at("/grafana/ports")));
        assertTrue(dockerfile().contains("EXPOSE 8080"));
    }

    @Test
    void shouldStartEachServiceAfterWhatItNeeds() throws IOException {
        JsonNode services = yaml("docker-compose.yml").get("services");
        assertEquals("service_healthy", services.at("/factline/depends_on/postgres/condition").asText());
        assertEquals(List.of("factline"), texts(services.at("/prometheus/depends_on")));
        assertEquals(List.of("prometheus"), texts(services.at("/grafana/depends_on")));
        assertTrue(services.at("/factline/environment/FACTLINE_DB_URL").asText()
                .startsWith("jdbc:postgresql://postgres:5432/"));
    }

    @Test
    void shouldReferToFilesThatExist() throws IOException {
        JsonNode services = yaml("docker-compose.yml").get("services");
        Path context = DOCKER.resolve(services.at("/factline/build/context").asText()).normalize();
        assertTrue(Files.exists(context.resolve("pom.xml")), "build context " + context);
        assertTrue(Files.exists(context.resolve(services.at("/factline/build/dockerfile").asText())));
        for (JsonNode service : services) {
            for (String volume : texts(service.path("volumes"))) {
                String source = volume.split(":")[0];
                if (source.startsWith(".")) {
                    assertTrue(Files.exists(DOCKER.resolve(source)), volume);
                }
            }
        }
    }

    @Test
    void shouldBuildThePostgresqlAppOnAJreAsANonRootUserWithAHealthCheck() throws IOException {
        String dockerfile = dockerfile();
        assertTrue(dockerfile.contains("-Ppostgres package"));
        assertTrue(dockerfile.contains("FROM eclipse-temurin:17-jre"));
        assertTrue(dockerfile.contains("USER 10001"));
        assertTrue(dockerfile.contains("HEALTHCHECK") && dockerfile.contains("/q/health/ready"));
        for (String line : dockerfile.lines().filter(l -> l.startsWith("COPY src ") || l.startsWith("COPY .mvn ")).toList()) {
            assertTrue(Files.exists(Path.of(line.split(" ")[1])), line);
        }
    }

    @Test
    void shouldRunWithTheAppCdsArchiveItsOwnJreWrote() throws IOException {
        String dockerfile = dockerfile();
        String runStage = dockerfile.substring(dockerfile.indexOf("FROM eclipse-temurin:17-jre"));
        assertTrue(dockerfile.contains("-Dquarkus.package.jar.appcds.enabled=true"));
        assertTrue(runStage.contains("-XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true"));
        assertTrue(runStage.contains("-XX:SharedArchiveFile=app-cds.jsa"));
        assertTrue(runStage.indexOf("WORKDIR /app") < runStage.indexOf("ArchiveClassesAtExit"),
                "the archive names the jar relative to the directory it was written in, the one the app starts in");
    }

    @Test
    void shouldScrapeFactlineMetricsFromPrometheus() throws IOException {
        JsonNode job = yaml("prometheus/prometheus.yml").at("/scrape_configs/0");
        assertEquals("/q/metrics", job.get("metrics_path").asText());
        assertEquals(List.of("factline:8080"), texts(job.at("/static_configs/0/targets")));
    }

    @Test
    void shouldProvisionThePrometheusDatasourceAndTheDashboard() throws IOException {
        JsonNode source = yaml("grafana/provisioning/datasources/prometheus.yml").at("/datasources/0");
        assertEquals("http://prometheus:9090", source.get("url").asText());
        JsonNode provider = yaml("grafana/provisioning/dashboards/factline.yml").at("/providers/0");
        assertEquals("/var/lib/grafana/dashboards", provider.at("/options/path").asText());

        JsonNode dashboard = JSON.readTree(DOCKER.resolve("grafana/dashboards/factline.json").toFile());
        List<String> exprs = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertEquals(source.get("uid").asText(), panel.at("/datasource/uid").asText());
            panel.get("targets").forEach(t -> exprs.add(t.get("expr").asText()));
        }
        String all = String.join("\n", exprs);
        for (String metric : List.of("factline_articles_ingested_total", "factline_extraction_duration_seconds_bucket",
                "http_server_requests_seconds_bucket", "factline_conflicts_open")) {
            assertTrue(all.contains(metric), metric);
        }
    }

    private static JsonNode yaml(String file) throws IOException {
        return YAML.readTree(DOCKER.resolve(file).toFile());
    }

    private static String dockerfile() throws IOException {
        return Files.readString(DOCKER.resolve("Dockerfile"));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
