package io.factline.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnavailabilityTest {

    @Test
    void shouldTakeAnExhaustedPoolForABusyDatabase() {
        assertTrue(Unavailability.isBusy(new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException(Unavailability.POOL_EXHAUSTED))));
    }

    @Test
    void shouldTakeARefusedConnectionOrACancelledStatementForABusyDatabase() {
        assertTrue(Unavailability.isBusy(new SQLException("Connection refused", "08001")));
        assertTrue(Unavailability.isBusy(new SQLException("too many clients already", "53300")));
        assertTrue(Unavailability.isBusy(new PersistenceException(new SQLException("canceling statement", "57014"))));
    }

    @Test
    void shouldNotTakeAFailureOfTheRequestOrOfTheCodeForABusyDatabase() {
        assertFalse(Unavailability.isBusy(new SQLException("duplicate key", "23505")));
        assertFalse(Unavailability.isBusy(new SQLException("Syntax error", "42000")));
        assertFalse(Unavailability.isBusy(new IllegalStateException("no cause")));
    }
}
