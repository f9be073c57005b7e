package org.mednumlod.endpoint.dedup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.mednumlod.endpoint.SparqlFiles;
import org.mednumlod.ontology.Identifiers;

/** Reads the match features of every place of a release ({@code match-features.rq}), one record per place. */
final class MatchFeatures {

    private MatchFeatures() {}

    /** The records of every source graph of {@code ds}, in place-URI order (opens its own read transaction). */
    static List<MatchRecord> read(Dataset ds, Identifiers ids) {
        return Txn.calculateRead(ds, () -> {
            Map<String, Builder> places = new LinkedHashMap<>();
            for (QuerySolution r :
                    SparqlFiles.select(ds, SparqlFiles.beside(MatchFeatures.class, "match-features"), Map.of())) {
                String uri = r.getResource("place").getURI();
                Builder b = places.computeIfAbsent(uri, u -> new Builder(r, ids));
                if (r.contains("multi")) {
                    b.multi(r.getLiteral("multi").getLexicalForm(), text(r.get("value")));
                }
            }
            List<MatchRecord> records = new ArrayList<>(places.size());
            places.values().forEach(b -> records.add(b.build()));
            return records;
        });
    }

    /**
     * The features of a source record as the publish collected them ({@link RecordCollector}), the same as
     * {@link #read} gives from a store.
     */
    static MatchRecord of(RecordCollector.Record r) {
        List<org.apache.jena.graph.Node> commune = r.get(org.mednumlod.ontology.MNL.situeDansCommune.asNode());
        return new MatchRecord(
                r.key(),
                r.source(),
                first(r, org.mednumlod.ontology.MNL.nom),
                first(r, org.mednumlod.ontology.MNL.adresse),
                first(r, org.mednumlod.ontology.MNL.codePostal),
                commune.isEmpty()
                        ? first(r, org.mednumlod.ontology.MNL.codeInsee)
                        : lastSegment(commune.get(0).getURI()),
                number(first(r, org.mednumlod.ontology.MNL.latitude)),
                number(first(r, org.mednumlod.ontology.MNL.longitude)),
                first(r, org.mednumlod.ontology.MNL.pivot),
                all(r, org.mednumlod.ontology.MNL.telephone, false),
                all(r, org.mednumlod.ontology.MNL.courriel, false),
                all(r, org.mednumlod.ontology.MNL.siteWeb, false),
                first(r, org.mednumlod.ontology.MNL.dateMaj),
                all(r, org.mednumlod.ontology.MNL.typologie, true),
                all(r, org.mednumlod.ontology.MNL.dispositifProgrammeNational, true));
    }

    private static String first(RecordCollector.Record r, org.apache.jena.rdf.model.Property p) {
        List<org.apache.jena.graph.Node> v = r.get(p.asNode());
        return v.isEmpty() ? "" : node(v.get(0));
    }

    private static Set<String> all(RecordCollector.Record r, org.apache.jena.rdf.model.Property p, boolean code) {
        Set<String> out = new LinkedHashSet<>();
        for (org.apache.jena.graph.Node n : r.get(p.asNode())) {
            String t = node(n);
            if (!t.isEmpty()) {
                out.add(code && n.isURI() ? lastSegment(t) : t);
            }
        }
        return out;
    }

    private static String node(org.apache.jena.graph.Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "";
    }

    private static Double number(String s) {
        try {
            return s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral()
                ? n.asLiteral().getLexicalForm()
                : n.isURIResource() ? n.asResource().getURI() : "";
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Double number(RDFNode n) {
        try {
            return n == null ? null : Double.valueOf(n.asLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class Builder {
        private final QuerySolution first;
        private final Identifiers ids;
        private final Set<String> phones = new LinkedHashSet<>();
        private final Set<String> emails = new LinkedHashSet<>();
        private final Set<String> websites = new LinkedHashSet<>();
        private final Set<String> typologies = new LinkedHashSet<>();
        private final Set<String> programmes = new LinkedHashSet<>();

        Builder(QuerySolution first, Identifiers ids) {
            this.first = first;
            this.ids = ids;
        }

        void multi(String kind, String value) {
            switch (kind) {
                case "telephone" -> phones.add(value);
                case "courriel" -> emails.add(value);
                case "site" -> websites.add(value);
                case "typologie" -> typologies.add(lastSegment(value));
                case "programme" -> programmes.add(lastSegment(value));
                default -> throw new IllegalStateException("caractéristique inconnue : " + kind);
            }
        }

        MatchRecord build() {
            String uri = first.getResource("place").getURI();
            String graph = first.getResource("g").getURI();
            String commune = first.contains("commune")
                    ? lastSegment(first.getResource("commune").getURI())
                    : text(first.get("codeInsee"));
            return new MatchRecord(
                    ids.recordKey(uri).or(() -> ids.placeKey(uri)).orElse(uri),
                    ids.sourceOfGraph(graph).orElse(graph),
                    text(first.get("nom")),
                    text(first.get("adresse")),
                    text(first.get("codePostal")),
                    commune,
                    number(first.get("lat")),
                    number(first.get("lon")),
                    text(first.get("pivot")),
                    phones,
                    emails,
                    websites,
                    text(first.get("dateMaj")),
                    typologies,
                    programmes);
        }
    }
}
