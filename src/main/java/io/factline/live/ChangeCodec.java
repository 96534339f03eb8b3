package io.factline.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * A {@link Change} as a NOTIFY payload. PostgreSQL caps a payload below 8000 bytes; a change whose
 * id lists would not fit drops them (the stream then cannot tell which entities a deleted event
 * involved, and sends it to unfiltered clients only).
 */
final class ChangeCodec {

    static final int MAX_PAYLOAD = 7900;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeCodec() {
    }

    static String encode(Change change) {
        String json = write(change);
        if (json.length() <= MAX_PAYLOAD) {
            return json;
        }
        return write(new Change(change.kind(), change.id(), change.deleted(), List.of(), List.of()));
    }

    static Change decode(String payload) {
        try {
            return JSON.readValue(payload, Change.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a change notification: " + payload, e);
        }
    }

    private static String write(Change change) {
        try {
            return JSON.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change of numbers and flags always serializes", e);
        }
    }
}
