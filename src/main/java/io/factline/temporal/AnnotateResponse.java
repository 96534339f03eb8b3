package io.factline.temporal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Answer of {@code POST /api/annotate}: the temporal expressions in text order. */
public record AnnotateResponse(List<TimexView> timexes) {

    /**
     * One expression; {@code begin}/{@code end} are Java string offsets into the posted text, end exclusive.
     * {@code mod} and {@code edtf} are left out when there is none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimexView(String text, int begin, int end, String type, String value, String mod, String edtf) {

        static TimexView from(Timex timex) {
            return new TimexView(timex.text(), timex.begin(), timex.end(), timex.type().name(), timex.value(),
                    timex.mod(), timex.edtf());
        }
    }

    static AnnotateResponse from(List<Timex> timexes) {
        return new AnnotateResponse(timexes.stream().map(TimexView::from).toList());
    }
}
