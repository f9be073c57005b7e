package org.mednumlod.endpoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The figures of every territory (région, département, EPCI, current commune), computed once per release with the
 * {@code statistics-*.rq} queries and written to the statistics graph as a W3C RDF Data Cube
 * ({@code docs/statistics.md}): one {@code qb:Observation} per territory ({@code sdmx-dimension:refArea}),
 * indicator ({@code mnl:indicateur}) and breakdown value ({@code mnl:modalite}: « ensemble » or a code-list
 * concept), its value in {@code sdmx-measure:obsValue}. Pages read these figures instead of counting per request.
 * Also the box around the communes' centroids of each EPCI, département and région ({@code schema:box}).
 */
final class Statistics {
    static final String QB = "http://purl.org/linked-data/cube#";
    static final String REF_AREA = "http://purl.org/linked-data/sdmx/2009/dimension#refArea";
    static final String OBS_VALUE = "http://purl.org/linked-data/sdmx/2009/measure#obsValue";
    static final String MNL = "https://w3id.org/mednum-lod/def#";
    private static final String SCHEMA = "https://schema.org/";
    private static final String CODES = "https://w3id.org/mednum-lod/code/";

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
    private final List<Quad> quads = new ArrayList<>();

    Statistics(String base, Node graph) {
        this.base = base;
        this.graph = graph;
        this.dataset = uri(base + "/statistiques");
        this.total = uri(base + "/statistiques/modalite/ensemble");
    }

    /** Computes the figures of the release in {@code dsg} and adds them to the statistics graph. */
    void write(DatasetGraph dsg, Consumer<String> progress) {
        long start = System.nanoTime();
        Dataset ds = DatasetFactory.wrap(dsg);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        int[] observations = new int[1];
        Txn.executeRead(ds, () -> {
            describeStructure();
            Map<Node, Long> places = counts(ReleaseQueries.select(ds, "statistics-places"));
            Map<Node, Long> withoutPlace = counts(ReleaseQueries.select(ds, "statistics-communes-without-place"));
            for (QuerySolution r : ReleaseQueries.select(ds, "statistics-territories")) {
                Node t = r.get("t").asNode();
                long n = places.getOrDefault(t, 0L);
                observations[0]++;
                observe(t, Indicator.PLACES, total, integer(n));
                if (r.contains("population") && r.getLiteral("population").getLong() > 0) {
                    BigDecimal per10k = BigDecimal.valueOf(n * 10_000L)
                            .divide(BigDecimal.valueOf(r.getLiteral("population").getLong()), 2, RoundingMode.HALF_UP);
                    observations[0]++;
                    observe(t, Indicator.PER_10K, total, NodeFactory.createLiteralDT(per10k.toPlainString(), XSDDatatype.XSDdecimal));
                }
                if (!t.getURI().contains("/id/commune/")) {
                    observations[0]++;
                    observe(t, Indicator.COMMUNES_WITHOUT_PLACE, total, integer(withoutPlace.getOrDefault(t, 0L)));
                }
            }
            for (QuerySolution r : ReleaseQueries.select(ds, "statistics-breakdown")) {
                observations[0]++;
                observe(r.get("t").asNode(), Indicator.PLACES, r.get("code").asNode(), integer(r.getLiteral("n").getLong()));
            }
            for (QuerySolution r : ReleaseQueries.select(ds, "statistics-extent")) {
                Node t = r.get("t").asNode();
                Node box = uri(base + "/statistiques/" + path(t) + "#emprise");
                add(t, uri(SCHEMA + "geo"), box);
                add(box, RDF.type.asNode(), uri(SCHEMA + "GeoShape"));
                add(box, uri(SCHEMA + "box"), NodeFactory.createLiteralString(String.format(Locale.ROOT, "%s %s %s %s",
                        lexical(r, "south"), lexical(r, "west"), lexical(r, "north"), lexical(r, "east"))));
            }
        });
        Txn.executeWrite(ds, () -> quads.forEach(dsg::add));
        progress.accept(String.format(Locale.FRANCE, "Statistiques : %,d observations (%,d triplets) en %.1f s",
                observations[0], quads.size(), (System.nanoTime() - start) / 1e9));
    }

