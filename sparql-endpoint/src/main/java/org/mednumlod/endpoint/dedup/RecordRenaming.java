package org.mednumlod.endpoint.dedup;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;

/**
 * Gives records of a source without ids the keys {@link ContentKeys} decided: every IRI of a renamed record (the
 * record, its fragments {@code #…}, the annotations that target it) and its {@code mnl:id} take the new key.
 */
final class RecordRenaming extends StreamRDFWrapper {
    private final Identifiers ids;
    private final Map<String, String> renamed;

    /** @param renamed key given by the conversion → key kept (only the keys that change) */
    RecordRenaming(Identifiers ids, Map<String, String> renamed, StreamRDF sink) {
        super(sink);
        this.ids = ids;
        this.renamed = renamed;
    }

    @Override
    public void quad(Quad q) {
        if (renamed.isEmpty()) {
            super.quad(q);
            return;
        }
        Node s = rename(q.getSubject());
        Node o = rename(q.getObject());
        if (MNL.id.asNode().equals(q.getPredicate())
                && o.isLiteral()
                && renamed.containsKey(o.getLiteralLexicalForm())
                && ids.recordKey(q.getSubject().isURI() ? q.getSubject().getURI() : "")
                        .isPresent()) {
            o = NodeFactory.createLiteralString(renamed.get(o.getLiteralLexicalForm()));
        }
        super.quad(Quad.create(q.getGraph(), s, q.getPredicate(), o));
    }

    private Node rename(Node n) {
        if (!n.isURI()) {
            return n;
        }
        String uri = n.getURI();
        int hash = uri.indexOf('#');
        String record = hash < 0 ? uri : uri.substring(0, hash);
        return ids.recordKey(record)
                .map(renamed::get)
                .map(k -> NodeFactory.createURI(ids.recordIri(k) + (hash < 0 ? "" : uri.substring(hash))))
                .orElse(n);
    }
}
