package org.mednumlod.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.ontology.MNL;

/**
 * Runs every entry of {@code manifest.ttl} (W3C SHACL test suite style): validates the places of the entry's
 * data graph as a stream and compares the results with the expected ones, exactly.
 */
class ManifestTest {
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String SHT = "http://www.w3.org/ns/shacl-test#";
    static final String MNLT = "https://w3id.org/mednum-lod/shapes/test#";
    static final Node MF_ENTRIES = NodeFactory.createURI(MF + "entries");
    static final Node MF_ACTION = NodeFactory.createURI(MF + "action");
    static final Node MF_RESULT = NodeFactory.createURI(MF + "result");
    static final Node SHT_DATA = NodeFactory.createURI(SHT + "dataGraph");
    static final Node MNLT_CLOCK = NodeFactory.createURI(MNLT + "horloge");
    static final Node MNLT_PUBLISHABLE = NodeFactory.createURI(MNLT + "publiable");

    /** A result reduced to what the manifest states. */
    record Outcome(Node focus, Severity severity, String rule, String field, String value) {
        boolean matches(Outcome expected) {
            return focus.equals(expected.focus)
                    && severity == expected.severity
                    && rule.equals(expected.rule)
                    && field.equals(expected.field)
                    && (expected.value == null || expected.value.equals(value));
        }

        @Override
        public String toString() {
            return severity + " " + rule + " [" + field + "] " + (value == null ? "*" : "« " + value + " »") + " @ "
                    + focus.getLocalName();
        }
    }

    static Graph manifest;
    static URL manifestUrl;
    static Validation validation;

    @BeforeAll
    static void load() {
        manifestUrl = ManifestTest.class.getResource("/manifest.ttl");
        manifest = GraphFactory.createDefaultGraph();
        RDFParser.source(manifestUrl.toString()).parse(manifest);
        Node clock = G.getOneSP(manifest, root(), MNLT_CLOCK);
        validation = Validation.create(Clock.fixed(Instant.parse(clock.getLiteralLexicalForm()), ZoneOffset.UTC));
    }

    static Node root() {
        return G.getOnePO(manifest, RDF.type.asNode(), NodeFactory.createURI(MF + "Manifest"));
    }

