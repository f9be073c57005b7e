package org.mednumlod.shapes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Personal data reached through any property of the place: a link to a resource typed as a person, or a
 * property whose local name suggests a contact person. The classes, the pattern and the ignored namespaces are
 * declared in {@code controles.ttl}; the explicit list of person-name properties is a SHACL shape.
 */
final class PersonalDataCheck implements PlaceCheck {
    static final String PERSON = "donnees-personnelles.personne";
    static final String LOCAL_NAME = "donnees-personnelles.nom-de-propriete";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<Node> personClasses;
    private final Pattern localName;
    private final List<String> ignoredNamespaces;
    private final ReferenceGraph reference;

    PersonalDataCheck(Graph controls, ReferenceGraph reference) {
        this.reference = reference;
        Node person = NodeFactory.createURI(MNLS.NS + PERSON);
        Node name = NodeFactory.createURI(MNLS.NS + LOCAL_NAME);
        personClasses = controls.find(person, MNLS.classePersonne, Node.ANY)
                .mapWith(Triple::getObject)
                .toList();
        Node pattern = RuleCatalog.object(controls, name, MNLS.motifNomLocal);
        if (personClasses.isEmpty() || pattern == null) {
            throw new IllegalStateException("paramètres absents pour " + PERSON + " ou " + LOCAL_NAME);
        }
        localName = Pattern.compile(pattern.getLiteralLexicalForm(), Pattern.CASE_INSENSITIVE);
        ignoredNamespaces = controls.find(name, MNLS.espaceDeNomsIgnore, Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList();
    }

    @Override
    public Set<String> rules() {
        return Set.of(PERSON, LOCAL_NAME);
    }

    @Override
    public void check(PlaceFacts place, Findings findings) {
        for (Map.Entry<Node, List<Node>> e : place.byProperty().entrySet()) {
            Node property = e.getKey();
            if (RDF.type.asNode().equals(property) || !property.isURI()) {
                continue;
            }
            boolean suggestive = suggestsAPerson(property.getURI());
            for (Node value : e.getValue()) {
                if (personClasses.stream().anyMatch(c -> place.hasType(value, c))) {
                    findings.add(PERSON, property, value, reference.display(value), Map.of());
                } else if (suggestive) {
                    findings.add(LOCAL_NAME, property, value, reference.display(value), Map.of());
                }
            }
        }
    }

    private boolean suggestsAPerson(String iri) {
        for (String ns : ignoredNamespaces) {
            if (iri.startsWith(ns)) {
                return false;
            }
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = Normalizer.normalize(iri.substring(cut + 1), Normalizer.Form.NFD);
        local = MARKS.matcher(local).replaceAll("").toLowerCase(Locale.ROOT);
        return localName.matcher(local).find();
    }
}
