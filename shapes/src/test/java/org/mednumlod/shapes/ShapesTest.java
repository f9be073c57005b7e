package org.mednumlod.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Reference;

/** The Turtle of the shapes against the vocabulary, and against the regex and Turtle rules other engines apply. */
class ShapesTest {
    private final RuleCatalog catalog = new RuleCatalog();

    @Test
    void closedListShapesUseTheCodeListOfTheirPropertyWithoutCopyingIt() {
        Graph vocabulary = Reference.vocabulary();
        Graph shapes = catalog.conformanceShapes();
        Set<Node> checked = new HashSet<>();
        for (Triple t : shapes.find(Node.ANY, SHACL.node, Node.ANY).toList()) {
            Node property = G.getOneSP(shapes, owner(shapes, t.getSubject()), SHACL.path);
            Node scheme = null;
            for (Node ps : G.listSP(shapes, t.getObject(), SHACL.property)) {
                if (SKOS.inScheme.asNode().equals(G.getOneSP(shapes, ps, SHACL.path))) {
                    scheme = G.getOneSP(shapes, ps, SHACL.hasValue);
                }
            }
            assertEquals(G.getOneSP(vocabulary, property, MNL.listeDeCodes.asNode()), scheme, property.toString());
            checked.add(property);
        }
        Set<Node> withList = new HashSet<>(vocabulary
                .find(Node.ANY, MNL.listeDeCodes.asNode(), Node.ANY)
                .mapWith(Triple::getSubject)
                .toList());
        withList.removeIf(p -> !p.getURI().startsWith(MNL.NS) || p.getURI().contains("#v01_"));
        assertEquals(withList, checked, "une forme par liste fermée de la version 1.0.1 (et typologie)");
        assertFalse(shapes.contains(Node.ANY, SHACL.in, Node.ANY), "les listes ne sont pas recopiées (sh:in)");
    }

    /** The property shape of a node shape that is itself a member of its {@code sh:or} list, or the shape itself. */
    private static Node owner(Graph shapes, Node shape) {
        Node node = shape;
        while (!shapes.contains(node, SHACL.path, Node.ANY)) {
            Node cell = G.getOnePO(shapes, org.apache.jena.vocabulary.RDF.first.asNode(), node);
            Node head = cell;
            Node previous;
            while ((previous = G.getZeroOrOnePO(shapes, org.apache.jena.vocabulary.RDF.rest.asNode(), head)) != null) {
                head = previous;
            }
            node = G.getOnePO(shapes, SHACL.or, head);
        }
        return node;
    }

    @Test
    void everyRequiredFieldOfTheVocabularyHasARequiredShape() {
        Graph vocabulary = Reference.vocabulary();
        List<String> required = new ArrayList<>();
        vocabulary.find(Node.ANY, MNL.obligatoire.asNode(), Node.ANY).forEach(t -> {
            if ("true".equals(t.getObject().getLiteralLexicalForm())) {
                required.add(G.getOneSP(vocabulary, t.getSubject(), MNL.champ.asNode())
                        .getLiteralLexicalForm());
            }
        });
        assertEquals(7, required.size());
        for (String field : required) {
            Rule rule = catalog.rule(field + ".obligatoire");
            assertNotNull(rule);
            assertEquals(Severity.VIOLATION, rule.severity());
            assertTrue(catalog.conformanceShapes().contains(rule.iri(), SHACL.minCount, Node.ANY), field);
        }
    }

    @Test
    void patternsAreAnchoredAndUseNoNonCapturingGroup() {
        for (Graph shapes : List.of(catalog.conformanceShapes(), catalog.publicationShapes())) {
            for (Triple t : shapes.find(Node.ANY, SHACL.pattern, Node.ANY).toList()) {
                String regex = t.getObject().getLiteralLexicalForm();
                assertFalse(regex.contains("(?"), regex);
                if (!regex.equals("\\S")) {
                    assertTrue(regex.startsWith("^"), regex);
                }
            }
        }
    }

    @Test
    void schemaRulesAreViolationsAndQualityRulesAreWarningsOrInformation() {
        for (String name : List.of("schema-1.0.1.ttl", "qualite.ttl", "donnees-personnelles.ttl", "publication.ttl")) {
            Graph file = org.apache.jena.riot.RDFDataMgr.loadGraph(
                    getClass().getResource(RuleCatalog.DIR + name).toString());
            List<Node> rules = file.find(Node.ANY, SHACL.message, Node.ANY).mapWith(Triple::getSubject).toSet().stream()
                    .toList();
            assertFalse(rules.isEmpty(), name);
            for (Node rule : rules) {
                Severity severity = catalog.rule(rule).severity();
                assertEquals(!name.equals("qualite.ttl"), severity == Severity.VIOLATION, rule + " dans " + name);
            }
        }
    }

    /** The shapes are plain SHACL Core: a stock engine, given the data and the code lists, finds the same. */
    @Test
    void aPlainShaclEngineRunsTheShapesWithTheCodeLists() {
        org.apache.jena.shacl.Shapes shapes = org.apache.jena.shacl.Shapes.parse(catalog.conformanceShapes());
        for (String name : List.of("ok/lieu-complet", "ko/services.liste", "ko/formations_labels.liste")) {
            Graph data = Fixtures.data(name);
            Reference.codeLists().find().forEach(data::add);
            org.apache.jena.shacl.ValidationReport report =
                    org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data);
            List<String> sources =
                    report.getEntries().stream().map(e -> e.source().getURI()).toList();
            assertEquals(name.startsWith("ok") ? List.of() : List.of(MNLS.NS + name.substring(3)), sources, name);
        }
    }

    @Test
    void everyTermOfTheShapesNamespaceIsDeclared() throws Exception {
        Graph vocabulary = org.apache.jena.riot.RDFDataMgr.loadGraph(
                getClass().getResource(RuleCatalog.DIR + RuleCatalog.VOCABULARY).toString());
        for (java.lang.reflect.Field f : MNLS.class.getDeclaredFields()) {
            if (f.getType() == Node.class
                    && ((Node) f.get(null)).isURI()
                    && ((Node) f.get(null)).getURI().startsWith(MNLS.NS)) {
                Node term = (Node) f.get(null);
                assertTrue(
                        vocabulary.contains(term, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY),
                        "non déclaré dans vocabulaire.ttl : " + term);
            }
        }
    }

    @Test
    void theTurtleFilesAreStandardTurtle() throws Exception {
        for (String name : List.of(
                "schema-1.0.1.ttl",
                "qualite.ttl",
                "donnees-personnelles.ttl",
                "publication.ttl",
                "controles.ttl",
                "vocabulaire.ttl")) {
            try (InputStream in = getClass().getResourceAsStream(RuleCatalog.DIR + name)) {
                Model model = Rio.parse(in, MNLS.NS, RDFFormat.TURTLE);
                assertFalse(model.isEmpty(), name);
            }
        }
    }
}
