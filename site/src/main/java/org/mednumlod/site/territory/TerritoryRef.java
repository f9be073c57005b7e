package org.mednumlod.site.territory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.TerritoryUris;

/**
 * A territory as the parameters {@code territoire} and {@code dans} write it ({@code region:52},
 * {@code departement:16}, {@code epci:200071827}, {@code commune:16015}): the one reading of that form, for the
 * orientation search, its API, the map and the widget. Only the four kinds they know (the territory pages know more:
 * communes déléguées and associées, arrondissements municipaux). Whether the territory exists is for the caller.
 */
public record TerritoryRef(TerritoryKind kind, String code) {
    /** The kinds of territory a search or a map can be restricted to, from the widest. */
    public static final Set<TerritoryKind> KINDS = Collections.unmodifiableSet(
            EnumSet.of(TerritoryKind.REGION, TerritoryKind.DEPARTEMENT, TerritoryKind.EPCI, TerritoryKind.COMMUNE));
    /** The forms of the parameter, for error messages and problem details. */
    public static final List<String> FORMS =
            List.of("region:{code}", "departement:{code}", "epci:{siren}", "commune:{code INSEE}");

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{2,12}");

    public TerritoryRef {
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("type de territoire non pris en charge ici : " + kind);
        }
    }

    /**
     * Reads {@code kind:code}; null or blank gives empty.
     *
     * @throws IllegalArgumentException with a French message naming the value and the expected forms
     */
    public static Optional<TerritoryRef> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        int colon = v.indexOf(':');
        Optional<TerritoryKind> kind = colon < 0 ? Optional.empty() : kind(v.substring(0, colon));
        String code = colon < 0 ? "" : v.substring(colon + 1);
        if (kind.isEmpty() || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("territoire « " + value + " » invalide : valeurs attendues "
                    + String.join(", ", FORMS.subList(0, FORMS.size() - 1)) + " ou " + FORMS.get(FORMS.size() - 1)
                    + " (par exemple departement:16)");
        }
        return Optional.of(new TerritoryRef(kind.get(), code));
    }

    /** One of the four kinds, by its path segment ({@code departement}). */
    public static Optional<TerritoryKind> kind(String segment) {
        return TerritoryKind.bySegment(segment).filter(KINDS::contains);
    }

    /** One of the four kinds, by its class in the territory graph. */
    public static Optional<TerritoryKind> kindOfType(String typeUri) {
        return TerritoryKind.byType(typeUri).filter(KINDS::contains);
    }

    /** The parameter value, {@code kind:code}. */
    public String key() {
        return kind.segment() + ":" + code;
    }

    /** The territory's URI under the platform's base. */
    public Resource resource(String base) {
        return ResourceFactory.createResource(
                new TerritoryUris(base).territory(kind.segment(), code).getURI());
    }

    /** The territory's page on the site, {@code /page/commune/49007}. */
    public String page() {
        return "/page/" + kind.segment() + "/" + code;
    }

    /** The French name of its kind ("Département"…). */
    public String kindLabel() {
        return kind.label();
    }
}
