package io.factline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestTimeoutTest {

    @Test
    void shouldRoundTheTimeoutUpToWholeSecondsForTheTransactionManager() {
        assertEquals(60, IngestTimeout.seconds(Duration.ofSeconds(60)));
        assertEquals(2, IngestTimeout.seconds(Duration.ofMillis(1500)));
        assertEquals(1, IngestTimeout.seconds(Duration.ofMillis(200)));
    }

    @Test
    void shouldNeverGiveTheTransactionManagerZeroWhichWouldMeanItsDefault() {
        assertEquals(1, IngestTimeout.seconds(Duration.ZERO));
        assertEquals(1, IngestTimeout.seconds(Duration.ofSeconds(-5)));
    }
}