    /** The data set, its structure (Data Cube), and the code list of indicators. */
    private void describeStructure() {
        Node structure = uri(base + "/statistiques#structure");
        Node indicator = uri(MNL + "indicateur");
        Node breakdown = uri(MNL + "modalite");
        Node indicators = uri(base + "/statistiques/indicateur");
        add(dataset, RDF.type.asNode(), uri(QB + "DataSet"));
        add(dataset, DCTerms.title.asNode(), fr("Statistiques des territoires"));
        add(dataset, DCTerms.description.asNode(), fr("Pour chaque région, département, intercommunalité et commune : "
                + "nombre de lieux de médiation numérique, lieux pour 10 000 habitants (population municipale), lieux par "
                + "service, par dispositif national et par frais à charge, communes sans aucun lieu. Calculées à la "
                + "publication de la version."));
        add(dataset, uri(QB + "structure"), structure);
        add(structure, RDF.type.asNode(), uri(QB + "DataStructureDefinition"));
        component(structure, "territoire", "dimension", uri(REF_AREA), 1);
        component(structure, "indicateur", "dimension", indicator, 2);
        component(structure, "modalite", "dimension", breakdown, 3);
        component(structure, "valeur", "measure", uri(OBS_VALUE), 4);

        add(indicator, RDF.type.asNode(), uri(QB + "DimensionProperty"));
        add(indicator, RDF.type.asNode(), RDF.Property.asNode());
        add(indicator, RDFS.label.asNode(), fr("Indicateur"));
        add(indicator, RDFS.label.asNode(), NodeFactory.createLiteralLang("Indicator", "en"));
        add(indicator, RDFS.range.asNode(), SKOS.Concept.asNode());
        add(indicator, uri(QB + "codeList"), indicators);
        add(breakdown, RDF.type.asNode(), uri(QB + "DimensionProperty"));
        add(breakdown, RDF.type.asNode(), RDF.Property.asNode());
        add(breakdown, RDFS.label.asNode(), fr("Modalité"));
        add(breakdown, RDFS.label.asNode(), NodeFactory.createLiteralLang("Breakdown value", "en"));
        add(breakdown, RDFS.comment.asNode(), fr("« Ensemble » pour le total, sinon un concept d'une liste de codes "
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
        add(structure, uri(QB + "component"), spec);
        add(spec, uri(QB + role), property);
        add(spec, uri(QB + "order"), integer(order));
    }

    private void observe(Node territory, Indicator indicator, Node breakdown, Node value) {
        String id = base + "/statistiques/" + path(territory) + "/" + indicator.slug;
        if (!breakdown.equals(total)) {
            String code = breakdown.getURI();
            id += "/" + (code.startsWith(CODES) ? code.substring(CODES.length())
                    : Integer.toHexString(code.hashCode()));
        }
        Node obs = uri(id);
        add(obs, RDF.type.asNode(), uri(QB + "Observation"));
        add(obs, uri(QB + "dataSet"), dataset);
        add(obs, uri(REF_AREA), territory);
        add(obs, uri(MNL + "indicateur"), indicator(indicator));
        add(obs, uri(MNL + "modalite"), breakdown);
        add(obs, uri(OBS_VALUE), value);
    }

    private Node indicator(Indicator i) {
        return uri(base + "/statistiques/indicateur/" + i.slug);
    }

    /** {@code commune/16015} for {@code {base}/id/commune/16015}. */
    private static String path(Node territory) {
        String u = territory.getURI();
        return u.substring(u.indexOf("/id/") + "/id/".length());
    }

    private static Map<Node, Long> counts(List<QuerySolution> rows) {
        Map<Node, Long> counts = new HashMap<>();
        for (QuerySolution r : rows) {
            counts.put(r.get("t").asNode(), r.getLiteral("n").getLong());
        }
        return counts;
    }

    private static String lexical(QuerySolution r, String var) {
        return r.getLiteral(var).getLexicalForm();
    }

    private void add(Node s, Node p, Node o) {
        quads.add(Quad.create(graph, s, p, o));
    }

    private static Node uri(String uri) {
        return NodeFactory.createURI(uri);
    }

    private static Node fr(String text) {
        return NodeFactory.createLiteralLang(text, "fr");
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
