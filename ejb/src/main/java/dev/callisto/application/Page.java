package dev.callisto.application;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; {@code total} counts every match, not just this page. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
