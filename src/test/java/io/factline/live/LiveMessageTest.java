package io.factline.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveMessageTest {

    private final LiveMessage message = new LiveMessage("event-changed", 1, "{}", Set.of("ana ruiz", "ruiz"));

    @Test
    void shouldMatchEveryClientWithoutFilter() {
        assertTrue(message.matches(null));
    }

    @Test
    void shouldMatchOnlyTheEntitiesInvolved() {
        assertTrue(message.matches("ruiz"));
        assertFalse(message.matches("someone else"));
    }
}
