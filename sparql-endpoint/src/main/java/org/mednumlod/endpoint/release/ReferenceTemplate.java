package org.mednumlod.endpoint.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.mednumlod.endpoint.publication.Dumps;
import org.mednumlod.ontology.Reference;
import org.mednumlod.ontology.TerritoryUris;

/**
 * The reference graphs of a release (vocabulary and code lists, COG territories: some 555,000 triples, the same in
 * every release) loaded once into a TDB2 database kept beside the releases, {@code referentiel/{empreinte}/tdb2}.
 * Each publish copies its files as the start of the new release's database (a second) instead of loading them again
 * (ten seconds and more), then loads the sources on top. The fingerprint is the SHA-256 of the reference quads as
 * generated: a new COG, vocabulary, code list or base URI gives a new fingerprint, hence a new template.
 * <p>The folder may be shared by several data folders on one machine (system property {@value #SHARED}: tests,
 * staging beside production), also by processes publishing at the same time: a template is built in a scratch
 * folder and renamed into place when complete (a publish killed while building it leaves nothing a later one would
 * take for a template; of two built at once, the first renamed wins), and a template is removed only when no publish
 * has used it for {@link #UNUSED} (a newer reference replaced it, or another base URI stopped using it).
 */
final class ReferenceTemplate {
    static final String DIR = "referentiel";
    /** System property naming a template folder shared by several data folders (default: in the data folder). */
    static final String SHARED = "mednum.referentiel";

    static final Duration UNUSED = Duration.ofDays(1);
    private static final String DATABASE = "tdb2";
    private static final String QUADS = "quads";
    private static final String DUMPS = "telechargements";
    /**
     * The fingerprints computed in this process, by base URI and graph names: the reference is read from the
     * classpath (vocabulary, code lists, COG files of the {@code ontology} module), which does not change while the
     * process runs.
     */
    private static final Map<List<String>, String> FINGERPRINTS = new java.util.concurrent.ConcurrentHashMap<>();
    /** The layout of a template: part of its fingerprint, so that a new layout never reads an old template. */
    private static final String LAYOUT = "tdb2 + quads + telechargements (Dumps.writeReference), 2";

    private static final String SCRATCH = ".construction-";

    private final Path dir;
    private final TerritoryUris territoryUris;
    private final Node vocabularyGraph;
    private final Node territoryGraph;

    /**
     * @param dir             where templates are kept ({@link #folder})
     * @param territoryUris   how territories are named
     * @param vocabularyGraph the graph of the vocabulary and code lists
     * @param territoryGraph  the graph of the territories
     */
    ReferenceTemplate(Path dir, TerritoryUris territoryUris, Node vocabularyGraph, Node territoryGraph) {
        this.dir = dir;
        this.territoryUris = territoryUris;
        this.vocabularyGraph = vocabularyGraph;
        this.territoryGraph = territoryGraph;
    }

    /** The template folder of a data folder: {@code referentiel/} in it, unless {@value #SHARED} names another. */
    static Path folder(Path root) {
        String shared = System.getProperty(SHARED);
        return shared == null || shared.isBlank() ? root.resolve(DIR) : Path.of(shared);
    }

    /** Streams the reference quads: the vocabulary and code lists, then the territories. */
    void write(StreamRDF sink, Consumer<String> progress) {
        progress.accept("Vocabulaire et listes de codes…");
        Reference.writeVocabulary(StreamRDFLib.extendTriplesToQuads(vocabularyGraph, sink));
        progress.accept("Référentiel des territoires (COG 2026)…");
        Reference.writeTerritories(territoryUris, StreamRDFLib.extendTriplesToQuads(territoryGraph, sink));
    }

    /**
     * What a database filled from the template holds: {@code quads} reference quads, whose dumps
     * ({@link Dumps#writeReference}) are in {@code dumps}.
     */
    record Copy(long quads, Path dumps, String fingerprint) {}

    /**
     * Fills {@code database} (a folder that does not exist yet) with the reference graphs, building the template
     * first when the reference changed or none was kept.
     */
    Copy copyInto(Path database, Consumer<String> progress) {
        try {
            Path template = dir.resolve(FINGERPRINTS.computeIfAbsent(
                    List.of(territoryUris.base(), vocabularyGraph.getURI(), territoryGraph.getURI()),
                    k -> fingerprint()));
            if (!Files.exists(template.resolve(QUADS))) {
                build(template, progress);
            } else {
                progress.accept("Référentiel (vocabulaire, listes de codes, territoires) repris de " + template);
            }
            Files.setLastModifiedTime(template.resolve(QUADS), FileTime.from(Instant.now()));
            copy(template.resolve(DATABASE), database);
            removeUnused(template);
            return new Copy(
                    Long.parseLong(Files.readString(template.resolve(QUADS), StandardCharsets.UTF_8)
                            .strip()),
                    template.resolve(DUMPS),
                    template.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SHA-256 of the reference quads in N-Quads, in the order they are generated, blank nodes numbered in order
     * of first appearance (a parser labels them afresh each time): first 16 hex digits.
     */
    private String fingerprint() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(LAYOUT.getBytes(StandardCharsets.UTF_8));
        Map<Node, Integer> blanks = new HashMap<>();
        StringBuilder line = new StringBuilder();
        write(
                new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        line.setLength(0);
                        for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                            line.append(
                                            n.isBlank()
                                                    ? "_:b" + blanks.computeIfAbsent(n, b -> blanks.size())
                                                    : NodeFmtLib.strNT(n))
                                    .append(' ');
                        }
                        sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    }

                    @Override
                    public void triple(Triple t) {
                        quad(Quad.create(Quad.defaultGraphIRI, t));
                    }
                },
                step -> {});
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private void build(Path template, Consumer<String> progress) throws IOException {
        Files.createDirectories(dir);
        Path scratch = Files.createTempDirectory(dir, SCRATCH);
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(scratch.resolve(DATABASE)));
            long quads;
            try {
                DataLoader loader = LoaderFactory.basicLoader(dsg, (format, args) -> {});
                loader.startBulk();
                try {
                    write(loader.stream(), progress);
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
                quads = loader.countTriples() + loader.countQuads();
                Dumps.writeReference(dsg, scratch.resolve(DUMPS), territoryUris.base());
            } finally {
                TDBInternal.expel(dsg);
            }
            Files.writeString(scratch.resolve(QUADS), Long.toString(quads), StandardCharsets.UTF_8);
            Files.move(scratch, template, StandardCopyOption.ATOMIC_MOVE);
            progress.accept(String.format(
                    Locale.FRANCE,
                    "Référentiel : %,d triplets chargés une fois dans %s, repris "
                            + "par les publications suivantes tant qu'il ne change pas",
                    quads,
                    template));
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Another process built the same template meanwhile: it is used, this one is dropped.
            ReleaseDirectory.deleteTree(scratch);
        } catch (IOException | RuntimeException e) {
            ReleaseDirectory.deleteTree(scratch);
            throw e;
        }
    }

    /** Templates (and scratch folders of killed publishes) no publish has used for {@link #UNUSED}, but {@code kept}. */
    private void removeUnused(Path kept) throws IOException {
        Instant before = Instant.now().minus(UNUSED);
        try (Stream<Path> all = Files.list(dir)) {
            for (Path other : all.toList()) {
                Path used = Files.exists(other.resolve(QUADS)) ? other.resolve(QUADS) : other;
                if (!other.equals(kept)
                        && Files.getLastModifiedTime(used).toInstant().isBefore(before)) {
                    ReleaseDirectory.deleteTree(other);
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
