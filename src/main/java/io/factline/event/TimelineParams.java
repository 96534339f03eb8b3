package io.factline.event;

import static io.factline.common.Params.blankToNull;

import io.factline.date.DateInput;
import io.factline.date.EdtfDate;
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

    /** The filter; a {@code from} that starts after {@code to} ends is refused, since no event could match. */
    public EventFilter toFilter() {
        EdtfDate start = DateInput.parse("from", from);
        EdtfDate end = DateInput.parse("to", to);
        if (start != null && end != null && start.sortStart().isAfter(end.sortEnd())) {
            throw ProblemException.invalidField("from", "must not be later than 'to' (" + end.value() + ")");
        }
        return new EventFilter(blankToNull(entity), blankToNull(tag), blankToNull(q), start, end,
                bool("conflicted", conflicted));
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
