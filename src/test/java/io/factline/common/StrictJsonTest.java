package io.factline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Body(Long articleId, String title, List<String> tags) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    /** Jackson cut 1.5 to 1: a claim posted with "articleId": 1.5 was linked to article 1. */
    @Test
    void shouldRefuseAFractionWhereAWholeNumberIsExpected() throws Exception {
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"articleId\": 1.5}", Body.class));
        assertEquals(12L, mapper.readValue("{\"articleId\": 12}", Body.class).articleId());
    }

    /** PostgreSQL cannot store U+0000 in text: the write failed in the database with a 500. */
    @Test
    void shouldRefuseANulCharacterInAStringOrAListOfStrings() throws Exception {
        InvalidFormatException title = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"title\": \"ferry\\u0000strike\"}", Body.class));
        assertEquals(StrictJson.NoNul.MESSAGE, title.getOriginalMessage());
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"tags\": [\"a\\u0000\"]}", Body.class));
        assertEquals("ferry\u0007strike", mapper.readValue("{\"title\": \"ferry\\u0007strike\"}", Body.class).title());
    }
}
