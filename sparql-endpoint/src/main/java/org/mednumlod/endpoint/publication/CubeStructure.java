package org.mednumlod.endpoint.publication;

import static org.mednumlod.endpoint.publication.Statistics.OBS_VALUE;
import static org.mednumlod.endpoint.publication.Statistics.REF_AREA;
import static org.mednumlod.endpoint.publication.Statistics.fr;
import static org.mednumlod.endpoint.publication.Statistics.integer;
import static org.mednumlod.endpoint.publication.Statistics.uri;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mednumlod.ontology.QB;

/**
 * The statistics data set's description ({@code docs/statistics.md}): its W3C Data Cube structure (territory,
 * indicator, breakdown value, value) and the code list of its indicators, added to the statistics graph.
 */
final class CubeStructure {
    /** The indicators: slug, French and English labels. */
    enum Indicator {
        PLACES("nombre-de-lieux", "Nombre de lieux de médiation numérique", "Number of digital inclusion places"),
        PER_10K("lieux-pour-10000-habitants", "Lieux pour 10 000 habitants", "Places per 10,000 inhabitants"),
        COMMUNES_WITHOUT_PLACE("communes-sans-lieu", "Communes sans aucun lieu", "Communes without any place");

        final String slug;
        final String fr;
        final String en;

        Indicator(String slug, String fr, String en) {
            this.slug = slug;
            this.fr = fr;
            this.en = en;
        }
    }

    private final String base;
    private final Node graph;
    private final Node dataset;
    private final Node total;
    private final List<Quad> quads;

    /** Adds to {@code quads}, in {@code graph}, the description of {@code dataset} whose total breakdown is {@code total}. */
    CubeStructure(String base, Node graph, Node dataset, Node total, List<Quad> quads) {
        this.base = base;
        this.graph = graph;
        this.dataset = dataset;
        this.total = total;
        this.quads = quads;
    }

    /** The data set, its structure (Data Cube), and the code list of indicators. */
    void describe() {
        Node structure = uri(base + "/statistiques#structure");
        Node indicator = org.mednumlod.ontology.MNL.indicateur.asNode();
        Node breakdown = org.mednumlod.ontology.MNL.modalite.asNode();
        Node indicators = uri(base + "/statistiques/indicateur");
        add(dataset, RDF.type.asNode(), uri(QB.NS + "DataSet"));
        add(dataset, DCTerms.title.asNode(), fr("Statistiques des territoires"));
        add(
                dataset,
                DCTerms.description.asNode(),
                fr("Pour chaque région, département, intercommunalité et commune : "
                        + "nombre de lieux de médiation numérique, lieux pour 10 000 habitants (population municipale), lieux par "
                        + "service, par dispositif national et par frais à charge, communes sans aucun lieu. Calculées à la "
                        + "publication de la version."));
        add(dataset, uri(QB.NS + "structure"), structure);
        add(structure, RDF.type.asNode(), uri(QB.NS + "DataStructureDefinition"));
        component(structure, "territoire", "dimension", uri(REF_AREA), 1);
        component(structure, "indicateur", "dimension", indicator, 2);
        component(structure, "modalite", "dimension", breakdown, 3);
        component(structure, "valeur", "measure", uri(OBS_VALUE), 4);

        add(indicator, RDF.type.asNode(), uri(QB.NS + "DimensionProperty"));
        add(indicator, RDF.type.asNode(), RDF.Property.asNode());
        add(indicator, RDFS.label.asNode(), fr("Indicateur"));
        add(indicator, RDFS.label.asNode(), NodeFactory.createLiteralLang("Indicator", "en"));
        add(indicator, RDFS.range.asNode(), SKOS.Concept.asNode());
        add(indicator, uri(QB.NS + "codeList"), indicators);
        add(breakdown, RDF.type.asNode(), uri(QB.NS + "DimensionProperty"));
        add(breakdown, RDF.type.asNode(), RDF.Property.asNode());
        add(breakdown, RDFS.label.asNode(), fr("Modalité"));
        add(breakdown, RDFS.label.asNode(), NodeFactory.createLiteralLang("Breakdown value", "en"));
        add(
                breakdown,
                RDFS.comment.asNode(),
                fr(
                        "« Ensemble » pour le total, sinon un concept d'une liste de codes "
                                + "(services, dispositifs nationaux, frais à charge) : les lieux du territoire qui ont cette valeur."));
        add(breakdown, RDFS.range.asNode(), SKOS.Concept.asNode());

        add(indicators, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        add(indicators, SKOS.prefLabel.asNode(), fr("Indicateurs des territoires"));
        for (Indicator i : Indicator.values()) {
            Node c = indicator(i);
            add(c, RDF.type.asNode(), SKOS.Concept.asNode());
            add(c, SKOS.inScheme.asNode(), indicators);
            add(c, SKOS.notation.asNode(), NodeFactory.createLiteralString(i.slug));
            add(c, SKOS.prefLabel.asNode(), fr(i.fr));
            add(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(i.en, "en"));
        }
        add(total, RDF.type.asNode(), SKOS.Concept.asNode());
        add(total, SKOS.prefLabel.asNode(), fr("Ensemble"));
        add(total, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Total", "en"));
    }

    private void component(Node structure, String name, String role, Node property, int order) {
        Node spec = uri(base + "/statistiques#composante-" + name);
        add(structure, uri(QB.NS + "component"), spec);
        add(spec, uri(QB.NS + role), property);
        add(spec, uri(QB.NS + "order"), integer(order));
    }

    Node indicator(Indicator i) {
        return uri(base + "/statistiques/indicateur/" + i.slug);
    }

    private void add(Node s, Node p, Node o) {
        quads.add(Quad.create(graph, s, p, o));
    }
}
