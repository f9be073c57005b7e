/**
 * The releases: each a complete TDB2 database built beside the served one and switched in by replacing one pointer
 * file atomically; rollback to the previous complete release; remote store mode (two datasets of an external SPARQL
 * store taking turns).
 *
 * <pre>
 * try (Releases releases = Releases.open(dataDir, baseUri)) {
 *     Published p = releases.publishReporting(sources, outcomes, summaries, progress::println);
 *     Release served = releases.current().orElseThrow();
 * }
 * </pre>
 *
 * Public: {@link org.mednumlod.endpoint.release.Releases} (the facade: open, current, refresh, publish, rollback,
 * close; its {@code Remote} settings), {@link org.mednumlod.endpoint.release.Release} (sealed: embedded or in the
 * remote store), {@link org.mednumlod.endpoint.release.Published} (a publish's id and timed steps). Package-private:
 * {@code Publication} (the named steps of a publish), {@code ReleaseDirectory} (the layout on disk),
 * {@code ReferenceTemplate} (the reference data copied into each release), {@code OverlappedLoad},
 * {@code RemoteStore}, {@code ReleaseGraphs}.
 */
package org.mednumlod.endpoint.release;
