package io.factline.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a transactional method again when its transaction failed on a unique key that a concurrent
 * transaction, on this or another instance, took first: two feeds posting one URL, two editors
 * naming one new entity. The second run sees the committed row and takes the "already there"
 * path. The same for a transaction that lost a race with a concurrent delete (see
 * {@link RetryOnDuplicateInterceptor#isLostLockRace}): the second run answers 404. Only a method that starts its own transaction is retried; inside a caller's transaction
 * the failure propagates to the caller, whose transaction is already lost.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnDuplicate {
}
