package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.ontology.MNL;

/**
 * The steps of the CSV round trip shared by the export tests: convert a source into an in-memory dataset, export
 * its places (in source-row order) with {@link SchemaCsvWriter}, re-read an export as a 1.0.1 file.
 */
public final class SchemaCsvRoundTrip {

    /** A conversion's summary, its output and its places in source-row order. */
    public record Converted(Summary summary, DatasetGraph data, Graph union, List<Node> places) {}

    private SchemaCsvRoundTrip() {}

    static Converted convert(Source source) throws IOException {
        return convert(source, o -> {});
    }

    /** {@link #convert(Source)}, telling {@code each} what happened to every record. */
    public static Converted convert(Source source, java.util.function.Consumer<Outcome> each) throws IOException {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Summary s = Conversion.of(source)
                .baseUri("http://example.org")
                .mode(Mode.PUBLICATION)
                .clock(GoldenTest.FIXED)
                .validation(GoldenTest.VALIDATION)
                .run(StreamRDFLib.dataset(data), each);
        Graph union = data.getUnionGraph();
        List<Node> places = new ArrayList<>(union.find(Node.ANY, RDF.type.asNode(), MNL.FicheLieu.asNode())
                .mapWith(t -> t.getSubject())
                .toList());
        places.sort(Comparator.comparingLong((Node p) -> row(union, p)).thenComparing(Node::getURI));
        assertEquals(s.converted(), places.size(), "one place per converted record");
        return new Converted(s, data, union, places);
    }

    static long row(Graph g, Node place) {
        var it = g.find(place, MNL.ligneSource.asNode(), Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : Long.MAX_VALUE;
    }

    /** The places of a conversion as national-schema 1.0.1 CSV. */
    public static String export(Converted c) throws IOException {
        StringWriter out = new StringWriter();
        try (SchemaCsvWriter csv = SchemaCsvWriter.open(out)) {
            for (Node place : c.places()) {
                csv.write(c.union(), place);
            }
            assertEquals(c.places().size(), csv.rows(), "rows written");
        }
        return out.toString();
    }

    /** Writes an export to a file and converts it again, read as a national-schema 1.0.1 file. */
    static Converted reconvert(String name, String csv, Path dir) throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return convert(Source.builder(name, file).version("1.0.1").build());
    }

    /** Each place's schema-field triples (property → values), keyed by its schema id. */
    static Map<String, Map<String, TreeSet<String>>> fieldValues(Converted c) {
        Map<String, Map<String, TreeSet<String>>> out = new TreeMap<>();
        for (Node place : c.places()) {
            Map<String, TreeSet<String>> fields = new TreeMap<>();
            for (Fields.Field f : Fields.get().all()) {
                TreeSet<String> values = new TreeSet<>();
                c.union()
                        .find(place, f.property().asNode(), Node.ANY)
                        .forEachRemaining(t -> values.add(t.getObject().toString()));
                if (!values.isEmpty()) {
                    fields.put(f.name(), values);
                }
            }
            TreeSet<String> id = fields.get("id");
            out.put(id == null ? place.getURI() : id.first(), fields);
        }
        return out;
    }
}
