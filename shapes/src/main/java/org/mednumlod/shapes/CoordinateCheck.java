package org.mednumlod.shapes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.mednumlod.ontology.MNL;

/**
 * Coordinates: both or none, inside France (the bounding boxes of {@code controles.ttl}), not swapped, and not
 * farther from the centroid of the place's commune than the declared threshold.
 */
final class CoordinateCheck implements PlaceCheck {
    static final String INCOMPLETE = "coordonnees.incompletes";
    static final String OUTSIDE = "coordonnees.hors-france";
    static final String SWAPPED = "coordonnees.inversees";
    static final String FAR = "coordonnees.loin-de-la-commune";
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private record Box(double latMin, double latMax, double lonMin, double lonMax) {
        boolean contains(double lat, double lon) {
            return lat >= latMin && lat <= latMax && lon >= lonMin && lon <= lonMax;
        }
    }

    private final List<Box> france = new ArrayList<>();
    private final double thresholdKm;
    private final Map<String, Double> thresholdByDepartement = new HashMap<>();
    private final CommuneIndex communes;

    CoordinateCheck(Graph controls, CommuneIndex communes) {
        this.communes = communes;
        Node outside = NodeFactory.createURI(MNLS.NS + OUTSIDE);
        for (Triple t : controls.find(outside, MNLS.emprise, Node.ANY).toList()) {
            Node box = t.getObject();
            france.add(new Box(
                    number(controls, box, MNLS.latitudeMin),
                    number(controls, box, MNLS.latitudeMax),
                    number(controls, box, MNLS.longitudeMin),
                    number(controls, box, MNLS.longitudeMax)));
        }
        Node far = NodeFactory.createURI(MNLS.NS + FAR);
        this.thresholdKm = number(controls, far, MNLS.seuilKm);
        for (Triple t : controls.find(far, MNLS.exception, Node.ANY).toList()) {
            Node departement = RuleCatalog.object(controls, t.getObject(), MNLS.departement);
            thresholdByDepartement.put(
                    departement.getLiteralLexicalForm(), number(controls, t.getObject(), MNLS.seuilKm));
        }
        if (france.isEmpty()) {
            throw new IllegalStateException("aucune emprise déclarée pour " + OUTSIDE);
        }
    }

    private static double number(Graph graph, Node s, Node p) {
        Node o = RuleCatalog.object(graph, s, p);
        if (o == null) {
            throw new IllegalStateException("paramètre absent : " + s + " " + p);
        }
        return Double.parseDouble(o.getLiteralLexicalForm());
    }

    @Override
    public Set<String> rules() {
        return Set.of(INCOMPLETE, OUTSIDE, SWAPPED, FAR);
    }

    @Override
    public void check(PlaceFacts place, Findings findings) {
        Optional<Node> latNode = place.first(MNL.latitude.asNode());
        Optional<Node> lonNode = place.first(MNL.longitude.asNode());
        if (latNode.isPresent() != lonNode.isPresent()) {
            boolean hasLat = latNode.isPresent();
            Node present = hasLat ? latNode.get() : lonNode.get();
            findings.add(
                    INCOMPLETE,
                    hasLat ? MNL.latitude.asNode() : MNL.longitude.asNode(),
                    present,
                    present.isLiteral() ? present.getLiteralLexicalForm() : present.toString(),
                    Map.of("present", hasLat ? "latitude" : "longitude", "absent", hasLat ? "longitude" : "latitude"));
            return;
        }
        Double lat = latNode.map(CoordinateCheck::numeric).orElse(null);
        Double lon = lonNode.map(CoordinateCheck::numeric).orElse(null);
        if (lat == null || lon == null) {
            return;
        }
        String shown =
                latNode.get().getLiteralLexicalForm() + ", " + lonNode.get().getLiteralLexicalForm();
        Node shownNode = NodeFactory.createLiteralString(shown);
        if (!inFrance(lat, lon)) {
            findings.add(inFrance(lon, lat) ? SWAPPED : OUTSIDE, null, shownNode, shown, Map.of());
            return;
        }
        communes.of(place, false)
                .ifPresent(
                        c -> { // a former commune: its own centre
                            if (c.latitude() == null || c.longitude() == null) {
                                return;
                            }
                            double km = distanceKm(lat, lon, c.latitude(), c.longitude());
                            if (km > thresholdByDepartement.getOrDefault(c.departement(), thresholdKm)) {
                                findings.add(
                                        FAR,
                                        null,
                                        shownNode,
                                        shown,
                                        Map.of(
                                                "distance",
                                                String.format(Locale.ROOT, "%.0f", km),
                                                "commune",
                                                c.nom(),
                                                "code",
                                                c.code()));
                            }
                        });
    }

    /** True if the point is inside one of the declared boxes of France (métropole and outre-mer). */
    boolean inFrance(double lat, double lon) {
        return france.stream().anyMatch(b -> b.contains(lat, lon));
    }

    private static Double numeric(Node node) {
        if (!node.isLiteral()) {
            return null;
        }
        try {
            return node.getLiteralValue() instanceof Number n ? n.doubleValue() : null;
        } catch (DatatypeFormatException e) {
            return null;
        }
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
