package io.factline.temporal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem responses for bad annotate requests. Kept local until the shared problem mapping in
 * {@code io.factline.common} takes over.
 */
final class AnnotateProblems {

    static final String PROBLEM_JSON = "application/problem+json";

    private AnnotateProblems() {
    }

    static WebApplicationException invalidField(String field, String detail) {
        Map<String, Object> body = body(Response.Status.BAD_REQUEST, "Invalid request", detail);
        body.put("field", field);
        return problem(Response.Status.BAD_REQUEST, body);
    }

    static WebApplicationException tooLong(int length, int limit) {
        Map<String, Object> body = body(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Text too long",
                "text has " + length + " characters; the limit is " + limit);
        body.put("field", "text");
        return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, body);
    }

    private static Map<String, Object> body(Response.Status status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getStatusCode());
        body.put("detail", detail);
        return body;
    }

    private static WebApplicationException problem(Response.Status status, Map<String, Object> body) {
        return new WebApplicationException(Response.status(status).type(PROBLEM_JSON).entity(body).build());
    }
}
