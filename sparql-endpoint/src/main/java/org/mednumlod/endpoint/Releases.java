package org.mednumlod.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.mednumlod.converters.Conversion;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.TerritoryUris;

/**
 * The releases of the platform's data, each a complete TDB2 database built beside the served one and then
 * switched in by replacing one pointer file atomically; the previous release stays on disk.
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
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * A release that can be read: its id (feeds ETags), and either its embedded dataset (union default graph) or, in
     * remote store mode, the SPARQL endpoint of the remote dataset that holds it.
     */
    public static final class Release {
        private final String id;
        private final Dataset dataset;
        private final RemoteStore remote;
        private final int slot;

        Release(String id, Dataset dataset, RemoteStore remote, int slot) {
            this.id = id;
            this.dataset = dataset;
            this.remote = remote;
            this.slot = slot;
        }

        public String id() {
            return id;
        }

        /** Whether the release is served by an external store (no embedded dataset). */
        public boolean isRemote() {
            return remote != null;
        }

        /** The embedded dataset, for components that run their own transactions (Fuseki). */
        public Dataset dataset() {
            if (dataset == null) {
                throw new IllegalStateException("mode magasin distant : la version " + id + " n'a pas de base embarquée");
            }
            return dataset;
        }

        /** The SPARQL Protocol endpoint of the remote dataset that holds the release (remote store mode). */
        public String remoteQueryUrl() {
            return remote == null ? null : remote.queryUrl(slot);
        }

        /** A query on this release, embedded or remote (with the configured credentials); run it inside {@link #read}. */
        public QueryExecutionBuilder query() {
            return remote == null ? QueryExecution.dataset(dataset) : remote.query(slot);
        }

        /** Runs {@code action} in a read transaction on the embedded dataset (remote: as is, each query stands alone). */
        public <T> T read(Supplier<T> action) {
            return remote == null ? Txn.calculateRead(dataset, action::get) : action.get();
        }
    }

    /**
     * Remote store mode: two datasets of an external SPARQL 1.1 store that take turns (blue/green), each named by
     * its SPARQL Protocol query URL and its Graph Store Protocol URL; optional HTTP Basic credentials for both; the
     * longest a query may wait for the store's answer (a caller may give a query its own limit).
     */
    public record Remote(List<String> queryUrls, List<String> graphStoreUrls, String user, String password,
                         java.time.Duration queryTimeout) {
        /** The default time limit of a query to the remote store (a server sets its own: its SPARQL timeout). */
        public static final java.time.Duration DEFAULT_QUERY_TIMEOUT = java.time.Duration.ofSeconds(30);

        public Remote {
            queryUrls = queryUrls == null ? List.of() : List.copyOf(queryUrls);
            graphStoreUrls = graphStoreUrls == null ? List.of() : List.copyOf(graphStoreUrls);
            queryTimeout = queryTimeout == null ? DEFAULT_QUERY_TIMEOUT : queryTimeout;
        }

        /** The same store with another time limit for queries. */
        public Remote withQueryTimeout(java.time.Duration timeout) {
            return new Remote(queryUrls, graphStoreUrls, user, password, timeout);
        }

        @Override
        public String toString() {
            return "Remote" + queryUrls + graphStoreUrls; // never the password
        }
    }

    /** Complete releases kept on disk (the current one, and earlier ones for rollback). */
    private static final int KEEP = 3;

    private final ReleaseDirectory layout;
    private final String baseUri;
    private final RemoteStore remote;
    private volatile Release current;

    private Releases(Path dir, String baseUri, RemoteStore remote) {
        this.layout = new ReleaseDirectory(dir);
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        this.remote = remote;
    }

    /**
     * Opens the release directory (created if missing). The current release's database is opened on first use of
     * {@link #current()}, so that a process that only publishes never opens the database another process serves
     * (a TDB2 database belongs to one JVM).
     */
    public static Releases open(Path dir, String baseUri) {
        return new Releases(dir, baseUri, null);
    }

    /**
     * Opens the releases in remote store mode: each release is still built and checked in TDB2 under {@code dir}
     * (which also keeps the pointer and the dumps), then loaded into whichever of the two remote datasets is not
     * serving, and served from there.
     */
    public static Releases open(Path dir, String baseUri, Remote remote) {
        return new Releases(dir, baseUri, remote == null ? null : new RemoteStore(remote));
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

    /** The graph holding the vocabulary and the SKOS code lists. */
    public Node vocabularyGraph() {
        return ids().graph(Identifiers.Graph.VOCABULAIRE);
    }

    /** The graph holding the catalogue of the release (DCAT-AP, VoID). */
    public Node catalogueGraph() {
        return ids().graph(Identifiers.Graph.CATALOGUE);
    }

    /** The graph holding the figures of every territory, computed at publish (RDF Data Cube, {@code docs/statistics.md}). */
    public Node statisticsGraph() {
        return ids().graph(Identifiers.Graph.STATISTIQUES);
    }

    /**
     * The folder of a release's downloadable files (N-Quads, CSV, {@code SHA256SUMS}), described in its catalogue;
     * empty when the release is not on disk (any more).
     */
    public Optional<java.nio.file.Path> dumps(String releaseId) {
        return releaseId.matches("[0-9]{8}T[0-9]{9}Z") && layout.isComplete(releaseId)
                ? Optional.of(layout.dumps(releaseId)) : Optional.empty();
    }

    /** The graph holding the tombstones of withdrawn places (their URIs answer 410, never 404). */
    public Node tombstoneGraph() {
        return ids().graph(Identifiers.Graph.TOMBSTONES);
    }

    /** The graph holding the places: each merges the source records that describe it (docs/deduplication.md). */
    public Node placesGraph() {
        return ids().graph(Identifiers.Graph.LIEUX);
    }

    /** The graphs every release has (or may have: the tombstone graph is absent while nothing was withdrawn). */
    public List<Node> platformGraphs() {
        return List.of(placesGraph(), territoryGraph(), vocabularyGraph(), statisticsGraph(), tombstoneGraph(),
                catalogueGraph());
    }

    /** The graph holding the territory reference. */
    public Node territoryGraph() {
        return ids().graph(Identifiers.Graph.TERRITOIRES);
    }

    private Identifiers ids() {
        return new Identifiers(baseUri);
    }

    /** Builds a new release from the reference data only (no source), then makes it current. */
    public String publish(Consumer<String> progress) {
        return publish(List.of(), o -> { }, progress);
    }

    /**
     * Builds a new release — the reference data (vocabulary, code lists, territories: copied from the template kept
     * beside the releases, {@link ReferenceTemplate}) and every source converted and validated (one named graph per
     * source), its catalogue and its dumps — in a new TDB2 database beside the served one, then makes it current. One publish at a time (a lock file); a release that fails half-way is
     * never switched in, and what such a release left on disk is removed by the next publish.
     *
     * @param sources  the configured sources
     * @param outcomes receives what happened to every record (converted or quarantined, with its findings)
     * @param progress receives one French line per step
     * @return the id of the new release, now current
     */
    public String publish(List<Conversion.Source> sources, Consumer<Conversion.Outcome> outcomes,
                           Consumer<String> progress) {
        return publish(sources, outcomes, s -> { }, progress);
    }

    /** As {@link #publish(List, Consumer, Consumer)}, also giving the summary of each source's conversion. */
    public String publish(List<Conversion.Source> sources, Consumer<Conversion.Outcome> outcomes,
                          Consumer<Conversion.Summary> summaries, Consumer<String> progress) {
        try (FileLock lock = layout.lockForPublish()) {
            layout.prune(KEEP - 1, progress); // the new one makes KEEP
            String id = ID.format(Instant.now());
            build(id, sources, outcomes, summaries, progress);
            Optional<String> previous = layout.pointer();
            layout.switchPointer(id);
            UriRegistry.recordPublish(layout.root(), previous.map(layout::release), layout.release(id));
            progress.accept("Version " + id + " publiée" + previous.map(p -> " (précédente : " + p + ")").orElse(""));
            synchronized (this) {
                if (current != null) { // this instance serves: follow at once (else the database stays unopened here)
                    refresh().ifPresent(Releases::release);
                }
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void build(String id, List<Conversion.Source> sources, Consumer<Conversion.Outcome> outcomes,
                       Consumer<Conversion.Summary> onSummary, Consumer<String> progress) {
        progress.accept("Nouvelle version " + id + " : construction dans " + layout.release(id));
        ReferenceTemplate.Copy reference = new ReferenceTemplate(ReferenceTemplate.folder(layout.root()), new TerritoryUris(baseUri), vocabularyGraph(),
                territoryGraph()).copyInto(layout.database(id), progress);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(layout.database(id)));
        try {
            DataLoader loader = LoaderFactory.basicLoader(dsg, quietMonitor());
            loader.startBulk();
            Fusion.Result[] fusion = new Fusion.Result[1];
            Map<String, String> renamed = new TreeMap<>();
            Matcher contentMatcher = new Matcher(MatchSettings.load());
            List<Conversion.Summary> summaries = new java.util.concurrent.CopyOnWriteArrayList<>();
            try {
                OverlappedLoad.run(sink -> {
                    progress.accept("Sources…");
                    RecordCollector collector = new RecordCollector(ids(), sink);
                    Set<String> idless = new HashSet<>();
                    for (Conversion.Source source : sources) {
                        if (Conversion.of(source).keysFromContent()) {
                            idless.add(source.name());
                        }
                    }
                    EarlierRecords earlier = new EarlierRecords(ids(), layout.pointer().map(layout::release), idless);
                    renamed.putAll(earlier.renamed());
                    try (ContentKeys.Archive archive = new ContentKeys.Archive(layout.release(id).resolve(ContentKeys.RECORDS))) {
                        for (Conversion.Source source : sources) {
                            Conversion conversion = Conversion.of(source).baseUri(baseUri);
                            Conversion.Summary s;
                            if (idless.contains(source.name())) {
                                IdlessSource records = new IdlessSource(ids());
                                s = conversion.run(records.sink(), outcomes);
                                ContentKeys.Outcome keys = ContentKeys.reconcile(records.features(), records.says(),
                                        earlier.records(source.name()), earlier.says(source.name()), contentMatcher,
                                        earlier.used());
                                records.send(keys.keys(), archive.tee(collector));
                                renamed.putAll(keys.legacy());
                                progress.accept(String.format(Locale.FRANCE, "Source « %s » sans identifiant : clés tirées du "
                                        + "contenu (nom, commune, adresse) ; %d gardées de la version servie, %d nouvelles, "
                                        + "%d anciennes clés de rang redirigées (301), %d collisions départagées",
                                        source.name(), keys.kept(), keys.fresh(), keys.fromRows(), keys.salted()));
                            } else {
                                s = conversion.run(collector, outcomes);
                            }
                            summaries.add(s);
                            onSummary.accept(s);
                            progress.accept(String.format(Locale.FRANCE, "Source « %s » : %d fiches lues, %d publiées, %d en quarantaine",
                                    source.name(), s.read(), s.converted(), s.quarantined()));
                        }
                    }
                    Fusion.writePairs(layout.release(id).resolve(ContentKeys.RENAMED), renamed);
                    progress.accept("Dédoublonnage des fiches en lieux…");
                    fusion[0] = Fusion.write(collector.records(), Fusion.matching(MatchSettings.load(), progress),
                            new MergedPlaces(baseUri, placesGraph()),
                            layout.release(id), layout.pointer().map(layout::release), renamed, sink, progress);
                }, loader.stream());
                loader.finishBulk();
            } catch (IOException | RuntimeException e) {
                loader.finishException(e);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            progress.accept(String.format(Locale.FRANCE, "%,d triplets chargés (et %,d du référentiel)",
                    loader.countTriples() + loader.countQuads(), reference.quads()));
            Tombstones.write(dsg, tombstoneGraph(), placesGraph(), baseUri, layout.release(id),
                    UriRegistry.read(layout.root(), layout.pointer().map(layout::release)),
                    fusion[0].redirects(), renamed, Instant.now(), progress);
            SourceFacts.write(dsg, baseUri, placesGraph(), summaries);
            // The statistics before the dumps and the catalogue: their observations are in the national dump and
            // counted in the catalogue like every other graph.
            new Statistics(baseUri, territoryGraph(), statisticsGraph()).reference(reference.fingerprint()).write(dsg, progress);
            progress.accept("Fichiers téléchargeables…");
            List<Dumps.File> dumps = new Dumps(dsg, catalogueGraph(), layout.dumps(id), baseUri)
                    .reference(reference.dumps(), Set.of(vocabularyGraph(), territoryGraph())).write(progress);
            progress.accept("Catalogue (DCAT-AP, VoID)…");
            new Catalogue(baseUri, catalogueGraph()).write(dsg, id, Instant.now(), dumps);
            if (remote != null) {
                int slot = freeSlot();
                progress.accept("Magasin distant : chargement dans " + remote.queryUrl(slot) + "…");
                layout.forgetSlot(slot); // the releases that were there are overwritten: no rollback to them
                remote.upload(dsg, slot, layout.release(id).resolve("envoi"), progress);
                layout.writeSlot(id, slot);
            }
        } finally {
            // Let go of the database before the pointer names it: the serving process (maybe another JVM) opens it.
            release(dsg);
        }
        layout.markComplete(id, Instant.now().toString());
    }

    /**
     * Re-reads the pointer: when a publish or a rollback (maybe by another process) switched it, the release it
     * names becomes current. The replaced release is returned still open, for the caller to close once the readers
     * that started on it are done ({@link #release(Dataset)}).
     */
    public Optional<Release> refresh() {
        return refresh(release -> { });
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

    /** Closes a release's database and lets go of it (its files may then be opened by another process). */
    public static void release(Dataset dataset) {
        release(dataset.asDatasetGraph());
    }

    /** Closes what a release holds open (its embedded database; nothing in remote store mode). */
    public static void release(Release release) {
        if (!release.isRemote()) {
            release(release.dataset());
        }
    }

    private static void release(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
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

    /**
     * What the URI registry says of {@code uri} (its tombstone: {@code prov:invalidatedAtTime}, {@code rdfs:label},
     * {@code prov:wasDerivedFrom}, {@code mnl:lieu}, or {@code dcterms:isReplacedBy}), for a URI that the served
     * release neither publishes nor tombstones: one minted by a release that a rollback left (docs/uri-policy.md).
     * Empty when no release ever published it.
     */
    public Optional<org.apache.jena.graph.Graph> tombstone(String uri) {
        org.apache.jena.graph.Graph all = registry();
        Node s = NodeFactory.createURI(uri);
        if (!all.contains(s, Node.ANY, Node.ANY)) {
            return Optional.empty();
        }
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        all.find(s, Node.ANY, Node.ANY).forEachRemaining(g::add);
        return Optional.of(g);
    }

    private record Registry(long modified, org.apache.jena.graph.Graph tombstones) {
    }

    private volatile Registry registry;

    /** The registry's tombstones, read again when the file changed (a publish or a rollback by another process). */
    private org.apache.jena.graph.Graph registry() {
        Path file = UriRegistry.tombstonesFile(layout.root());
        long modified;
        try {
            modified = java.nio.file.Files.exists(file) ? java.nio.file.Files.getLastModifiedTime(file).toMillis() : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Registry r = registry;
        if (r == null || r.modified() != modified) {
            r = new Registry(modified, UriRegistry.tombstones(layout.root()));
            registry = r;
        }
        return r.tombstones();
    }

    /** The ids of the releases built whole, oldest first. */
    public List<String> completeReleases() {
        return layout.completeReleases();
    }

    private Release connect(String id) {
        if (remote != null) {
            return new Release(id, null, remote, layout.slot(id).orElseThrow(() -> new IllegalStateException(
                    "la version " + id + " n'a pas été chargée dans le magasin distant")));
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(layout.database(id)));
        return new Release(id, datasetOf(dsg), null, -1);
    }

    /** The remote dataset the current release is not in. */
    private int freeSlot() {
        return layout.pointer().flatMap(layout::slot).map(slot -> 1 - slot).orElse(0);
    }

    private static Dataset datasetOf(DatasetGraph dsg) {
        Dataset ds = org.apache.jena.query.DatasetFactory.wrap(dsg);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    private static MonitorOutput quietMonitor() {
        return (fmt, args) -> {
        };
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            release(current);
            current = null;
        }
    }
}
