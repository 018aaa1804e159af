package org.iwprarchive.api;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a list to answer: the same two parameters and the same rule on every list of the API (search,
 * articles, sources, tags, jobs), bound from the query string.
 *
 * @param page zero-based page number, 0 when left out
 * @param size items per page, {@link Paging#DEFAULT_SIZE} when left out
 */
public record PageParameters(
        @Parameter(description = "Zero-based page number; the page's last item may not lie past the 10,000th")
        @Min(0) @Max(Paging.MAX_OFFSET) Integer page,
        @Parameter(description = "Items per page, 1 to " + Paging.MAX_SIZE + "; " + Paging.DEFAULT_SIZE
                + " when left out") @Min(1) @Max(Paging.MAX_SIZE) Integer size) {

    public int number() {
        return page == null ? 0 : page;
    }

    public int count() {
        return size == null ? Integer.parseInt(Paging.DEFAULT_SIZE) : size;
    }

    /**
     * @return these parameters
     * @throws InvalidRequestException when the page lies past the deepest one
     */
    public PageParameters checked() {
        Paging.requireWithinOffset(number(), count());
        return this;
    }
}
