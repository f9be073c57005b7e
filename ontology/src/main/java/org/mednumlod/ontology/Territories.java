package org.mednumlod.ontology;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The territory reference: régions, départements, EPCI and communes of the COG 2026 (package
 * {@code @etalab/decoupage-administratif} 6.0.0) with commune centroids from La Poste's postcode file.
 * Immutable and thread-safe once built; obtain it from {@link Reference#territories()}.
 */
public final class Territories {

    /** Kinds of commune-level entries, as the COG package types them. */
    public enum CommuneType {
        ACTUELLE("commune-actuelle", "commune"),
        DELEGUEE("commune-deleguee", "commune-deleguee"),
        ASSOCIEE("commune-associee", "commune-associee"),
        ARRONDISSEMENT_MUNICIPAL("arrondissement-municipal", "arrondissement-municipal");

        private final String cogType;
        private final String pathSegment;

        CommuneType(String cogType, String pathSegment) {
            this.cogType = cogType;
            this.pathSegment = pathSegment;
        }

        /** The segment of the territory's URI path, e.g. {@code commune} in {@code /id/commune/49007}. */
        public String pathSegment() {
            return pathSegment;
        }

        static CommuneType fromCog(String type) {
            for (CommuneType t : values()) {
                if (t.cogType.equals(type)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("type de commune inconnu : " + type);
        }
    }

    public record Region(String code, String nom, String zone, String chefLieu) {}

    public record Departement(String code, String nom, String region, String zone, String chefLieu) {}

    public record Epci(
            String siren,
            String nom,
            String nature,
            Integer populationTotale,
            Integer populationMunicipale,
            List<String> membres) {}

    /**
     * A commune-level entry. {@code parent} is the current commune of a delegated or associated commune or
     * of a municipal arrondissement; {@code epci} is null for the communes outside any EPCI; {@code latitude}
     * and {@code longitude} are null where La Poste's file has no centroid for the code; {@code anciensCodes}
     * are the codes of former communes merged into this one.
     */
    public record Commune(
            String code,
            String nom,
            CommuneType type,
            String zone,
            String departement,
            String region,
            String epci,
            String siren,
            List<String> codesPostaux,
            Integer population,
            String parent,
            Double latitude,
            Double longitude,
            List<String> anciensCodes) {
        public boolean isCurrent() {
            return type == CommuneType.ACTUELLE;
        }
    }

    private final Map<String, Region> regions;
    private final Map<String, Departement> departements;
    private final Map<String, Epci> epcis;
    private final Map<String, Commune> communes;
    private final List<Commune> otherCommunes;

    Territories(
            Map<String, Region> regions,
            Map<String, Departement> departements,
            Map<String, Epci> epcis,
            Map<String, Commune> communes,
            List<Commune> otherCommunes) {
        this.regions = Collections.unmodifiableMap(regions);
        this.departements = Collections.unmodifiableMap(departements);
        this.epcis = Collections.unmodifiableMap(epcis);
        this.communes = Collections.unmodifiableMap(communes);
        this.otherCommunes = List.copyOf(otherCommunes);
    }

    public Collection<Region> regions() {
        return regions.values();
    }

    public Collection<Departement> departements() {
        return departements.values();
    }

    public Collection<Epci> epcis() {
        return epcis.values();
    }

    /** The current communes (type {@link CommuneType#ACTUELLE}), by INSEE code order. */
    public Collection<Commune> communes() {
        return communes.values();
    }

    /** Delegated and associated communes and municipal arrondissements. */
    public List<Commune> otherCommunes() {
        return otherCommunes;
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public Optional<Departement> departement(String code) {
        return Optional.ofNullable(departements.get(code));
    }

    public Optional<Epci> epci(String siren) {
        return Optional.ofNullable(epcis.get(siren));
    }

    /** A current commune by its COG 2026 code. */
    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(communes.get(code));
    }
}
