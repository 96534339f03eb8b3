package io.factline.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ChangeCodecTest {

    @Test
    void shouldRoundTripAChange() {
        Change change = new Change(Change.Kind.EVENT, 42, true, List.of(3L, 4L), List.of());
        assertEquals(change, ChangeCodec.decode(ChangeCodec.encode(change)));
    }

    @Test
    void shouldDropIdListsThatWouldNotFitANotifyPayload() {
        List<Long> many = LongStream.range(1_000_000_000L, 1_000_001_000L).boxed().toList();
        Change change = new Change(Change.Kind.CONFLICT, 7, false, null, many);

        String payload = ChangeCodec.encode(change);

        assertTrue(payload.length() <= ChangeCodec.MAX_PAYLOAD, "payload of " + payload.length());
        assertEquals(new Change(Change.Kind.CONFLICT, 7, false, List.of(), List.of()), ChangeCodec.decode(payload));
    }

    @Test
    void shouldRefuseAPayloadThatIsNotAChange() {
        assertThrows(IllegalArgumentException.class, () -> ChangeCodec.decode("hello"));
    }
}
