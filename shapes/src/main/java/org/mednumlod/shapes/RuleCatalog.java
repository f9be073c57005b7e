package org.mednumlod.shapes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.ontology.Prefixes;
import org.mednumlod.ontology.Reference;

/**
 * The Turtle sources of the rules, parsed once: the conformance shapes (schema 1.0.1, quality, personal data),
 * the publication shapes, the declarations of the Java checks, and the rules they declare, by IRI and id.
 */
final class RuleCatalog {
    static final String DIR = "/org/mednumlod/shapes/";
    static final List<String> CONFORMANCE = List.of("schema-1.0.1.ttl", "qualite.ttl", "donnees-personnelles.ttl");
    static final String PUBLICATION = "publication.ttl";
    static final String CONTROLS = "controles.ttl";
    static final String VOCABULARY = "vocabulaire.ttl";

    private final Graph conformanceShapes;
    private final Graph publicationShapes;
    private final Graph controls;
    private final SchemaFields fields;
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final Map<Node, Rule> byIri = new HashMap<>();
    private final Map<String, Rule> byId = new HashMap<>();
    private final List<Rule> javaRules = new ArrayList<>();

    RuleCatalog() {
        conformanceShapes = parse(CONFORMANCE);
        publicationShapes = parse(List.of(PUBLICATION));
        controls = parse(List.of(CONTROLS));
        fields = new SchemaFields(Reference.vocabulary());
        prefixes.putAll(conformanceShapes.getPrefixMapping());
        prefixes.putAll(publicationShapes.getPrefixMapping());
        for (String prefix : List.of("foaf", "schema", "vcard", "prov", "dcterms")) {
            prefixes.add(prefix, Prefixes.all().get(prefix));
        }
        readRules(conformanceShapes, false, subjectsWith(conformanceShapes, SHACL.message));
        readRules(publicationShapes, true, subjectsWith(publicationShapes, SHACL.message));
        List<Node> declared = controls.find(Node.ANY, RDF.type.asNode(), MNLS.ControleJava)
                .mapWith(Triple::getSubject)
                .toList();
        javaRules.addAll(readRules(controls, false, declared));
    }

    Graph conformanceShapes() {
        return conformanceShapes;
    }

    Graph publicationShapes() {
        return publicationShapes;
    }

    /** The graph of the Java checks' declarations (their parameters are read from it). */
    Graph controls() {
        return controls;
    }

    SchemaFields fields() {
        return fields;
    }

    /** The rules declared as {@code mnls:ControleJava}. */
    List<Rule> javaRules() {
        return Collections.unmodifiableList(javaRules);
    }

    /** Every rule, shapes and Java checks. */
    java.util.Collection<Rule> rules() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** The rule of a shape or check IRI, or null. */
    Rule rule(Node iri) {
        return byIri.get(iri);
    }

    /** The rule of an id; fails if there is none (a Java check reporting an undeclared rule is a bug). */
    Rule rule(String id) {
        Rule rule = byId.get(id);
        if (rule == null) {
            throw new IllegalStateException("règle non déclarée : " + id);
        }
        return rule;
    }

    /** True for a rule of the publication gate (its violations do not make a place non-conforming). */
    boolean isPublicationGate(String id) {
        Rule rule = byId.get(id);
        return rule != null && rule.publicationGate();
    }

    /** The field a result names: the rule's own, else the path's column, else the path's prefixed name. */
    String fieldOf(Rule rule, Node path) {
        if (rule != null && rule.field() != null) {
            return rule.field();
        }
        if (path == null) {
            return "";
        }
        String field = fields.field(path);
        return field != null ? field : shortForm(path);
    }

    /** A prefixed name for an IRI when a prefix is known, else the IRI. */
    String shortForm(Node iri) {
        if (!iri.isURI()) {
            return iri.toString();
        }
        String abbreviated = prefixes.abbreviate(iri.getURI());
        return abbreviated != null ? abbreviated : iri.getURI();
    }

    private List<Rule> readRules(Graph graph, boolean publicationGate, List<Node> subjects) {
        List<Rule> rules = new ArrayList<>();
        for (Node s : subjects) {
            if (!s.isURI() || !s.getURI().startsWith(MNLS.NS)) {
                throw new IllegalStateException("une règle doit avoir une IRI de " + MNLS.NS + " : " + s);
            }
            String id = s.getURI().substring(MNLS.NS.length());
            Node severity = object(graph, s, SHACL.severity);
            Node path = object(graph, s, SHACL.path);
            Node champ = object(graph, s, MNLS.champ);
            Node blocks = object(graph, s, MNLS.bloquePublication);
            String field = champ != null
                    ? champ.getLiteralLexicalForm()
                    : path != null && path.isURI() ? fields.field(path) : null;
            Rule rule = new Rule(
                    id,
                    s,
                    severity == null ? Severity.VIOLATION : Severity.of(severity),
                    field,
                    path != null && path.isURI() ? path : null,
                    message(graph, s, "fr"),
                    message(graph, s, "en"),
                    publicationGate || blocks != null && "true".equals(blocks.getLiteralLexicalForm()),
                    publicationGate);
            if (byId.put(id, rule) != null) {
                throw new IllegalStateException("règle déclarée deux fois : " + id);
            }
            byIri.put(s, rule);
            // An anonymous property shape without a message of its own reports under its declaring shape.
            for (Triple t : graph.find(s, SHACL.property, Node.ANY).toList()) {
                Node child = t.getObject();
                if (child.isBlank() && !graph.contains(child, SHACL.message, Node.ANY)) {
                    byIri.put(child, rule);
                }
            }
            rules.add(rule);
        }
        return rules;
    }

    private static String message(Graph graph, Node s, String lang) {
        for (Triple t : graph.find(s, SHACL.message, Node.ANY).toList()) {
            if (t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage())) {
                return t.getObject().getLiteralLexicalForm();
            }
        }
        throw new IllegalStateException("la règle " + s + " n'a pas de sh:message @" + lang);
    }

    private static List<Node> subjectsWith(Graph graph, Node predicate) {
        return graph.find(Node.ANY, predicate, Node.ANY).mapWith(Triple::getSubject).toSet().stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
    }

    static Node object(Graph graph, Node s, Node p) {
        List<Triple> found = graph.find(s, p, Node.ANY).toList();
        return found.isEmpty() ? null : found.get(0).getObject();
    }

    private static Graph parse(List<String> names) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String name : names) {
            try (InputStream in = RuleCatalog.class.getResourceAsStream(DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("ressource absente : " + DIR + name);
                }
                RDFParser.source(in)
                        .lang(Lang.TURTLE)
                        .base(MNLS.ONTOLOGY.getURI())
                        .parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        }
        return graph;
    }
}
