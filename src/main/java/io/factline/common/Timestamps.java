package io.factline.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision both databases store, so a value reads back as written. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
