package org.mednumlod.shapes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** The values of one place, by property, read once from the data graph (for the Java checks). */
final class PlaceFacts {
    private final Graph data;
    private final Node place;
    private final Map<Node, List<Node>> values = new HashMap<>();

    PlaceFacts(Graph data, Node place) {
        this.data = data;
        this.place = place;
        data.find(place, Node.ANY, Node.ANY)
                .forEach((Triple t) -> values.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>(2))
                        .add(t.getObject()));
    }

    Node place() {
        return place;
    }

    Map<Node, List<Node>> byProperty() {
        return values;
    }

    List<Node> all(Node property) {
        return values.getOrDefault(property, List.of());
    }

    Optional<Node> first(Node property) {
        List<Node> found = values.get(property);
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** True if the data graph types this node with this class. */
    boolean hasType(Node node, Node type) {
        return !node.isLiteral() && data.contains(node, RDF.type.asNode(), type);
    }

    /** The lexical form of the first literal value of a property. */
    Optional<String> text(Node property) {
        return first(property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
