package org.mednumlod.endpoint.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.mednumlod.converters.Outcome;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.Summary;
import org.mednumlod.endpoint.identity.RegistryTombstones;
import org.mednumlod.endpoint.identity.UriRegistry;

/**
 * The releases of the platform's data, each a complete TDB2 database built beside the served one ({@link Publication})
 * and then switched in by replacing one pointer file atomically; the previous release stays on disk.
 *
 * <pre>
 * try (Releases releases = Releases.open(dir, "http://localhost:8080")) {
 *     if (releases.current().isEmpty()) releases.publish(System.out::println);
 *     Dataset ds = releases.current().orElseThrow().dataset();
 * }
 * </pre>
 * Layout: see {@link ReleaseDirectory}.
 */
public final class Releases implements AutoCloseable {
    private static final DateTimeFormatter ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    /** Complete releases kept on disk (the current one, and earlier ones for rollback). */
    private static final int KEEP = 3;

    /**
     * Remote store mode: two datasets of an external SPARQL 1.1 store that take turns (blue/green), each named by
     * its SPARQL Protocol query URL and its Graph Store Protocol URL; optional HTTP Basic credentials for both; the
     * longest a query may wait for the store's answer (a caller may give a query its own limit).
     */
    public record Remote(
            List<String> queryUrls, List<String> graphStoreUrls, String user, String password, Duration queryTimeout) {
        /** The default time limit of a query to the remote store (a server sets its own: its SPARQL timeout). */
        public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

        public Remote {
            queryUrls = queryUrls == null ? List.of() : List.copyOf(queryUrls);
            graphStoreUrls = graphStoreUrls == null ? List.of() : List.copyOf(graphStoreUrls);
            queryTimeout = queryTimeout == null ? DEFAULT_QUERY_TIMEOUT : queryTimeout;
        }

        /** The same store with another time limit for queries. */
        public Remote withQueryTimeout(Duration timeout) {
            return new Remote(queryUrls, graphStoreUrls, user, password, timeout);
        }

        @Override
        public String toString() {
            return "Remote" + queryUrls + graphStoreUrls; // never the password
        }
    }

    private final ReleaseDirectory layout;
    private final String baseUri;
    private final ReleaseGraphs graphs;
    private final Optional<RemoteStore> remote;
    private final RegistryTombstones registry;
    private volatile Release current;

    private Releases(Path dir, String baseUri, Optional<RemoteStore> remote) {
        this.layout = new ReleaseDirectory(dir);
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        this.graphs = new ReleaseGraphs(this.baseUri);
        this.remote = remote;
        this.registry = new RegistryTombstones(layout.root());
    }

    /**
     * Opens the release directory (created if missing). The current release's database is opened on first use of
     * {@link #current()}, so that a process that only publishes never opens the database another process serves
     * (a TDB2 database belongs to one JVM).
     */
    public static Releases open(Path dir, String baseUri) {
        return new Releases(dir, baseUri, Optional.empty());
    }

    /**
     * Opens the releases in remote store mode: each release is still built and checked in TDB2 under {@code dir}
     * (which also keeps the pointer and the dumps), then loaded into whichever of the two remote datasets is not
     * serving, and served from there.
     */
    public static Releases open(Path dir, String baseUri, Remote remote) {
        return new Releases(dir, baseUri, Optional.ofNullable(remote).map(RemoteStore::new));
    }

    public synchronized Optional<Release> current() {
        if (current == null) {
            current = layout.pointer().map(this::connect).orElse(null);
        }
        return Optional.ofNullable(current);
    }

    /** The id of the current release, read from the pointer, without opening its database. */
    public Optional<String> currentId() {
        return layout.pointer();
    }

    /** The data folder that holds the releases. */
    public Path directory() {
        return layout.root();
    }

    /** The ids of the releases built whole, oldest first. */
    public List<String> completeReleases() {
        return layout.completeReleases();
    }

    /** The graph holding the vocabulary and the SKOS code lists. */
    public Node vocabularyGraph() {
        return graphs.vocabulary();
    }

    /** The graphs every release has (or may have: the tombstone graph is absent while nothing was withdrawn). */
    public List<Node> platformGraphs() {
        return graphs.platform();
    }

    /**
     * The folder of a release's downloadable files (N-Quads, CSV, {@code SHA256SUMS}), described in its catalogue;
     * empty when the release is not on disk (any more).
     */
    public Optional<Path> dumps(String releaseId) {
        return releaseId.matches("[0-9]{8}T[0-9]{9}Z") && layout.isComplete(releaseId)
                ? Optional.of(layout.dumps(releaseId))
                : Optional.empty();
    }

    /**
     * What the URI registry says of {@code uri} (its tombstone), for a URI that the served release neither publishes
     * nor tombstones: one minted by a release that a rollback left (docs/uri-policy.md). Empty when no release ever
     * published it.
     */
    public Optional<Graph> tombstone(String uri) {
        return registry.find(uri);
    }

