package dev.crosswalk.support.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer, with what a client needs to fetch the next one. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(List<E> rows, PageRequest request, long total, Function<E, T> toDto) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new PageResponse<>(rows.stream().map(toDto).toList(), request.page(), request.size(), total, pages);
    }
}
