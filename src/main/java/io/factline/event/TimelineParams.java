package io.factline.event;

import static io.factline.common.Params.blankToNull;

import io.factline.date.DateInput;
import io.factline.common.ProblemException;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The timeline filters as query parameters: {@code entity, tag, q, from, to, conflicted}. */
public class TimelineParams {

    @QueryParam("entity")
    @Size(max = 300)
    public String entity;

    @QueryParam("tag")
    @Size(max = 100)
    public String tag;

    @QueryParam("q")
    @Size(max = 300)
    public String q;

    /** EDTF; events whose dates end before its start are left out. */
    @QueryParam("from")
    @Size(max = 100)
    public String from;

    /** EDTF; events whose dates start after its end are left out. */
    @QueryParam("to")
    @Size(max = 100)
    public String to;

    /** "true" or "false". */
    @QueryParam("conflicted")
    @Size(max = 10)
    public String conflicted;

    public EventFilter toFilter() {
        return new EventFilter(blankToNull(entity), blankToNull(tag), blankToNull(q), DateInput.parse("from", from),
                DateInput.parse("to", to), bool("conflicted", conflicted));
    }

    private static Boolean bool(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        throw ProblemException.invalidField(field, "must be true or false");
    }
}
