package org.mednumlod.site.store;

import java.util.function.Function;
import org.mednumlod.endpoint.release.Release;

/**
 * A value computed once per served release (figures, examples, counts, indexes): computed in the background when
 * the server starts, and for each new release before it is served ({@link Store#prepareEach}), so that no request
 * pays for an aggregate the release already fixed, nor waits for an index after a publish.
 *
 * <pre>{@code PerRelease<Figures> figures = new PerRelease<>(store, release -> compute(release));
 * figures.get();}</pre>
 */
public final class PerRelease<T> {
    private final Store store;
    private final Function<Release, T> compute;
    private volatile Entry<T> entry;
    private volatile Entry<T> next;

    private record Entry<T>(String releaseId, T value) {}

    /** @param compute runs inside a read transaction on the served release */
    public PerRelease(Store store, Function<Release, T> compute) {
        this.store = store;
        this.compute = compute;
        store.prepareEach(this::prepare);
    }

    private void prepare(Release release) {
        if (release.id().equals(store.release().id())) {
            get(); // the served release (at start): under the lock, so that a request waits for it instead of redoing
            // it
        } else {
            next = new Entry<>(release.id(), release.read(() -> compute.apply(release)));
        }
    }

    public T get() {
        Release release = store.release();
        Entry<T> e = entry;
        if (e == null || !e.releaseId().equals(release.id())) {
            synchronized (this) { // one computation per release, however many requests arrive meanwhile
                e = entry;
                if (e == null || !e.releaseId().equals(release.id())) {
                    Entry<T> prepared = next;
                    if (prepared != null && prepared.releaseId().equals(release.id())) {
                        e = prepared;
                        next = null;
                    } else {
                        e = new Entry<>(release.id(), release.read(() -> compute.apply(release)));
                    }
                    entry = e;
                }
            }
        }
        return e.value();
    }
}
