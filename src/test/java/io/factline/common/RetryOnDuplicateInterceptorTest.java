package io.factline.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class RetryOnDuplicateInterceptorTest {

    @Test
    void shouldNotTakeAnErrorWithoutSqlStateForALostRace() {
        // A connection-pool timeout carries no SQLSTATE: it must surface as itself, not as a NullPointerException.
        SQLException noState = new SQLException("Sorry, acquisition timeout!");

        assertFalse(RetryOnDuplicateInterceptor.isLostLockRace(new IllegalStateException(noState)));
        assertFalse(RetryOnDuplicateInterceptor.isUniqueViolation(noState));
    }

    @Test
    void shouldTakeADeadlockOrLockTimeoutForALostRace() {
        assertTrue(RetryOnDuplicateInterceptor.isLostLockRace(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertTrue(RetryOnDuplicateInterceptor.isLostLockRace(new SQLException("lock timeout", "HYT00")));
    }

    @Test
    void shouldTakeAUniqueKeyViolationForADuplicate() {
        assertTrue(RetryOnDuplicateInterceptor.isUniqueViolation(new RuntimeException(new SQLException("dup", "23505"))));
        assertFalse(RetryOnDuplicateInterceptor.isLostLockRace(new SQLException("dup", "23505")));
    }
}
