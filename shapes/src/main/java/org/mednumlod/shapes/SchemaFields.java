package org.mednumlod.shapes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.ontology.MNL;

/**
 * What the vocabulary says about each schema column, read from {@code vocabulary.ttl}: the property's field name
 * ({@code mnl:champ}), its rank, whether it is multi-valued and its code list ({@code mnl:listeDeCodes}).
 */
final class SchemaFields {
    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
    private final Map<Node, String> fieldByProperty = new HashMap<>();
    private final Map<String, Integer> rankByField = new HashMap<>();
    private final Set<Node> singleValued = new HashSet<>();
    private final Map<Node, Node> codeListByProperty = new HashMap<>();

    SchemaFields(Graph vocabulary) {
        vocabulary.find(Node.ANY, MNL.champ.asNode(), Node.ANY).forEach(t -> {
            Node property = t.getSubject();
            if (!isProperty(vocabulary, property)) {
                return;
            }
            String field = t.getObject().getLiteralLexicalForm();
            fieldByProperty.put(property, field);
            vocabulary
                    .find(property, MNL.rang.asNode(), Node.ANY)
                    .forEach(r -> rankByField.put(
                            field, Integer.parseInt(r.getObject().getLiteralLexicalForm())));
            if (vocabulary.contains(property, MNL.multivalue.asNode(), FALSE)) {
                singleValued.add(property);
            }
            vocabulary
                    .find(property, MNL.listeDeCodes.asNode(), Node.ANY)
                    .forEach(l -> codeListByProperty.put(property, l.getObject()));
        });
        if (fieldByProperty.size() != 32) {
            throw new IllegalStateException(
                    "le vocabulaire devrait décrire 32 colonnes, il en décrit " + fieldByProperty.size());
        }
    }

    private static boolean isProperty(Graph vocabulary, Node node) {
        return vocabulary.contains(node, RDF.type.asNode(), OWL.DatatypeProperty.asNode())
                || vocabulary.contains(node, RDF.type.asNode(), OWL.ObjectProperty.asNode());
    }

    /** The schema column of a property, or null if the property is not a column. */
    String field(Node property) {
        return fieldByProperty.get(property);
    }

    /** The column's rank in the schema (1–32), or 99 for anything else. */
    int rank(String field) {
        return rankByField.getOrDefault(field, 99);
    }

    /** The properties of the columns that hold one value (mnl:multivalue false). */
    Set<Node> singleValued() {
        return singleValued;
    }

    /** Property to SKOS concept scheme, for the closed-list columns. */
    Map<Node, Node> codeLists() {
        return codeListByProperty;
    }
}
