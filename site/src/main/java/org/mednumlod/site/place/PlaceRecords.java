package org.mednumlod.site.place;

import static org.mednumlod.site.place.NodeText.label;
import static org.mednumlod.site.place.NodeText.string;
import static org.mednumlod.site.place.NodeText.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.PROV;

/**
 * The source records a place merges, as its page shows them: each record with its source, and the schema fields on
 * which they disagree.
 */
final class PlaceRecords {
    private PlaceRecords() {}

    /** The source records the place merges ({@code prov:wasDerivedFrom} a {@code mnl:FicheLieu}), freshest first. */
    static List<Resource> records(Model m, Resource s) {
        return s.listProperties(m.createProperty(PROV.NS + "wasDerivedFrom")).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isResource)
                .map(RDFNode::asResource)
                .filter(r -> r.hasProperty(org.apache.jena.vocabulary.RDF.type, MNL.FicheLieu))
                .sorted(Comparator.comparing(
                                (Resource r) -> Optional.ofNullable(text(r, MNL.dateMaj))
                                        .orElse(""),
                                Comparator.reverseOrder())
                        .thenComparing(Resource::getURI))
                .toList();
    }

    static List<PlaceView.Source> sources(Model m, Resource s, String base) {
        List<PlaceView.Source> out = new ArrayList<>();
        for (Resource r : records(m, s)) {
            Resource src = r.getPropertyResourceValue(m.createProperty(PROV.NS + "wasDerivedFrom"));
            if (src == null) {
                continue;
            }
            RDFNode licence = src.hasProperty(DCTerms.license)
                    ? src.getProperty(DCTerms.license).getObject()
                    : null;
            out.add(new PlaceView.Source(
                    Optional.ofNullable(string(src, RDFS.label)).orElse(src.getURI()),
                    string(src, DCTerms.publisher),
                    licence == null
                            ? null
                            : licence.isLiteral() ? licence.asLiteral().getLexicalForm() : label(licence),
                    text(r, MNL.fichierSource),
                    text(r, MNL.ligneSource),
                    text(r, MNL.identifiantSource),
                    text(r, MNL.dateMaj),
                    anchor(base, r.getURI())));
        }
        return out;
    }

    /** {@code fiche-{record key}}: the page anchor of a source record ({@code {base}/id/fiche/{key}}). */
    static String anchor(String base, String recordUri) {
        return "fiche-" + new Identifiers(base).recordKey(recordUri).orElse(recordUri);
    }

    /**
     * The schema fields on which the place's records disagree: for each, every record that has the field, with its
     * values (code-list labels). Silent records (without the field) do not disagree.
     */
    static List<PlaceView.Disagreement> disagreements(Model m, Resource s) {
        List<Resource> records = records(m, s);
        if (records.size() < 2) {
            return List.of();
        }
        java.util.Set<Property> props = new java.util.TreeSet<>(Comparator.comparingInt((Property p) -> m.getResource(
                                        p.getURI())
                                .hasProperty(MNL.rang)
                        ? m.getResource(p.getURI()).getProperty(MNL.rang).getInt()
                        : 999)
                .thenComparing(Property::getURI));
        records.forEach(r -> r.listProperties().forEachRemaining(st -> {
            if (m.getResource(st.getPredicate().getURI()).hasProperty(MNL.champ)
                    && !st.getPredicate().equals(MNL.id)) {
                props.add(st.getPredicate());
            }
        }));
        List<PlaceView.Disagreement> out = new ArrayList<>();
        for (Property p : props) {
            List<PlaceView.SourceValue> values = new ArrayList<>();
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (Resource r : records) {
                List<String> v = r.listProperties(p).toList().stream()
                        .map(st -> label(st.getObject()))
                        .sorted()
                        .toList();
                if (!v.isEmpty()) {
                    distinct.add(String.join(" | ", v));
                    Resource src = r.getPropertyResourceValue(m.createProperty(PROV.NS + "wasDerivedFrom"));
                    String title = src == null
                            ? r.getURI()
                            : Optional.ofNullable(string(src, RDFS.label)).orElse(src.getURI());
                    values.add(new PlaceView.SourceValue(title, String.join(" | ", v)));
                }
            }
            if (distinct.size() > 1) {
                Resource def = m.getResource(p.getURI());
                out.add(new PlaceView.Disagreement(
                        Optional.ofNullable(string(def, RDFS.label)).orElse(p.getLocalName()),
                        string(def, MNL.champ),
                        values));
            }
        }
        return out;
    }
}
