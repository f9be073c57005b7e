package org.mednumlod.site.web;

/** Which documents only change with the served release: what caches and release validators may rely on. */
public final class ReleaseDocuments {
    private ReleaseDocuments() {}

    /**
     * Whether {@code path} is a page or data document fixed by the release. Place pages are not: they say whether
     * the place is open now.
     */
    public static boolean fixedByRelease(String path) {
        return (path.startsWith("/page/") || path.startsWith("/data/")) && !path.startsWith("/page/lieu/");
    }
}
