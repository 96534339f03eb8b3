package io.factline.common;

import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs a write transaction again when a concurrent one won a unique-key race (two clients posting
 * the same article URL, or naming the same new entity, at once). The second attempt sees the row
 * the winner committed and takes the "already known" path, so both clients get a correct answer
 * and the database keeps one row. Call it outside the transaction.
 */
public final class UniqueRetry {

    private static final int ATTEMPTS = 3;

    private UniqueRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c
                    && c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
