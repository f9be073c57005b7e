package org.mednumlod.site.carte;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.site.territory.TerritoryKind;
import org.mednumlod.site.web.BadRequestException;

/**
 * A territory as the filter parameter {@code territoire} writes it ({@code region:52}, {@code departement:16},
 * {@code epci:200071827}, {@code commune:16015}): the map's current level and the widget's restriction.
 */
record Territoire(TerritoryKind kind, String code) {
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{2,12}");

    /**
     * The kinds of territory the map and the widget know, from the widest (the territory pages know more: communes
     * déléguées and associées, arrondissements municipaux).
     */
    private static final Set<TerritoryKind> KINDS = EnumSet.of(TerritoryKind.REGION, TerritoryKind.DEPARTEMENT,
            TerritoryKind.EPCI, TerritoryKind.COMMUNE);

    Territoire {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("la carte ne connaît pas ce type de territoire : " + kind);
        }
    }

    /** The map's kind named by a path segment ({@code departement}). */
    static Optional<TerritoryKind> kind(String segment) {
        return TerritoryKind.bySegment(segment).filter(KINDS::contains);
    }

    /** The map's kind of a territory class of the territory graph. */
    static Optional<TerritoryKind> kindOfType(String typeUri) {
        return TerritoryKind.byType(typeUri).filter(KINDS::contains);
    }

    /** The levels of the map, each listing the children of the level above (France lists régions). */
    enum Level {
        REGION("region", "régions"), DEPARTEMENT("departement", "départements"), COMMUNE("commune", "communes"),
        LIEU("lieu", "lieux");

        private final String value;
        final String plural;

        Level(String value, String plural) {
            this.value = value;
            this.plural = plural;
        }

        /** The level as the API's {@code niveau} parameter writes it. */
        public String value() {
            return value;
        }
    }

    /**
     * Parses {@code kind:code}; null or blank gives empty (France).
     *
     * @throws BadRequestException in French when the value is not of that form
     */
    static Optional<Territoire> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        Optional<TerritoryKind> kind = colon < 0 ? Optional.empty() : kind(value.substring(0, colon));
        String code = colon < 0 ? "" : value.substring(colon + 1);
        if (kind.isEmpty() || !CODE.matcher(code).matches()) {
            throw new BadRequestException("territoire « " + value + " » invalide : valeurs attendues region:{code}, "
                    + "departement:{code}, epci:{siren} ou commune:{code INSEE} (par exemple departement:16)");
        }
        return Optional.of(new Territoire(kind.get(), code));
    }

    /** The parameter value, {@code kind:code}. */
    public String key() {
        return kind.segment() + ":" + code;
    }

    Resource resource(String base) {
        return ResourceFactory.createResource(base + "/id/" + kind.segment() + "/" + code);
    }

    /** The French name of its kind ("Département"…). */
    public String kindLabel() {
        return kind.label();
    }

    /** The territory's page on the site. */
    public String page() {
        return "/page/" + kind.segment() + "/" + code;
    }

    /** What the map lists inside {@code t} (null: France). */
    static Level childLevel(Territoire t) {
        if (t == null) {
            return Level.REGION;
        }
        return switch (t.kind) {
            case REGION -> Level.DEPARTEMENT;
            case DEPARTEMENT, EPCI -> Level.COMMUNE;
            case COMMUNE -> Level.LIEU;
            default -> throw new IllegalStateException("type de territoire hors de la carte : " + t.kind);
        };
    }
}
