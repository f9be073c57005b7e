package org.mednumlod.endpoint;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mednumlod.converters.SchemaCsvWriter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;

/**
 * The downloadable files of a release, written once it is loaded: the whole dataset as N-Quads (gzip) and all its
 * places as national-schema 1.0.1 CSV (the round trip, for hubs to republish; one row per place, merged across
 * sources, its {@code id} the place key), and the places of each région and each département in both formats (the
 * N-Quads with the source records each place merges, in their source graphs); each file with its size and SHA-256 (also in
 * {@code SHA256SUMS}, the format of {@code sha256sum -c}). The catalogue graph is not in the dumps: it describes
 * them (sizes, checksums) and is served at {@code /catalogue}.
 */
final class Dumps {
    static final String WHOLE = "mednum-lod";
    private static final Node DERIVED_FROM = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /**
     * One file: its name, format ({@code nq.gz} or {@code csv}), the territory it covers (null: the whole country),
     * or the one named graph it holds ({@code graph}, null otherwise).
     */
    record File(String name, String format, Node territory, String territoryKind, String territoryCode,
                String territoryLabel, long places, long bytes, String sha256, Node graph) {
    }

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
        return ids.sourceOfGraph(graph.getURI()).map(name -> "source-" + name).orElseGet(() ->
                java.util.Arrays.stream(Identifiers.Graph.values()).filter(g -> ids.graph(g).equals(graph)).findFirst()
                        .map(Identifiers.Graph::segment).orElse(null));
    }

    /** In a folder of reference dumps ({@link #writeReference}): all the reference quads, one gzip member. */
    static final String REFERENCE = "referentiel.nq.gz";

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
    Dumps(DatasetGraph dsg, Node catalogueGraph, Path dir, String base) {
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
    static void writeReference(DatasetGraph dsg, Path folder, String base) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dumps d = new Dumps(dsg, null, folder, base);
        Txn.executeRead(dsg, () -> d.writeGraphs(d.new Out(REFERENCE, null, null, null, null)));
    }

    /**
     * The release's database started as a copy of the database whose reference dumps are in {@code folder}, and
     * its graphs {@code graphs} are unchanged since: the whole-dataset file starts with {@link #REFERENCE} as it is
     * (a gzip file may hold several members, read as one stream by every gzip reader) and their own files are copied,
     * instead of reading and compressing those quads again.
     */
    Dumps reference(Path folder, Set<Node> graphs) {
        this.reference = folder;
        this.referenceGraphs = Set.copyOf(graphs);
        return this;
    }

    /**
     * Writes every file. The whole-dataset N-Quads (every quad, the longest job) is written on a second thread
     * while this one writes the per-place files; each thread reads in its own transaction.
     */
    List<File> write(Consumer<String> progress) {
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
                progress.accept(String.format(Locale.FRANCE, "Téléchargements : %s écrit (%d octets), et %d fichiers "
                        + "d'un graphe nommé chacun", f.get(0).name(), f.get(0).bytes(), f.size() - 1));
                return f;
            });
            List<File> files = new ArrayList<>();
            List<File> byPlace = Txn.calculateRead(ds, () -> writeByPlace(ds, progress));
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
        Out whole = new Out(WHOLE + ".nq.gz", null, null, null, null, null,
                reference == null ? null : reference.resolve(REFERENCE));
        List<File> files = writeGraphs(whole);
        for (Node g : referenceGraphs) {
            String name = base == null ? null : graphFile(base, g);
            if (name != null) {
                files.add(copied(reference.resolve(name), name, g));
            }
        }
        return files;
    }

    /**
     * Every quad but the catalogue's and the reference graphs' into {@code whole}, and each graph's own into its file
     * ({@link #graphFile}); the whole file first, then the graphs' in the order of the graphs.
     */
    private List<File> writeGraphs(Out whole) {
        Map<Node, Out> byGraph = new LinkedHashMap<>();
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
                    byGraph.computeIfAbsent(q.getGraph(), n -> new Out(graphFile(base, n), null, null, null, null, n))
                            .rdf.quad(q);
                }
            }
        }
        List<File> files = new ArrayList<>();
        files.add(whole.close());
        byGraph.values().forEach(out -> files.add(out.close()));
        return files;
    }

    /** A file of the reference dumps copied as it is, with its size and SHA-256. */
    private File copied(Path from, String name, Node graph) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(dir.resolve(name)), digest)) {
                Files.copy(from, out);
            }
            return new File(name, "nq.gz", null, null, null, null, 0, Files.size(dir.resolve(name)),
                    HexFormat.of().formatHex(digest.digest()), graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<File> writeByPlace(Dataset ds, Consumer<String> progress) {
        List<File> files = new ArrayList<>();
        Out wholeCsv = new Out(WHOLE + ".csv", null, null, null, null);
        Map<Node, Out> byTerritory = new LinkedHashMap<>();
        Map<Node, Out> csvByTerritory = new LinkedHashMap<>();
        for (QuerySolution t : ReleaseQueries.select(ds, "dumps-territories")) {
            Node territory = t.getResource("territory").asNode();
            String kind = t.getLiteral("kind").getString();
            String code = t.getLiteral("code").getString();
            String label = t.getLiteral("label").getString();
            byTerritory.put(territory, new Out(kind + "-" + code + ".nq.gz", territory, kind, code, label));
            csvByTerritory.put(territory, new Out(kind + "-" + code + ".csv", territory, kind, code, label));
        }
        long placesOutside = 0;
        for (QuerySolution row : ReleaseQueries.select(ds, "dumps-places")) {
            Node place = row.getResource("place").asNode();
            List<Quad> quads = describe(row.getResource("g").asNode(), place);
            List<Quad> records = new ArrayList<>(); // the source records it merges, in their source graphs
            for (Quad q : quads) {
                if (q.getSubject().equals(place) && q.getPredicate().equals(DERIVED_FROM) && q.getObject().isURI()) {
                    dsg.find(Node.ANY, q.getObject(), RDF.type.asNode(), MNL.FicheLieu.asNode())
                            .forEachRemaining(r -> records.addAll(describe(r.getGraph(), r.getSubject())));
                }
            }
            Graph description = GraphFactory.createDefaultGraph();
            quads.forEach(q -> description.add(q.asTriple()));
            wholeCsv.row(description, place);
            boolean placed = false;
            for (String var : List.of("departement", "region")) {
                Node territory = row.contains(var) ? row.getResource(var).asNode() : null;
                Out out = territory == null ? null : byTerritory.get(territory);
                if (out != null) {
                    quads.forEach(out.rdf::quad);
                    records.forEach(out.rdf::quad);
                    out.places++;
                    csvByTerritory.get(territory).row(description, place);
                    placed = true;
                }
            }
            placesOutside += placed ? 0 : 1;
        }
        files.add(wholeCsv.close());
        for (Node territory : byTerritory.keySet()) {
            files.add(byTerritory.get(territory).close());
            files.add(csvByTerritory.get(territory).close());
        }
        progress.accept(String.format(Locale.FRANCE, "Téléchargements : %d fichiers, %d lieux dont %d sans "
                + "commune reconnue (seulement dans le fichier national)", files.size() + 1, wholeCsv.places, placesOutside));
        return files;
    }

    /** The place's triples in its graph, with those of its own fragment resources ({@code #coordonnees}, …). */
    private List<Quad> describe(Node graph, Node place) {
        List<Quad> quads = new ArrayList<>();
        String prefix = place.getURI() + "#";
        dsg.find(graph, place, Node.ANY, Node.ANY).forEachRemaining(q -> {
            quads.add(q);
            Node o = q.getObject();
            if (o.isURI() && o.getURI().startsWith(prefix)) {
                dsg.find(graph, o, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            }
        });
        return quads;
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

    /**
     * A file being written through a SHA-256 digest of the bytes on disk: N-Quads through gzip (fast level), or
     * national-schema CSV (UTF-8).
     */
    private final class Out {
        final String name;
        final Node territory;
        final String kind;
        final String code;
        final String label;
        final MessageDigest digest;
        final OutputStream stream;
        final StreamRDF rdf;
        final SchemaCsvWriter csv;
        final Node graph;
        long places;

        Out(String name, Node territory, String kind, String code, String label) {
            this(name, territory, kind, code, label, null);
        }

        Out(String name, Node territory, String kind, String code, String label, Node graph) {
            this(name, territory, kind, code, label, graph, null);
        }

        /** With {@code start}: a gzip file whose bytes the file starts with, as they are (a first gzip member). */
        Out(String name, Node territory, String kind, String code, String label, Node graph, Path start) {
            this.graph = graph;
            this.name = name;
            this.territory = territory;
            this.kind = kind;
            this.code = code;
            this.label = label;
            try {
                digest = MessageDigest.getInstance("SHA-256");
                OutputStream file = new DigestOutputStream(new BufferedOutputStream(
                        Files.newOutputStream(dir.resolve(name)), 1 << 16), digest);
                if (start != null) {
                    Files.copy(start, file);
                }
                if (name.endsWith(".csv")) {
                    stream = file;
                    rdf = null;
                    csv = SchemaCsvWriter.open(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                } else {
                    stream = new GZIPOutputStream(file, 1 << 16) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    };
                    rdf = StreamRDFWriter.getWriterStream(stream, Lang.NQUADS);
                    rdf.start();
                    csv = null;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void row(Graph description, Node place) {
            try {
                csv.write(description, place);
                places++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        File close() {
            try {
                if (csv != null) {
                    csv.close(); // closes the stream too
                } else {
                    rdf.finish();
                    stream.close();
                }
                return new File(name, csv != null ? "csv" : "nq.gz", territory, kind, code, label, places, Files.size(dir.resolve(name)),
                        HexFormat.of().formatHex(digest.digest()), graph);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
