package io.factline.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to an {@code application/problem+json} response (RFC 9457). Details name the
 * offending field or parameter, never a Java class or a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final Unavailability unavailability;

    ProblemMapper(Unavailability unavailability) {
        this.unavailability = unavailability;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = respond(e.toProblem());
        return e.retryAfter()
                .map(wait -> Response.fromResponse(response)
                        .header("Retry-After", Math.max(1, wait.toSeconds())).build())
                .orElse(response);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.isEmpty() ? "The request is invalid"
                : errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("about:blank", "Bad Request", 400, detail, errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && StrictJson.NoNul.MESSAGE.equals(e.getOriginalMessage())) {
            return respond(ProblemException.invalidField(m.getPath().isEmpty() ? "body" : pathOf(m),
                    "holds a NUL character (U+0000), which cannot be stored").toProblem());
        }
        if (e instanceof JsonMappingException m && StrictJson.NoNul.SURROGATE.equals(e.getOriginalMessage())) {
            return respond(ProblemException.invalidField(m.getPath().isEmpty() ? "body" : pathOf(m),
                    "holds a lone surrogate (half of a character), which is no Unicode text").toProblem());
        }
        return respond(Problem.of(400, "Bad Request", describe(e)));
    }

    /** Declared on its own: Quarkus REST has a built-in mapper for exactly this type, with no body. */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
            return respond(Problem.of(500, "Internal Server Error", "The server failed to answer this request"));
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json);
        }
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), webDetail(e, status)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Optional<ProblemException> busy = unavailability.busy(e);
        if (busy.isPresent()) {
            return problem(busy.get());
        }
        if (RetryOnDuplicateInterceptor.isUniqueViolation(e) || RetryOnDuplicateInterceptor.isLostLockRace(e)) {
            // A unique key lost to concurrent writes that the retries could not absorb.
            return respond(Problem.of(409, "Conflict", "A concurrent request changed the same data; send it again"));
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(500, "Internal Server Error", "The server failed to answer this request"));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String webDetail(WebApplicationException e, Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "This resource answers application/json only";
            case 415 -> "Send the request body as application/json";
            default -> status.getReasonPhrase();
        };
    }

    /** Builds a detail such as "field 'date': expected a string" without leaking Java types. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + u.getPropertyName() + "'";
        }
        if (e.getCause() instanceof JsonParseException broken) {
            // a body cut off inside a field's value: the JSON is broken, whatever the field expects
            return describe(broken);
        }
        if (e instanceof JsonParseException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            // Jackson's words for JsonParser.Feature.STRICT_DUPLICATE_DETECTION (StrictJson)
            return "The request body gives a field twice" + duplicateName(e) + at(e);
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            // Jackson's words for DeserializationFeature.FAIL_ON_TRAILING_TOKENS (StrictJson)
            return "The request body is not valid JSON: it goes on after its value" + at(e);
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Invalid UTF-8")) {
            // Jackson's words for bytes that do not decode; the body is read as UTF-8 (RFC 8259)
            return "The request body is not valid UTF-8" + at(e);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = pathOf(m);
            String expected = e instanceof InvalidFormatException f && f.getTargetType() != null
                    ? " (expected " + friendly(f.getTargetType()) + ")" : "";
            return "Field '" + field + "' has a value of the wrong type" + expected;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isRecord()) {
            return "The request body must be a JSON object";
        }
        if (e instanceof JsonMappingException) {
            return "The request body does not have the expected JSON structure";
        }
        return "The request body is not valid JSON" + at(e);
    }

    private static String duplicateName(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int open = message.indexOf('\'');
        int close = message.lastIndexOf('\'');
        return open >= 0 && close > open ? " ('" + message.substring(open + 1, close) + "')" : "";
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() != null
                ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" : "";
    }

    private static String pathOf(JsonMappingException m) {
        return m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String friendly(Class<?> type) {
        if (type == Long.class || type == Integer.class || type == Short.class
                || type == long.class || type == int.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            return "one of " + java.util.Arrays.stream(values).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "a string";
    }

    /** Drops the method and parameter nodes: "create.body.title" becomes "title", a list element "tags[2]". */
    private static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }
}
