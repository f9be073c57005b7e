package org.mednumlod.endpoint.dedup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.mednumlod.ontology.GEO;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.PROV;

/**
 * Writes a place of the merged-places graph from the source records that describe it (docs/deduplication.md
 * §Fusion): every value says where it came from, nothing of a record is lost (each record stays in its source graph).
 * <ul>
 * <li>the records are ordered freshest first ({@code date_maj}, a record without date last; ties by record key);</li>
 * <li>a single-valued field takes the value of the freshest record that has one ({@code date_maj} is thus the most
 * recent); the address, commune, coordinates and geometry come together from the freshest record that has an address
 * or coordinates, so that they stay consistent;</li>
 * <li>a list field is the union of the records' values (the national programmes too: a membership is never lost);</li>
 * <li>{@code mnl:id} is the place's key (unique in the release, unlike the sources' ids);</li>
 * <li>the place links to each record ({@code prov:wasDerivedFrom}), each record to the place ({@code mnl:lieu});
 * a place of several records gives, per property, the record(s) its values came from ({@code mnl:origineValeur})
 * and the matches that joined the records ({@code mnl:rapprochement}).</li>
 * </ul>
 */
final class MergedPlaces {
    private static final Node WAS_DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    private static final List<Node> LOCATION = List.of(
            MNL.adresse.asNode(),
            MNL.complementAdresse.asNode(),
            MNL.codePostal.asNode(),
            MNL.commune.asNode(),
            MNL.codeInsee.asNode(),
            MNL.latitude.asNode(),
            MNL.longitude.asNode(),
            MNL.situeDansCommune.asNode(),
            SchemaDO.geo.asNode(),
            GEO.hasGeometry.asNode());

    private final Identifiers ids;
    private final Node graph;

    MergedPlaces(String base, Node graph) {
        this.ids = new Identifiers(base);
        this.graph = graph;
    }

    /** The identifier scheme the places are written under. */
    Identifiers ids() {
        return ids;
    }

    /** Writes place {@code key} from {@code records} (one or more) to {@code out}. */
    void write(String key, List<RecordCollector.Record> records, List<Matcher.Link> matches, StreamRDF out) {
        Node place = ids.place(key);
        List<RecordCollector.Record> ordered = new ArrayList<>(records);
        ordered.sort(Comparator.comparing(
                        (RecordCollector.Record r) -> r.dateMaj(),
                        Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(RecordCollector.Record::key));
        add(out, place, RDF.type.asNode(), MNL.LieuMediationNumerique.asNode());
        add(out, place, MNL.id.asNode(), NodeFactory.createLiteralString(key));
        Map<Node, Set<RecordCollector.Record>> origins = new LinkedHashMap<>();
        RecordCollector.Record located = ordered.stream()
                .filter(r -> !r.get(MNL.adresse.asNode()).isEmpty()
                        || !r.get(SchemaDO.geo.asNode()).isEmpty())
                .findFirst()
                .orElse(ordered.get(0));
        for (Node p : LOCATION) {
            for (Node o : located.get(p)) {
                add(out, place, p, fragment(o, located, place));
                origins.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(located);
            }
        }
        located.fragments.forEach((node, triples) -> {
            Node renamed = fragment(node, located, place);
            for (Triple t : triples) {
                add(out, renamed, t.getPredicate(), t.getObject());
            }
        });
        values(out, place, ordered, origins);
        Set<Node> sources = new HashSet<>();
        for (RecordCollector.Record r : ordered) {
            add(out, place, WAS_DERIVED_FROM, r.uri);
            add(out, r.uri, MNL.lieu.asNode(), place);
            sources.add(r.graph);
        }
        add(
                out,
                place,
                MNL.nombreSources.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(sources.size()), XSDDatatype.XSDinteger));
        if (ordered.size() > 1) {
            provenance(out, place, origins, matches);
        }
    }

    /**
     * The place's values: a single-valued field from the first record that has it (newest first), a multi-valued one
     * as the union of all; {@code origins} gets the records each property came from.
     */
    private void values(
            StreamRDF out,
            Node place,
            List<RecordCollector.Record> ordered,
            Map<Node, Set<RecordCollector.Record>> origins) {
        Set<Node> properties = new LinkedHashSet<>();
        ordered.forEach(r -> properties.addAll(r.values.keySet()));
        for (Node p : properties) {
            if (LOCATION.contains(p) || MNL.id.asNode().equals(p) || !RecordCollector.FIELDS.containsKey(p)) {
                continue;
            }
            if (RecordCollector.FIELDS.get(p)) {
                Set<Node> union = new LinkedHashSet<>();
                for (RecordCollector.Record r : ordered) {
                    if (!r.get(p).isEmpty()) {
                        union.addAll(r.get(p));
                        origins.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(r);
                    }
                }
                union.forEach(o -> add(out, place, p, o));
            } else {
                for (RecordCollector.Record r : ordered) {
                    if (!r.get(p).isEmpty()) {
                        r.get(p).forEach(o -> add(out, place, p, o));
                        origins.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(r);
                        break;
                    }
                }
            }
        }
    }

    /** Where each value came from ({@code mnl:origineValeur}) and the matches that joined the records. */
    private void provenance(
            StreamRDF out, Node place, Map<Node, Set<RecordCollector.Record>> origins, List<Matcher.Link> matches) {
        origins.forEach((p, from) -> {
            Node origin = NodeFactory.createURI(place.getURI() + "#origine-" + localName(p));
            add(out, place, MNL.origineValeur.asNode(), origin);
            add(out, origin, RDF.type.asNode(), MNL.OrigineValeur.asNode());
            add(out, origin, MNL.propriete.asNode(), p);
            from.forEach(r -> add(out, origin, WAS_DERIVED_FROM, r.uri));
        });
        int n = 0;
        for (Matcher.Link m : matches) {
            Node match = NodeFactory.createURI(place.getURI() + "#rapprochement-" + (++n));
            add(out, place, MNL.rapprochement.asNode(), match);
            add(out, match, RDF.type.asNode(), MNL.Rapprochement.asNode());
            add(out, match, WAS_DERIVED_FROM, ids.record(m.a()));
            add(out, match, WAS_DERIVED_FROM, ids.record(m.b()));
            add(
                    out,
                    match,
                    MNL.score.asNode(),
                    NodeFactory.createLiteralDT(
                            BigDecimal.valueOf(m.score())
                                    .setScale(3, java.math.RoundingMode.HALF_UP)
                                    .toPlainString(),
                            XSDDatatype.XSDdecimal));
            m.signals().forEach(s -> add(out, match, MNL.indice.asNode(), NodeFactory.createLiteralLang(s, "fr")));
        }
    }

    /** A record's geometry node ({record}#coordonnees) becomes the place's ({place}#coordonnees). */
    private static Node fragment(Node o, RecordCollector.Record record, Node place) {
        String prefix = record.uri.getURI() + "#";
        return o.isURI() && o.getURI().startsWith(prefix)
                ? NodeFactory.createURI(place.getURI() + "#" + o.getURI().substring(prefix.length()))
                : o;
    }

    private static String localName(Node p) {
        String u = p.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }

    private void add(StreamRDF out, Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }
}
