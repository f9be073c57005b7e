package org.mednumlod.shapes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.mednumlod.ontology.IGEO;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Territories;

/**
 * The reference triples a place's validation needs, and only those: for each code-list value the place uses,
 * the concept's {@code skos:inScheme} and {@code mnl:versionSchema}; for its {@code mnl:situeDansCommune}, the
 * commune's type and code when it is a current commune of the territory reference. They are joined to the
 * caller's graph in a read-only union, never copied into it. Also shows values to producers (a concept by its
 * {@code skos:notation}).
 */
final class ReferenceGraph {
    private static final Pattern COMMUNE_IRI = Pattern.compile(".*/id/commune/([0-9][0-9AB][0-9]{3})");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node COMMUNE = IGEO.Commune.asNode();
    private static final Node CODE_INSEE = IGEO.codeINSEE.asNode();
    private static final Node SITUE_DANS_COMMUNE = MNL.situeDansCommune.asNode();

    private final Map<Node, List<Triple>> conceptTriples = new HashMap<>();
    private final Map<Node, String> notations = new HashMap<>();
    private final Set<Node> codeListProperties;
    private final Territories territories;

    ReferenceGraph(Graph codeLists, SchemaFields fields, Territories territories) {
        this.territories = territories;
        this.codeListProperties = new HashSet<>(fields.codeLists().keySet());
        codeLists.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).forEach(t -> {
            List<Triple> triples = conceptTriples.computeIfAbsent(t.getSubject(), k -> new ArrayList<>());
            triples.add(t);
        });
        codeLists.find(Node.ANY, MNL.versionSchema.asNode(), Node.ANY).forEach(t -> {
            List<Triple> triples = conceptTriples.get(t.getSubject());
            if (triples != null) {
                triples.add(t);
            }
        });
        codeLists
                .find(Node.ANY, SKOS.notation.asNode(), Node.ANY)
                .forEach(t -> notations.put(t.getSubject(), t.getObject().getLiteralLexicalForm()));
    }

    /** The graph to validate: the caller's graph, plus the reference triples of this place if any. */
    Graph augment(Graph data, Node place) {
        Graph extra = null;
        for (Triple t : data.find(place, Node.ANY, Node.ANY).toList()) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            List<Triple> concept = codeListProperties.contains(p) ? conceptTriples.get(o) : null;
            if (concept != null) {
                extra = extra == null ? GraphFactory.createGraphMem() : extra;
                concept.forEach(extra::add);
            } else if (SITUE_DANS_COMMUNE.equals(p)) {
                Optional<String> code =
                        communeCode(o).filter(c -> territories.commune(c).isPresent());
                if (code.isPresent()) {
                    extra = extra == null ? GraphFactory.createGraphMem() : extra;
                    extra.add(Triple.create(o, TYPE, COMMUNE));
                    extra.add(Triple.create(o, CODE_INSEE, NodeFactory.createLiteralString(code.get())));
                }
            }
        }
        return extra == null ? data : new Union(data, extra);
    }

    /** The value as a producer wrote it: a literal's text, a concept's notation, else the IRI. */
    String display(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        String notation = notations.get(node);
        if (notation != null) {
            return notation;
        }
        return node.isURI() ? node.getURI() : node.toString();
    }

    /** The INSEE code at the end of a commune IRI ({@code …/id/commune/{code}}). */
    static Optional<String> communeCode(Node iri) {
        if (iri == null || !iri.isURI()) {
            return Optional.empty();
        }
        Matcher m = COMMUNE_IRI.matcher(iri.getURI());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
