package org.mednumlod.endpoint.publication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.endpoint.SparqlFiles;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.PROV;

/**
 * The per-place files of {@link Dumps}: all the places as national-schema CSV, and the places of each région and
 * each département as N-Quads (with the source records each place merges, in their source graphs) and as CSV.
 */
final class PlaceDumps {
    private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();

    private final DatasetGraph dsg;
    private final Path dir;

    PlaceDumps(DatasetGraph dsg, Path dir) {
        this.dsg = dsg;
        this.dir = dir;
    }

    List<Dumps.File> write(Dataset ds, Consumer<String> progress) {
        List<Dumps.File> files = new ArrayList<>();
        DumpFile wholeCsv = new DumpFile(dir, Dumps.WHOLE + ".csv", null, null, null, null);
        Map<Node, DumpFile> byTerritory = new LinkedHashMap<>();
        Map<Node, DumpFile> csvByTerritory = new LinkedHashMap<>();
        for (QuerySolution t : SparqlFiles.select(ds, SparqlFiles.beside(Dumps.class, "dumps-territories"), Map.of())) {
            Node territory = t.getResource("territory").asNode();
            String kind = t.getLiteral("kind").getString();
            String code = t.getLiteral("code").getString();
            String label = t.getLiteral("label").getString();
            byTerritory.put(territory, new DumpFile(dir, kind + "-" + code + ".nq.gz", territory, kind, code, label));
            csvByTerritory.put(territory, new DumpFile(dir, kind + "-" + code + ".csv", territory, kind, code, label));
        }
        long placesOutside = 0;
        for (QuerySolution row : SparqlFiles.select(ds, SparqlFiles.beside(Dumps.class, "dumps-places"), Map.of())) {
            Node place = row.getResource("place").asNode();
            List<Quad> quads = describe(row.getResource("g").asNode(), place);
            List<Quad> records = new ArrayList<>(); // the source records it merges, in their source graphs
            for (Quad q : quads) {
                if (q.getSubject().equals(place)
                        && q.getPredicate().equals(DERIVED_FROM)
                        && q.getObject().isURI()) {
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
                DumpFile out = territory == null ? null : byTerritory.get(territory);
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
        progress.accept(String.format(
                Locale.FRANCE,
                "Téléchargements : %d fichiers, %d lieux dont %d sans "
                        + "commune reconnue (seulement dans le fichier national)",
                files.size() + 1,
                wholeCsv.places,
                placesOutside));
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
}
