package org.mednumlod.site.store;

import java.util.function.Function;
import org.mednumlod.endpoint.Releases.Release;

/**
 * A value computed once per served release (figures, examples, counts): read again only when the release
 * changes, so that no request pays for an aggregate the release already fixed.
 *
 * <pre>{@code PerRelease<Figures> figures = new PerRelease<>(store, release -> compute(release));
 * figures.get();}</pre>
 */
public final class PerRelease<T> {
    private final Store store;
    private final Function<Release, T> compute;
    private volatile Entry<T> entry;

    private record Entry<T>(String releaseId, T value) {
    }

    /** @param compute runs inside a read transaction on the served release */
    public PerRelease(Store store, Function<Release, T> compute) {
        this.store = store;
        this.compute = compute;
    }

    public T get() {
        Release release = store.release();
        Entry<T> e = entry;
        if (e == null || !e.releaseId().equals(release.id())) {
            synchronized (this) { // one computation per release, however many requests arrive meanwhile
                e = entry;
                if (e == null || !e.releaseId().equals(release.id())) {
                    e = new Entry<>(release.id(), release.read(() -> compute.apply(release)));
                    entry = e;
                }
            }
        }
        return e.value();
    }
}
