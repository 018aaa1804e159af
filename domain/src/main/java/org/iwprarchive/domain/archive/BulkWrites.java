package org.iwprarchive.domain.archive;

import java.util.function.Supplier;

/**
 * How long a write waits for the search index. Every write returns once what it stored is searchable, except
 * within {@link #indexingOneBehind}: there a write returns once the write before it is searchable, so that the
 * index takes in one batch while the next is stored (a bulk import's store and the index writer then work side by
 * side instead of in turn). The work waits for its last write's index update before it returns. The search module
 * hands its index updates over through {@link #handOver}; this module knows nothing else of search.
 */
public final class BulkWrites {

    private static final ThreadLocal<Window> WINDOW = new ThreadLocal<>();

    /** The index update of the write before, still to be waited for. */
    private static final class Window {
        private Runnable pending;

        void settle() {
            Runnable waiting = pending;
            pending = null;
            if (waiting != null) {
                waiting.run();
            }
        }
    }

    private BulkWrites() {
    }

    /** Runs {@code work}, in this thread, with its writes' index updates one write behind. */
    public static <T> T indexingOneBehind(Supplier<T> work) {
        if (WINDOW.get() != null) {
            return work.get();
        }
        Window window = new Window();
        WINDOW.set(window);
        try {
            return work.get();
        } finally {
            WINDOW.remove();
            window.settle();
        }
    }

    /**
     * For the search index: a write's index update, as a wait for it to be done (and for what it reports).
     *
     * @return true when the update was taken to be waited for later (the one before it is waited for now); false
     *         when the caller must wait for it itself, as every write outside {@link #indexingOneBehind} does
     */
    public static boolean handOver(Runnable awaitIndexUpdate) {
        Window window = WINDOW.get();
        if (window == null) {
            return false;
        }
        window.settle();
        window.pending = awaitIndexUpdate;
        return true;
    }
}
