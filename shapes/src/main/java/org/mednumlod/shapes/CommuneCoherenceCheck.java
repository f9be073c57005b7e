package org.mednumlod.shapes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.graph.Node;
import org.mednumlod.ontology.CommuneLookup;
import org.mednumlod.ontology.CommuneLookup.How;
import org.mednumlod.ontology.CommuneLookup.Named;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Territories.Commune;

/**
 * The three-way consistency of a place's commune: its INSEE code (the linked commune, else the code's current
 * commune), the commune name it gives and its coordinates. Reported when the name designates another commune
 * nearby (in the département of the code or of the postcode, or where the coordinates are) or when the
 * coordinates are beyond the plausible distance of the code's commune — a distance that follows the commune's
 * size ({@link CommuneLookup#plausibleKm}). A name that designates no commune (a locality, a misspelling) is left
 * to {@code code_insee.commune}.
 */
final class CommuneCoherenceCheck implements PlaceCheck {
    static final String RULE = "commune.coherence";

    private final CommuneIndex communes;
    private final CommuneLookup lookup;
    private final CoordinateCheck coordinates;

    CommuneCoherenceCheck(CommuneIndex communes, CommuneLookup lookup, CoordinateCheck coordinates) {
        this.communes = communes;
        this.lookup = lookup;
        this.coordinates = coordinates;
    }

    @Override
    public Set<String> rules() {
        return Set.of(RULE);
    }

    @Override
    public void check(PlaceFacts place, Findings findings) {
        Optional<Node> nameNode = place.first(MNL.commune.asNode())
                .filter(n -> n.isLiteral() && !n.getLiteralLexicalForm().isBlank());
        Optional<Commune> linked = communes.of(place, true);
        if (nameNode.isEmpty()
                || linked.isEmpty()
                || place.all(MNL.situeDansCommune.asNode()).size() > 1) {
            return;
        }
        Commune c = linked.get();
        String name = nameNode.get().getLiteralLexicalForm();
        double[] point = point(place);
        String postcode = place.text(MNL.codePostal.asNode()).orElse("");
        Commune other = lookup.names(c.code(), name) ? null : otherNamed(c, name, point, postcode);
        boolean far = point != null
                && !lookup.plausiblyIn(c.code(), point[0], point[1]).orElse(true);
        if (other == null && !far) {
            return;
        }
        StringBuilder fr = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (other != null) {
            fr.append("le nom désigne ")
                    .append(other.nom())
                    .append(" (")
                    .append(other.code())
                    .append(")");
            en.append("the name designates ")
                    .append(other.nom())
                    .append(" (")
                    .append(other.code())
                    .append(")");
        }
        if (point != null) {
            appendDistances(fr, en, c, other, point, far);
        }
        findings.add(
                RULE,
                nameNode.get(),
                Map.of(
                        "codeInsee",
                        c.code(),
                        "nomOfficiel",
                        c.nom(),
                        "detail",
                        fr.toString(),
                        "detailEn",
                        en.toString()));
    }

    /** The single other commune the name designates nearby (département, postcode or coordinates), or null. */
    private Commune otherNamed(Commune c, String name, double[] point, String postcode) {
        List<Commune> designated = lookup.named(name).stream()
                .filter(n -> n.how() != How.NOM_POSTAL)
                .map(Named::commune)
                .filter(n -> !n.code().equals(c.code()))
                .filter(n -> n.departement().equals(c.departement())
                        || lookup.postcodes(n.code()).contains(postcode)
                        || postcode.startsWith(n.departement())
                        || (point != null
                                && lookup.plausiblyIn(n.code(), point[0], point[1])
                                        .orElse(false)))
                .toList();
        return designated.size() == 1 ? designated.get(0) : null;
    }

    /** The distances of the point to the centre of the code's commune (and of the named one), in French and English. */
    private void appendDistances(
            StringBuilder fr, StringBuilder en, Commune c, Commune other, double[] point, boolean far) {
        OptionalDouble d = lookup.distanceKm(c.code(), point[0], point[1]);
        OptionalDouble max = lookup.plausibleKm(c.code());
        if (d.isPresent() && max.isPresent()) {
            String sep = fr.isEmpty() ? "" : " ; ";
            fr.append(sep)
                    .append("les coordonnées sont à ")
                    .append(km(d.getAsDouble()))
                    .append(" km du centre de ")
                    .append(c.nom())
                    .append(far ? " (au plus " + km(max.getAsDouble()) + " km attendus)" : "");
            en.append(sep)
                    .append("the coordinates are ")
                    .append(km(d.getAsDouble()))
                    .append(" km from the centre of ")
                    .append(c.nom())
                    .append(far ? " (at most " + km(max.getAsDouble()) + " km expected)" : "");
            OptionalDouble dOther =
                    other == null ? OptionalDouble.empty() : lookup.distanceKm(other.code(), point[0], point[1]);
            if (dOther.isPresent()) {
                fr.append(" et à ")
                        .append(km(dOther.getAsDouble()))
                        .append(" km de celui de ")
                        .append(other.nom());
                en.append(" and ")
                        .append(km(dOther.getAsDouble()))
                        .append(" km from that of ")
                        .append(other.nom());
            }
        }
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, "%.0f", km);
    }

    /** The place's coordinates when inside France (other points are left to the coordinate checks). */
    private double[] point(PlaceFacts place) {
        Double lat = place.first(MNL.latitude.asNode())
                .map(CommuneCoherenceCheck::numeric)
                .orElse(null);
        Double lon = place.first(MNL.longitude.asNode())
                .map(CommuneCoherenceCheck::numeric)
                .orElse(null);
        return lat == null || lon == null || !coordinates.inFrance(lat, lon) ? null : new double[] {lat, lon};
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
}
