package io.factline.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.SQLException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * See {@link RetryOnDuplicate}. Runs outside {@code @Transactional} (a lower priority is an outer
 * interceptor), so each attempt is a transaction of its own.
 */
@RetryOnDuplicate
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class RetryOnDuplicateInterceptor {

    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";
    /**
     * Lost lock races, after which the whole transaction was rolled back and can run again:
     * PostgreSQL's deadlock and serialization failures, H2's lock timeout (its deadlock answer).
     */
    static final java.util.Set<String> LOST_LOCK_RACE = java.util.Set.of("40P01", "40001", "HYT00");
    /** SQLSTATE of a foreign-key violation, the same on H2 and PostgreSQL. */
    static final String FOREIGN_KEY_VIOLATION = "23503";
    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(RetryOnDuplicateInterceptor.class);

    private final TransactionManager transactions;

    RetryOnDuplicateInterceptor(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        if (inTransaction()) {
            return context.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return context.proceed();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !(isUniqueViolation(e) || isLostLockRace(e))) {
                    throw e;
                }
                LOG.debugf("%s lost a race on a unique key; attempt %d of %d",
                        context.getMethod().getName(), attempt + 1, ATTEMPTS);
            }
        }
    }

    private boolean inTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Also a row this transaction read and then wrote that a concurrent one deleted first (an
     * update or delete counting no rows: Hibernate's stale state), and a row whose parent a
     * concurrent one deleted (a foreign-key violation): run again, the method finds the row or
     * the parent gone and answers 404 itself.
     */
    static boolean isLostLockRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (LOST_LOCK_RACE.contains(sql.getSQLState()) || FOREIGN_KEY_VIOLATION.equals(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
