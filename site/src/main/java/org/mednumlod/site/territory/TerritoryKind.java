package org.mednumlod.site.territory;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.mednumlod.ontology.IGEO;

/** Kinds of territory, with their URI path segment, class and French label. */
public enum TerritoryKind {
    REGION("region", IGEO.Region, "Région"),
    DEPARTEMENT("departement", IGEO.Departement, "Département"),
    EPCI("epci", IGEO.Intercommunalite, "Intercommunalité (EPCI)"),
    COMMUNE("commune", IGEO.Commune, "Commune"),
    COMMUNE_DELEGUEE("commune-deleguee", IGEO.CommuneDeleguee, "Commune déléguée"),
    COMMUNE_ASSOCIEE("commune-associee", IGEO.CommuneAssociee, "Commune associée"),
    ARRONDISSEMENT_MUNICIPAL("arrondissement-municipal", IGEO.ArrondissementMunicipal, "Arrondissement municipal");

    private final String segment;
    private final Resource type;
    private final String label;

    TerritoryKind(String segment, Resource type, String label) {
        this.segment = segment;
        this.type = type;
        this.label = label;
    }

    public String segment() {
        return segment;
    }

    public Resource type() {
        return type;
    }

    public String label() {
        return label;
    }

    public static Optional<TerritoryKind> bySegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst();
    }

    public static Optional<TerritoryKind> byType(String typeUri) {
        return Arrays.stream(values())
                .filter(k -> k.type.getURI().equals(typeUri))
                .findFirst();
    }
}
