package org.iwprarchive.ingest.job;

import java.util.concurrent.atomic.AtomicLong;

/** The articles a crawl may still take: a slot is taken before a fetch and given back if nothing is stored. */
final class PageBudget {

    private final Integer limit;
    private final AtomicLong taken;

    /** @param limit the crawl's bound, or null for none */
    PageBudget(Integer limit, long alreadyDone) {
        this.limit = limit;
        this.taken = new AtomicLong(alreadyDone);
    }

    boolean take() {
        if (limit == null) {
            return true;
        }
        if (taken.incrementAndGet() > limit) {
            taken.decrementAndGet();
            return false;
        }
        return true;
    }

    void giveBack() {
        if (limit != null) {
            taken.decrementAndGet();
        }
    }
}