    static Stream<Arguments> entries() {
        load();
        List<Node> entries = G.rdfList(manifest, G.getOneSP(manifest, root(), MF_ENTRIES));
        return entries.stream()
                .map(e -> Arguments.of(e.getURI().substring(e.getURI().indexOf('#') + 1), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void entry(String name, Node entry) {
        Node action = G.getOneSP(manifest, entry, MF_ACTION);
        Graph data = RDFDataMgr.loadGraph(G.getOneSP(manifest, action, SHT_DATA).getURI());
        List<Node> places = places(data);
        assertFalse(places.isEmpty(), "aucun lieu dans les données de " + name);

        List<Outcome> actual = new ArrayList<>();
        boolean[] gates = {true, true};
        validation.validateAll(places.stream().map(p -> PlaceInput.of(data, p)), (in, report) -> {
            gates[0] &= report.conforms();
            gates[1] &= report.publishable();
            for (ValidationResult r : report.results()) {
                assertMessages(r);
                actual.add(new Outcome(r.focusNode(), r.severity(), r.rule(), r.field(), r.value()));
            }
        });

        Node result = G.getOneSP(manifest, entry, MF_RESULT);
        List<Outcome> expected = expected(result, places.get(0));
        List<Outcome> unmatched = new ArrayList<>(actual);
        List<Outcome> missing = new ArrayList<>();
        for (Outcome e : expected) {
            Iterator<Outcome> it = unmatched.iterator();
            boolean found = false;
            while (it.hasNext() && !found) {
                if (it.next().matches(e)) {
                    it.remove();
                    found = true;
                }
            }
            if (!found) {
                missing.add(e);
            }
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            fail(name + "\n  attendus absents : " + missing + "\n  obtenus en trop  : " + unmatched);
        }
        assertEquals(bool(result, SHACL.conforms), gates[0], name + " : sh:conforms");
        assertEquals(bool(result, MNLT_PUBLISHABLE), gates[1], name + " : publiable");
    }

    /**
     * Every rule has a failing case, and a case where its property is present (for rules with a path) and the rule
     * does not fire: the conforming case.
     */
    @Test
    void everyRuleHasAConformingAndANonConformingCase() {
        RuleCatalog catalog = new RuleCatalog();
        Set<Node> rules = new HashSet<>();
        catalog.conformanceShapes().find(Node.ANY, SHACL.message, Node.ANY).forEach(t -> rules.add(t.getSubject()));
        catalog.publicationShapes().find(Node.ANY, SHACL.message, Node.ANY).forEach(t -> rules.add(t.getSubject()));
        catalog.javaRules().forEach(r -> rules.add(r.iri()));
        List<Node> entries = entries().map(a -> (Node) a.get()[1]).toList();
        java.util.Map<Node, Graph> dataOf = new java.util.HashMap<>();
        for (Node entry : entries) {
            dataOf.put(
                    entry,
                    RDFDataMgr.loadGraph(G.getOneSP(manifest, G.getOneSP(manifest, entry, MF_ACTION), SHT_DATA)
                            .getURI()));
        }
        List<String> problems = new ArrayList<>();
        for (Node ruleIri : rules) {
            Rule rule = catalog.rule(ruleIri);
            boolean failing = false;
            boolean conforming = false;
            for (Node entry : entries) {
                Node result = G.getOneSP(manifest, entry, MF_RESULT);
                boolean expects = G.listSP(manifest, result, SHACL.result).stream()
                        .anyMatch(r -> ruleIri.equals(G.getOneSP(manifest, r, SHACL.sourceShape)));
                failing |= expects;
                if (!expects && !conforming) {
                    Graph data = dataOf.get(entry);
                    conforming = rule.path() == null
                            || places(data).stream().anyMatch(p -> data.contains(p, rule.path(), Node.ANY));
                }
            }
            if (!failing || !conforming) {
                problems.add(rule.id()
                        + (failing ? "" : " : aucun cas non conforme")
                        + (conforming ? "" : " : aucun cas conforme"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(rules.size() > 50, "règles : " + rules.size());
    }

    static List<Node> places(Graph data) {
        return data
                .find(Node.ANY, RDF.type.asNode(), MNL.LieuMediationNumerique.asNode())
                .mapWith(Triple::getSubject)
                .toList()
                .stream()
                .sorted(Comparator.comparingLong(
                        p -> PlaceInput.of(data, p).record().row()))
                .toList();
    }

    private static List<Outcome> expected(Node result, Node defaultFocus) {
        List<Outcome> expected = new ArrayList<>();
        for (Node r : G.listSP(manifest, result, SHACL.result)) {
            Node focus = G.getZeroOrOneSP(manifest, r, SHACL.focusNode);
            Node value = G.getZeroOrOneSP(manifest, r, SHACL.value);
            String rule = G.getOneSP(manifest, r, SHACL.sourceShape).getURI().substring(MNLS.NS.length());
            expected.add(new Outcome(
                    focus == null ? defaultFocus : focus,
                    Severity.of(G.getOneSP(manifest, r, SHACL.resultSeverity)),
                    rule,
                    G.getOneSP(manifest, r, MNLS.champ).getLiteralLexicalForm(),
                    value == null ? null : value.getLiteralLexicalForm()));
        }
        return expected;
    }

    private static boolean bool(Node subject, Node property) {
        return Boolean.parseBoolean(G.getOneSP(manifest, subject, property).getLiteralLexicalForm());
    }

    private static void assertMessages(ValidationResult r) {
        for (String message : List.of(r.messageFr(), r.messageEn())) {
            assertFalse(message.isBlank(), r.rule() + " : message vide");
            assertFalse(message.contains("{$") || message.contains("{?"), r.rule() + " : " + message);
        }
        assertTrue(
                r.messageFr().contains("«"),
                r.rule() + " : le message doit nommer le champ ou la valeur : " + r.messageFr());
    }

    @Test
    void labels() {
        assertTrue(G.listSP(manifest, root(), RDFS.label.asNode()).size() == 1);
    }
}
