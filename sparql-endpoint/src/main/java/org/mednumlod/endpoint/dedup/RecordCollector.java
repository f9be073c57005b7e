package org.mednumlod.endpoint.dedup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.mednumlod.ontology.GEO;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Reference;

/**
 * Passes the source records on to the store and keeps, for the merge ({@link Fusion}), what a place takes from its
 * records: the values of the schema fields (the properties the vocabulary annotates with {@code mnl:champ}), the
 * commune link and the geometry (with the triples of its {@code #coordonnees} / {@code #geometrie} nodes). Provenance,
 * corrections and quality annotations stay with the records only.
 */
final class RecordCollector extends StreamRDFWrapper {
    /**
     * One source record: its IRI and key, its source graph and the source's name, its field values (in stream order)
     * and its geometry nodes.
     */
    static final class Record {
        final Node uri;
        final Node graph;
        private final String key;
        private final String source;
        final Map<Node, List<Node>> values = new LinkedHashMap<>();
        final Map<Node, List<Triple>> fragments = new LinkedHashMap<>();

        Record(Node uri, String key, Node graph, String source) {
            this.uri = uri;
            this.key = key;
            this.graph = graph;
            this.source = source;
        }

        /** The record key ({@code {base}/id/fiche/{key}}). */
        String key() {
            return key;
        }

        /** The name of the record's source ({@code {base}/graph/source/{name}}). */
        String source() {
            return source;
        }

        List<Node> get(Node property) {
            return values.getOrDefault(property, List.of());
        }

        /** {@code date_maj} as a date, or null when missing or not a date. */
        LocalDate dateMaj() {
            List<Node> d = get(MNL.dateMaj.asNode());
            if (d.isEmpty() || !d.get(0).isLiteral()) {
                return null;
            }
            try {
                return LocalDate.parse(d.get(0).getLiteralLexicalForm());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static final Node RECORD = MNL.FicheLieu.asNode();
    private static final Set<Node> LINKS =
            Set.of(MNL.situeDansCommune.asNode(), SchemaDO.geo.asNode(), GEO.hasGeometry.asNode());

    private final Map<Node, Record> records = new LinkedHashMap<>();
    private final Identifiers ids;

    RecordCollector(Identifiers ids, StreamRDF sink) {
        super(sink);
        this.ids = ids;
    }

    /**
     * The properties of the schema's 32 columns ({@code mnl:champ} in the vocabulary), each with whether it is a
     * list ({@code mnl:multivalue true}); read once, the vocabulary being part of the code.
     */
    static final Map<Node, Boolean> FIELDS = readFields();

    private static Map<Node, Boolean> readFields() {
        Graph v = Reference.vocabulary();
        Map<Node, Boolean> out = new LinkedHashMap<>();
        v.find(Node.ANY, MNL.champ.asNode(), Node.ANY)
                .forEachRemaining(t -> out.put(
                        t.getSubject(),
                        v.find(t.getSubject(), MNL.multivalue.asNode(), Node.ANY).toList().stream()
                                .anyMatch(m -> m.getObject().isLiteral()
                                        && Boolean.TRUE.equals(m.getObject().getLiteralValue()))));
        return Map.copyOf(out);
    }

    Collection<Record> records() {
        return records.values();
    }

    @Override
    public void quad(Quad q) {
        super.quad(q);
        keep(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void triple(Triple t) {
        super.triple(t);
        // Sources come as quads (one graph each); triples are the reference data.
    }

    private void keep(Node graph, Node s, Node p, Node o) {
        if (!s.isURI() || !graph.isURI()) {
            return;
        }
        String uri = s.getURI();
        int hash = uri.indexOf('#');
        if (hash >= 0) { // the geometry nodes of a record ({record}#coordonnees, #geometrie), in any order
            String fragment = uri.substring(hash + 1);
            if (fragment.equals("coordonnees") || fragment.equals("geometrie")) {
                Record r = record(org.apache.jena.graph.NodeFactory.createURI(uri.substring(0, hash)), graph);
                if (r != null) {
                    r.fragments.computeIfAbsent(s, k -> new ArrayList<>()).add(Triple.create(s, p, o));
                }
            }
            return;
        }
        if (RDF.type.asNode().equals(p) && RECORD.equals(o)) {
            record(s, graph);
        } else if (FIELDS.containsKey(p) || LINKS.contains(p)) {
            Record r = record(s, graph);
            if (r != null) {
                r.values.computeIfAbsent(p, k -> new ArrayList<>()).add(o);
            }
        }
    }

    /** The record named {@code s} in a source graph, or null when {@code s} names no record there. */
    private Record record(Node s, Node graph) {
        Record r = records.get(s);
        if (r != null) {
            return r;
        }
        java.util.Optional<String> key = ids.recordKey(s.getURI());
        java.util.Optional<String> source = ids.sourceOfGraph(graph.getURI());
        if (key.isEmpty() || source.isEmpty()) {
            return null;
        }
        r = new Record(s, key.get(), graph, source.get());
        records.put(s, r);
        return r;
    }
}
