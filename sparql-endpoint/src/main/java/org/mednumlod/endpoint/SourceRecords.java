package org.mednumlod.endpoint;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.ontology.MNL;

/**
 * What a source says becomes, in a release, a source record ({@code mnl:FicheLieu}) with its own identity
 * ({@code {base}/id/fiche/{key}}); the place it describes ({@code {base}/id/lieu/{key}}, in the merged-places graph)
 * is written by {@link Fusion}. The converters write one source's records as places (a single source's view, what
 * {@code convert} and {@code validate} give producers); this stream, between the converters and the store, renames
 * them: every IRI under {@code {base}/id/lieu/} (the record, its fragments, the annotations that target it) moves
 * to {@code {base}/id/fiche/}, and the record's type becomes {@code mnl:FicheLieu}.
 */
final class SourceRecords extends StreamRDFWrapper {
    private static final Node PLACE = MNL.LieuMediationNumerique.asNode();
    private static final Node RECORD = MNL.FicheLieu.asNode();

    private final String placePrefix;
    private final String recordPrefix;

    SourceRecords(String baseUri, StreamRDF sink) {
        super(sink);
        this.placePrefix = baseUri + "/id/lieu/";
        this.recordPrefix = baseUri + "/id/fiche/";
    }

    /** The record IRI of a place key. */
    static String recordUri(String baseUri, String key) {
        return baseUri + "/id/fiche/" + key;
    }

    @Override
    public void triple(Triple t) {
        super.triple(Triple.create(rename(t.getSubject()), t.getPredicate(), object(t.getPredicate(), t.getObject())));
    }

    @Override
    public void quad(Quad q) {
        super.quad(Quad.create(q.getGraph(), rename(q.getSubject()), q.getPredicate(), object(q.getPredicate(), q.getObject())));
    }

    private Node object(Node predicate, Node object) {
        return RDF.type.asNode().equals(predicate) && PLACE.equals(object) ? RECORD : rename(object);
    }

    private Node rename(Node n) {
        return n.isURI() && n.getURI().startsWith(placePrefix)
                ? NodeFactory.createURI(recordPrefix + n.getURI().substring(placePrefix.length())) : n;
    }
}
