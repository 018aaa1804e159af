package org.iwprarchive.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** The one shape of every list the API returns: a page of items and where it stands in the whole. */
@Schema(description = "A page of results. Every list endpoint answers with this shape.")
public record PageResponse<T>(
        @Schema(description = "The items on this page, possibly none") List<T> items,
        @Schema(description = "Zero-based number of this page", example = "0") int page,
        @Schema(description = "Page size asked for", example = "20") int size,
        @Schema(description = "Number of items in all pages together", example = "1") long totalItems,
        @Schema(description = "Number of pages of this size", example = "1") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        int pages = (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
        return new PageResponse<>(items, page, size, totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
