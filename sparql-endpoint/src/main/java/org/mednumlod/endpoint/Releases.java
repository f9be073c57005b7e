package org.mednumlod.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.mednumlod.converters.Conversion;
import org.mednumlod.ontology.Reference;
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
 * Layout: {@code dir/releases/{id}/tdb2}, {@code dir/releases/{id}/COMPLETE} (written last), {@code dir/current}.
 */
public final class Releases implements AutoCloseable {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** A release that can be read: its id (feeds ETags) and its dataset (union default graph). */
    public record Release(String id, Dataset dataset) {
    }

    private final Path dir;
    private final String baseUri;
    private volatile Release current;

    private Releases(Path dir, String baseUri) {
        this.dir = dir;
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
    }

    /**
     * Opens the release directory (created if missing). The current release's database is opened on first use of
     * {@link #current()}, so that a process that only publishes never opens the database another process serves
     * (a TDB2 database belongs to one JVM).
     */
    public static Releases open(Path dir, String baseUri) {
        return new Releases(dir, baseUri);
    }

    public synchronized Optional<Release> current() {
        if (current == null) {
            current = readPointer().map(this::connect).orElse(null);
        }
        return Optional.ofNullable(current);
    }

    /** The id of the current release, read from the pointer, without opening its database. */
    public Optional<String> currentId() {
        return readPointer();
    }

    /** The graph holding the vocabulary and the SKOS code lists. */
    public Node vocabularyGraph() {
        return NodeFactory.createURI(baseUri + "/graph/vocabulaire");
    }

    /** The graph holding the catalogue of the release (DCAT-AP, VoID). */
    public Node catalogueGraph() {
        return NodeFactory.createURI(baseUri + "/graph/catalogue");
    }

    /** The graph holding the territory reference. */
    public Node territoryGraph() {
        return NodeFactory.createURI(baseUri + "/graph/territoires");
    }

    /** Builds a new release from the reference data only (no source), then makes it current. */
    public Release publish(Consumer<String> progress) {
        return publish(List.of(), o -> { }, progress);
    }

    /**
     * Builds a new release — the reference data (vocabulary, code lists, territories) and every source converted
     * and validated (one named graph per source) — in a new TDB2 database beside the served one, then makes it
     * current. A release that fails half-way is never switched in.
     *
     * @param sources  the configured sources
     * @param outcomes receives what happened to every record (converted or quarantined, with its findings)
     * @param progress receives one French line per step
     */
    public Release publish(List<Conversion.Source> sources, Consumer<Conversion.Outcome> outcomes,
                           Consumer<String> progress) {
        String id = ID.format(Instant.now());
        Path releaseDir = dir.resolve("releases").resolve(id);
        Path tdb = releaseDir.resolve("tdb2");
        progress.accept("Nouvelle version " + id + " : construction dans " + releaseDir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tdb));
        DataLoader loader = LoaderFactory.basicLoader(dsg, quietMonitor());
        loader.startBulk();
        try {
            StreamRDF sink = loader.stream();
            progress.accept("Vocabulaire et listes de codes…");
            Reference.writeVocabulary(StreamRDFLib.extendTriplesToQuads(vocabularyGraph(), sink));
            progress.accept("Référentiel des territoires (COG 2026)…");
            Reference.writeTerritories(new TerritoryUris(baseUri), StreamRDFLib.extendTriplesToQuads(territoryGraph(), sink));
            for (Conversion.Source source : sources) {
                Conversion.Summary s = Conversion.of(source).baseUri(baseUri).run(sink, outcomes);
                progress.accept(String.format(Locale.FRANCE, "Source « %s » : %d fiches lues, %d publiées, %d en quarantaine",
                        source.name(), s.read(), s.converted(), s.quarantined()));
            }
            loader.finishBulk();
        } catch (IOException | RuntimeException e) {
            loader.finishException(e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        progress.accept(String.format(Locale.FRANCE, "%,d triplets chargés", loader.countTriples() + loader.countQuads()));
        progress.accept("Catalogue (DCAT-AP, VoID)…");
        new Catalogue(baseUri, catalogueGraph()).write(dsg, id, Instant.now());
        write(releaseDir.resolve("COMPLETE"), Instant.now().toString());
        Optional<String> previous = readPointer();
        switchPointer(id);
        Release old;
        Release published = new Release(id, datasetOf(dsg));
        synchronized (this) {
            old = current;
            current = published;
        }
        if (old != null) {
            old.dataset().close();
        }
        progress.accept("Version " + id + " publiée" + previous.map(p -> " (précédente : " + p + ")").orElse(""));
        return published;
    }

    /**
     * Makes the complete release published just before the current one current again (the current one stays on
     * disk). Takes effect for a process that opens the releases afterwards.
     *
     * @return the id now current
     */
    public String rollback() {
        String now = readPointer().orElseThrow(() -> new IllegalStateException("aucune version publiée"));
        List<String> complete = completeReleases();
        int i = complete.indexOf(now);
        if (i <= 0) {
            throw new IllegalStateException("pas de version antérieure à " + now);
        }
        String previous = complete.get(i - 1);
        switchPointer(previous);
        return previous;
    }

    /** The ids of the releases built whole, oldest first. */
    public List<String> completeReleases() {
        Path releases = dir.resolve("releases");
        if (!Files.isDirectory(releases)) {
            return List.of();
        }
        try (var list = Files.list(releases)) {
            return list.filter(p -> Files.exists(p.resolve("COMPLETE"))).map(p -> p.getFileName().toString()).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> readPointer() {
        Path pointer = dir.resolve("current");
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        try {
            String id = Files.readString(pointer, StandardCharsets.UTF_8).trim();
            if (!Files.exists(dir.resolve("releases").resolve(id).resolve("COMPLETE"))) {
                throw new IllegalStateException("la version courante " + id + " est incomplète");
            }
            return Optional.of(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Release connect(String id) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("releases").resolve(id).resolve("tdb2")));
        return new Release(id, datasetOf(dsg));
    }

    private static Dataset datasetOf(DatasetGraph dsg) {
        Dataset ds = org.apache.jena.query.DatasetFactory.wrap(dsg);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    /** Writes the new id to a temporary file and renames it over the pointer: readers see old or new, never half. */
    private void switchPointer(String id) {
        Path tmp = dir.resolve("current.tmp");
        write(tmp, id);
        try {
            Files.move(tmp, dir.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MonitorOutput quietMonitor() {
        return (fmt, args) -> {
        };
    }

    @Override
    public void close() {
        Release r = current;
        if (r != null) {
            r.dataset().close();
        }
    }
}
