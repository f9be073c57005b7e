package org.mednumlod.endpoint.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.mednumlod.converters.Summary;
import org.mednumlod.endpoint.SparqlFiles;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;

/**
 * The figures of each source in its own graph, on its {@code mnl:Source} node, once the release is loaded: records
 * read, published and quarantined (from the conversion), places they describe, records conforming to the national
 * schema, findings by severity ({@code source-facts.rq}), {@code dcterms:issued} (when the platform read them) and
 * {@code dcterms:modified} (the latest {@code date_maj} its records declare). The source's page and RDF document
 * ({@code /id/source/{nom}}) read them.
 */
public final class SourceFacts {
    private SourceFacts() {}

    public static void write(DatasetGraph dsg, String base, Node placesGraph, List<Summary> summaries) {
        Dataset ds = DatasetFactory.wrap(dsg);
        Identifiers ids = new Identifiers(base);
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            for (Summary s : summaries) {
                Node graph = ids.sourceGraph(s.source().name());
                for (QuerySolution r : SparqlFiles.select(
                        ds,
                        SparqlFiles.beside(SourceFacts.class, "source-facts"),
                        Map.of("g", graph, "lieux", placesGraph))) {
                    Node source = r.getResource("source").asNode();
                    add(quads, graph, source, MNL.nombreFichesLues.asNode(), integer(s.read()));
                    add(quads, graph, source, MNL.nombreFichesQuarantaine.asNode(), integer(s.quarantined()));
                    add(
                            quads,
                            graph,
                            source,
                            MNL.nombreFichesPubliees.asNode(),
                            integer(r.getLiteral("records").getLong()));
                    add(
                            quads,
                            graph,
                            source,
                            MNL.nombreLieux.asNode(),
                            integer(r.getLiteral("places").getLong()));
                    add(
                            quads,
                            graph,
                            source,
                            MNL.nombreFichesConformes.asNode(),
                            integer(r.getLiteral("conforming").getLong()));
                    add(quads, graph, source, MNL.nombreViolations.asNode(), integer(count(r, "violations")));
                    add(quads, graph, source, MNL.nombreAvertissements.asNode(), integer(count(r, "warnings")));
                    add(quads, graph, source, MNL.nombreInformations.asNode(), integer(count(r, "infos")));
                    if (r.contains("read")) {
                        add(
                                quads,
                                graph,
                                source,
                                DCTerms.issued.asNode(),
                                r.get("read").asNode());
                    }
                    if (r.contains("modified")) {
                        add(
                                quads,
                                graph,
                                source,
                                DCTerms.modified.asNode(),
                                r.get("modified").asNode());
                    }
                }
            }
        });
        Txn.executeWrite(ds, () -> quads.forEach(dsg::add));
    }

    /** A sum over no finding is unbound. */
    private static long count(QuerySolution r, String var) {
        return r.contains(var) ? r.getLiteral(var).getLong() : 0;
    }

    private static void add(List<Quad> quads, Node g, Node s, Node p, Node o) {
        quads.add(Quad.create(g, s, p, o));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
