package org.mednumlod.endpoint.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.endpoint.SparqlFiles;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.QB;

/**
 * The figures of every territory (région, département, EPCI, current commune), computed once per release with the
 * {@code statistics-*.rq} queries and written to the statistics graph as a W3C RDF Data Cube
 * ({@code docs/statistics.md}): one observation per territory ({@code sdmx-dimension:refArea}), indicator
 * ({@code mnl:indicateur}) and breakdown value ({@code mnl:modalite}: « ensemble » or a code-list concept), its
 * value in {@code sdmx-measure:obsValue}; zeros are not written (a sparse cube), and {@code rdf:type qb:Observation}
 * is left to the cube's normalisation rule (implied by {@code qb:dataSet}). Pages read these figures instead of
 * counting per request.
 * Also the box around the communes' centroids of each EPCI, département and région ({@code schema:box}).
 */
public final class Statistics {
    static final String REF_AREA = "http://purl.org/linked-data/sdmx/2009/dimension#refArea";
    static final String OBS_VALUE = "http://purl.org/linked-data/sdmx/2009/measure#obsValue";
    private static final String SCHEMA = "https://schema.org/";
    private static final String CODES = "https://w3id.org/mednum-lod/code/";

    private final String base;
    private final Identifiers ids;
    private final Node territoryGraph;
    private final Node graph;
    private final Node dataset;
    private final Node total;
    private final List<Quad> quads = new ArrayList<>();
    private final CubeStructure cube;
    private String reference;

    /**
     * The dataset's reference graphs are those of fingerprint {@code fingerprint} (the release's {@code ReferenceTemplate}), unchanged:
     * what they say of the territories is read once per process for each fingerprint.
     */
    public Statistics reference(String fingerprint) {
        this.reference = fingerprint;
        return this;
    }

    public Statistics(String base, Node territoryGraph, Node graph) {
        this.base = base;
        this.ids = new Identifiers(base);
        this.territoryGraph = territoryGraph;
        this.graph = graph;
        this.dataset = uri(base + "/statistiques");
        this.total = uri(base + "/statistiques/modalite/ensemble");
        this.cube = new CubeStructure(base, graph, dataset, total, quads);
    }

    /**
     * Computes the figures of the release in {@code dsg} and adds them to the statistics graph. Four queries read
     * the communes with their parents, the other territories, the places with their commune and the places' codes;
     * each place is then counted once for its commune and each territory above it. A zero is not written: a
     * territory without observation has no place.
     */
    public void write(DatasetGraph dsg, Consumer<String> progress) {
        long start = System.nanoTime();
        Dataset ds = DatasetFactory.wrap(dsg);
        TerritoryFrame frame = TerritoryFrame.of(reference, ds, Map.of("territoires", territoryGraph));
        Map<Node, Set<Node>> placeTerritories = new HashMap<>();
        Map<Node, Map<Node, Long>> codes = new HashMap<>(); // territory -> code -> places
        Txn.executeRead(ds, () -> readPlaces(ds, frame.communes(), placeTerritories, codes));
        double read = (System.nanoTime() - start) / 1e9;

        Map<Node, Long> places = new HashMap<>();
        placeTerritories.values().forEach(in -> in.forEach(t -> places.merge(t, 1L, Long::sum)));
        Map<Node, Long> withoutPlace = new HashMap<>();
        Map<Node, double[]> extent = new HashMap<>(); // south, west, north, east
        frame.communes().forEach((c, commune) -> {
            for (Node parent : commune.parents()) {
                if (!places.containsKey(c)) {
                    withoutPlace.merge(parent, 1L, Long::sum);
                }
                if (commune.latitude() != null && commune.longitude() != null) {
                    double[] box = extent.computeIfAbsent(parent, k -> new double[] {90, 180, -90, -180});
                    box[0] = Math.min(box[0], commune.latitude());
                    box[1] = Math.min(box[1], commune.longitude());
                    box[2] = Math.max(box[2], commune.latitude());
                    box[3] = Math.max(box[3], commune.longitude());
                }
            }
        });
        cube.describe();
        int observations = observe(places, frame.population(), withoutPlace, codes);
        extent.forEach((t, box) -> {
            Node shape = uri(base + "/statistiques/" + path(t) + "#emprise");
            add(t, uri(SCHEMA + "geo"), shape);
            add(shape, RDF.type.asNode(), uri(SCHEMA + "GeoShape"));
            add(
                    shape,
                    uri(SCHEMA + "box"),
                    NodeFactory.createLiteralString(Arrays.stream(box)
                            .mapToObj(d -> BigDecimal.valueOf(d).toPlainString())
                            .collect(Collectors.joining(" "))));
        });
        long write = System.nanoTime();
        Txn.executeWrite(ds, () -> quads.forEach(dsg::add));
        progress.accept(String.format(
                Locale.FRANCE,
                "Statistiques : %,d observations (%,d triplets) en %.1f s " + "(lecture %.1f s, écriture %.1f s)",
                observations,
                quads.size(),
                (System.nanoTime() - start) / 1e9,
                read,
                (System.nanoTime() - write) / 1e9));
    }

