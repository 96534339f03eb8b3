package io.factline.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing: {@code {"items": [...], "next": "<cursor or null>"}}.
 *
 * @param next opaque cursor for the following page, null on the last page
 */
public record Page<T>(List<T> items, String next) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
