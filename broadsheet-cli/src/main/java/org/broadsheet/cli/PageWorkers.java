package org.broadsheet.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The threads that extract (or analyse) a command's pages, and the results they hand back. */
final class PageWorkers {

    private PageWorkers() {
    }

    /** {@code count} daemon threads called {@code name}: a command that stops early does not wait for them. */
    static ExecutorService pool(int count, String name) {
        return Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** What a page task returned; page tasks never throw, they return their failure. */
    static <T> T resultOf(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a page task never throws", e.getCause());
        }
    }
}
