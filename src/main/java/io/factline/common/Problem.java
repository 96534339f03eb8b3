package io.factline.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request, for a person to act on
 * @param errors one entry per invalid field, when the request had field errors
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }
}
