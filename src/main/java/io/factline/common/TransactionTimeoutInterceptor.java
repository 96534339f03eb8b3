package io.factline.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * Around every {@code @Transactional} (REQUIRED) method, outside the transaction it runs in: a failure
 * once the transaction manager's timeout has passed is taken for the timeout (the reaper rolled the
 * transaction back, and the method failed at its next database access or at the commit, with one of
 * many exceptions), and answered 503 with Retry-After ({@link Unavailability#timedOut}). A failure
 * before the timeout is left as it is. A method that joins a caller's transaction counts from its own
 * start, so it is the outermost one that usually decides.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
class TransactionTimeoutInterceptor {

    private final Unavailability unavailability;

    TransactionTimeoutInterceptor(Unavailability unavailability) {
        this.unavailability = unavailability;
    }

    @AroundInvoke
    Object answerTimeoutsWith503(InvocationContext context) throws Exception {
        long started = System.nanoTime();
        try {
            return context.proceed();
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (took.compareTo(unavailability.transactionTimeout()) < 0) {
                throw e;
            }
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            throw unavailability.timedOut(context.getMethod().getDeclaringClass().getSimpleName() + "."
                    + context.getMethod().getName(), took, failure);
        }
    }
}