    /** Builds a new release from the reference data only (no source), then makes it current. */
    public String publish(Consumer<String> progress) {
        return publish(List.of(), o -> {}, progress);
    }

    /**
     * Builds a new release ({@link Publication}: reference data, every source converted and validated, one named
     * graph per source, deduplication, tombstones, statistics, dumps, catalogue) beside the served one, then makes it
     * current. One publish at a time (a lock file); a release that fails half-way is never switched in, and what such
     * a release left on disk is removed by the next publish.
     *
     * @param sources  the configured sources
     * @param outcomes receives what happened to every record (converted or quarantined, with its findings)
     * @param progress receives one French line per step
     * @return the id of the new release, now current
     */
    public String publish(List<Source> sources, Consumer<Outcome> outcomes, Consumer<String> progress) {
        return publish(sources, outcomes, s -> {}, progress);
    }

    /** As {@link #publish(List, Consumer, Consumer)}, also giving the summary of each source's conversion. */
    public String publish(
            List<Source> sources, Consumer<Outcome> outcomes, Consumer<Summary> summaries, Consumer<String> progress) {
        return publishReporting(sources, outcomes, summaries, progress).id();
    }

    /** As {@link #publish(List, Consumer, Consumer, Consumer)}, returning the steps of the publish with their times. */
    public Published publishReporting(
            List<Source> sources, Consumer<Outcome> outcomes, Consumer<Summary> summaries, Consumer<String> progress) {
        try (FileLock lock = layout.lockForPublish()) {
            layout.prune(KEEP - 1, progress); // the new one makes KEEP
            Published published = new Publication(layout, baseUri, remote, ID.format(Instant.now()), progress)
                    .run(sources, outcomes, summaries);
            synchronized (this) {
                if (current != null) { // this instance serves: follow at once (else the database stays unopened here)
                    refresh().ifPresent(Releases::release);
                }
            }
            return published;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Re-reads the pointer: when a publish or a rollback (maybe by another process) switched it, the release it
     * names becomes current. The replaced release is returned still open, for the caller to close once the readers
     * that started on it are done ({@link #release(Release)}).
     */
    public Optional<Release> refresh() {
        return refresh(release -> {});
    }

    /**
     * {@link #refresh()}, with {@code prepare} run on the new release before it becomes current (while the old one
     * is still served): what a server computes once per release is ready when the first request reaches it. When
     * {@code prepare} throws, the release does not become current (the next refresh tries again).
     */
    public Optional<Release> refresh(Consumer<Release> prepare) {
        Optional<String> id = layout.pointer();
        synchronized (this) {
            if (id.isEmpty() || (current != null && current.id().equals(id.get()))) {
                return Optional.empty();
            }
        }
        Release next = connect(id.get());
        prepare.accept(next); // outside the lock: current() keeps answering with the served release meanwhile
        synchronized (this) {
            if (current != null && current.id().equals(next.id())) {
                return Optional.empty();
            }
            Release old = current;
            current = next;
            return Optional.ofNullable(old);
        }
    }

    /**
     * Makes the complete release published just before the current one current again (the current one stays on
     * disk). A running server switches to it within seconds ({@link #refresh()}).
     *
     * @return the id now current
     */
    public String rollback() {
        try (FileLock lock = layout.lockForPublish()) {
            String now = layout.pointer().orElseThrow(() -> new IllegalStateException("aucune version publiée"));
            List<String> complete = layout.completeReleases();
            int i = complete.indexOf(now);
            if (i <= 0) {
                throw new IllegalStateException("pas de version antérieure à " + now);
            }
            String previous = complete.get(i - 1);
            // Before the switch: the URIs only the release left had must answer 410 as soon as it is gone.
            UriRegistry.recordRollback(layout.root(), layout.release(now), layout.release(previous), Instant.now());
            layout.switchPointer(previous);
            return previous;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes a release's database and lets go of it (its files may then be opened by another process). */
    public static void release(Dataset dataset) {
        release(dataset.asDatasetGraph());
    }

    /** Closes what a release holds open (its embedded database; nothing in remote store mode). */
    public static void release(Release release) {
        if (release instanceof Release.Embedded embedded) {
            release(embedded.dataset());
        }
    }

    static void release(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }

    private Release connect(String id) {
        if (remote.isPresent()) {
            return new Release.InRemoteStore(
                    id,
                    remote.get(),
                    layout.slot(id)
                            .orElseThrow(() -> new IllegalStateException(
                                    "la version " + id + " n'a pas été chargée dans le magasin distant")));
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(layout.database(id)));
        Dataset ds = DatasetFactory.wrap(dsg);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Release.Embedded(id, ds);
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            release(current);
            current = null;
        }
    }
}
