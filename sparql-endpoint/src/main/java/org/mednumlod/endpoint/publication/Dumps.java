package org.mednumlod.endpoint.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.mednumlod.ontology.Identifiers;

/**
 * The downloadable files of a release, written once it is loaded: the whole dataset as N-Quads (gzip) and all its
 * places as national-schema 1.0.1 CSV (the round trip, for hubs to republish; one row per place, merged across
 * sources, its {@code id} the place key), and the places of each région and each département in both formats (the
 * N-Quads with the source records each place merges, in their source graphs); each file with its size and SHA-256 (also in
 * {@code SHA256SUMS}, the format of {@code sha256sum -c}). The catalogue graph is not in the dumps: it describes
 * them (sizes, checksums) and is served at {@code /catalogue}.
 */
public final class Dumps {
    public static final String WHOLE = "mednum-lod";

    /**
     * One file: its name, format ({@code nq.gz} or {@code csv}), the territory it covers (null: the whole country),
     * or the one named graph it holds ({@code graph}, null otherwise).
     */
    public record File(
            String name,
            String format,
            Node territory,
            String territoryKind,
            String territoryCode,
            String territoryLabel,
            long places,
            long bytes,
            String sha256,
            Node graph) {}

    /**
     * The file of one named graph of the release ({@link Identifiers}): {@code graphe-lieux.nq.gz},
     * {@code graphe-source-angers.nq.gz}…; null for a graph of another name.
     */
    static String graphFile(String base, Node graph) {
        String slug = graphSlug(new Identifiers(base), graph);
        return slug == null ? null : "graphe-" + slug + ".nq.gz";
    }

    /** {@code lieux}, {@code source-angers}…: the graph's segment, or {@code source-} and its source's name. */
    static String graphSlug(Identifiers ids, Node graph) {
        if (!graph.isURI()) {
            return null;
        }
        return ids.sourceOfGraph(graph.getURI())
                .map(name -> "source-" + name)
                .orElseGet(() -> java.util.Arrays.stream(Identifiers.Graph.values())
                        .filter(g -> ids.graph(g).equals(graph))
                        .findFirst()
                        .map(Identifiers.Graph::segment)
                        .orElse(null));
    }

    /** In a folder of reference dumps ({@link #writeReference}): all the reference quads, one gzip member. */
    public static final String REFERENCE = "referentiel.nq.gz";

    private final DatasetGraph dsg;
    private final Node catalogueGraph;
    private final Path dir;
    private final String base;
    private Path reference;
    private Set<Node> referenceGraphs = Set.of();

    Dumps(DatasetGraph dsg, Node catalogueGraph, Path dir) {
        this(dsg, catalogueGraph, dir, null);
    }

    /** With {@code base}: also one N-Quads file per named graph ({@link #graphFile}), written in the same pass. */
    public Dumps(DatasetGraph dsg, Node catalogueGraph, Path dir, String base) {
        this.dsg = dsg;
        this.catalogueGraph = catalogueGraph;
        this.dir = dir;
        this.base = base;
    }

    /**
     * Writes the dumps of a database holding only the reference graphs (vocabulary, code lists, territories) into
     * {@code folder}: {@link #REFERENCE} and each graph's own file ({@link #graphFile}), for {@link #reference} to
     * reuse in every release that starts from that database.
     */
    public static void writeReference(DatasetGraph dsg, Path folder, String base) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dumps d = new Dumps(dsg, null, folder, base);
        Txn.executeRead(dsg, () -> d.writeGraphs(new DumpFile(folder, REFERENCE, null, null, null, null)));
    }

    /**
     * The release's database started as a copy of the database whose reference dumps are in {@code folder}, and
     * its graphs {@code graphs} are unchanged since: the whole-dataset file starts with {@link #REFERENCE} as it is
     * (a gzip file may hold several members, read as one stream by every gzip reader) and their own files are copied,
     * instead of reading and compressing those quads again.
     */
    public Dumps reference(Path folder, Set<Node> graphs) {
        this.reference = folder;
        this.referenceGraphs = Set.copyOf(graphs);
        return this;
    }

    /**
     * Writes every file. The whole-dataset N-Quads (every quad, the longest job) is written on a second thread
     * while this one writes the per-place files; each thread reads in its own transaction.
     */
    public List<File> write(Consumer<String> progress) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dataset ds = DatasetFactory.wrap(dsg);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        ExecutorService second = Executors.newSingleThreadExecutor(r -> new Thread(r, "dump-nquads"));
        try {
            Future<List<File>> whole = second.submit(() -> {
                List<File> f = Txn.calculateRead(ds, this::writeWhole);
                progress.accept(String.format(
                        Locale.FRANCE,
                        "Téléchargements : %s écrit (%d octets), et %d fichiers " + "d'un graphe nommé chacun",
                        f.get(0).name(),
                        f.get(0).bytes(),
                        f.size() - 1));
                return f;
            });
            List<File> files = new ArrayList<>();
            List<File> byPlace = Txn.calculateRead(ds, () -> new PlaceDumps(dsg, dir).write(ds, progress));
            files.addAll(whole.get());
            files.addAll(byPlace);
            writeChecksums(files);
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            second.shutdownNow();
        }
    }

    /** The whole dataset, then (when a base is given) each named graph's file, in the order of the graphs. */
    private List<File> writeWhole() {
        DumpFile whole = new DumpFile(
                dir,
                WHOLE + ".nq.gz",
                null,
                null,
                null,
                null,
                null,
                reference == null ? null : reference.resolve(REFERENCE));
        List<File> files = writeGraphs(whole);
        for (Node g : referenceGraphs) {
            String name = base == null ? null : graphFile(base, g);
            if (name != null) {
                files.add(DumpFile.copy(reference.resolve(name), dir, name, g));
            }
        }
        return files;
    }

    /**
     * Every quad but the catalogue's and the reference graphs' into {@code whole}, and each graph's own into its file
     * ({@link #graphFile}); the whole file first, then the graphs' in the order of the graphs.
     */
    private List<File> writeGraphs(DumpFile whole) {
        Map<Node, DumpFile> byGraph = new LinkedHashMap<>();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.add(Quad.defaultGraphIRI);
        for (Node g : graphs) {
            if (g.equals(catalogueGraph) || referenceGraphs.contains(g)) {
                continue;
            }
            for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                whole.rdf.quad(q);
                if (base != null && graphFile(base, q.getGraph()) != null) {
                    byGraph.computeIfAbsent(
                                    q.getGraph(), n -> new DumpFile(dir, graphFile(base, n), null, null, null, null, n))
                            .rdf
                            .quad(q);
                }
            }
        }
        List<File> files = new ArrayList<>();
        files.add(whole.close());
        byGraph.values().forEach(out -> files.add(out.close()));
        return files;
    }

    private void writeChecksums(List<File> files) {
        StringBuilder sums = new StringBuilder();
        for (File f : files) {
            sums.append(f.sha256()).append("  ").append(f.name()).append('\n');
        }
        try {
            Files.writeString(dir.resolve("SHA256SUMS"), sums, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