    /** Each place's territories (its commune and those above it), and each territory's places by code. */
    private static void readPlaces(
            Dataset ds,
            Map<Node, TerritoryFrame.Commune> communes,
            Map<Node, Set<Node>> placeTerritories,
            Map<Node, Map<Node, Long>> codes) {
        for (QuerySolution r :
                SparqlFiles.select(ds, SparqlFiles.beside(Statistics.class, "statistics-places"), Map.of())) {
            TerritoryFrame.Commune c = communes.get(r.get("commune").asNode());
            if (c != null) {
                Set<Node> in = placeTerritories.computeIfAbsent(r.get("lieu").asNode(), k -> new HashSet<>());
                in.add(r.get("commune").asNode());
                in.addAll(c.parents());
            }
        }
        for (QuerySolution r :
                SparqlFiles.select(ds, SparqlFiles.beside(Statistics.class, "statistics-codes"), Map.of())) {
            Node code = r.get("code").asNode();
            for (Node t : placeTerritories.getOrDefault(r.get("lieu").asNode(), Set.of())) {
                codes.computeIfAbsent(t, k -> new HashMap<>()).merge(code, 1L, Long::sum);
            }
        }
    }

    /** The observations of every indicator; returns how many. */
    private int observe(
            Map<Node, Long> places,
            Map<Node, Long> population,
            Map<Node, Long> withoutPlace,
            Map<Node, Map<Node, Long>> codes) {
        int observations = 0;
        for (var e : places.entrySet()) {
            Node t = e.getKey();
            long n = e.getValue();
            observe(t, CubeStructure.Indicator.PLACES, total, integer(n));
            observations++;
            Long p = population.get(t);
            if (p != null && p > 0) {
                BigDecimal per10k =
                        BigDecimal.valueOf(n * 10_000L).divide(BigDecimal.valueOf(p), 2, RoundingMode.HALF_UP);
                observe(
                        t,
                        CubeStructure.Indicator.PER_10K,
                        total,
                        NodeFactory.createLiteralDT(per10k.toPlainString(), XSDDatatype.XSDdecimal));
                observations++;
            }
        }
        for (var e : withoutPlace.entrySet()) {
            observe(e.getKey(), CubeStructure.Indicator.COMMUNES_WITHOUT_PLACE, total, integer(e.getValue()));
            observations++;
        }
        for (var e : codes.entrySet()) {
            for (var c : e.getValue().entrySet()) {
                observe(e.getKey(), CubeStructure.Indicator.PLACES, c.getKey(), integer(c.getValue()));
                observations++;
            }
        }
        return observations;
    }

    private void observe(Node territory, CubeStructure.Indicator indicator, Node breakdown, Node value) {
        String id = base + "/statistiques/" + path(territory) + "/" + indicator.slug;
        if (!breakdown.equals(total)) {
            String code = breakdown.getURI();
            id += "/"
                    + (code.startsWith(CODES) ? code.substring(CODES.length()) : Integer.toHexString(code.hashCode()));
        }
        Node obs = uri(id);
        add(obs, uri(QB.NS + "dataSet"), dataset);
        add(obs, uri(REF_AREA), territory);
        add(obs, org.mednumlod.ontology.MNL.indicateur.asNode(), cube.indicator(indicator));
        add(obs, org.mednumlod.ontology.MNL.modalite.asNode(), breakdown);
        add(obs, uri(OBS_VALUE), value);
    }

    /** {@code commune/16015} for {@code {base}/id/commune/16015}. */
    private String path(Node territory) {
        return ids.thingPath(territory.getURI())
                .orElseThrow(
                        () -> new IllegalArgumentException("territoire hors de l'URI de base : " + territory.getURI()));
    }

    private void add(Node s, Node p, Node o) {
        quads.add(Quad.create(graph, s, p, o));
    }

    static Node uri(String uri) {
        return NodeFactory.createURI(uri);
    }

    static Node fr(String text) {
        return NodeFactory.createLiteralLang(text, "fr");
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
