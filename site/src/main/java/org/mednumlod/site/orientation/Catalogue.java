package org.mednumlod.site.orientation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.mednumlod.endpoint.release.Release;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.territory.TerritoryKind;
import org.mednumlod.site.territory.TerritoryRef;

/**
 * What the filters are checked against, read from the release: the concepts of each filter's code list (the allowed
 * values), and the territories (régions, départements, EPCI, current communes) with the communes' centroids,
 * names and postcodes, to resolve a commune typed by people.
 */
public final class Catalogue {
    private final Map<Facet, List<Concept>> concepts = new EnumMap<>(Facet.class);
    private final Map<Facet, Map<String, Integer>> bits = new EnumMap<>(Facet.class);
    private final Map<TerritoryKind, Map<String, Territory>> byCode = new EnumMap<>(TerritoryKind.class);
    private final Map<String, Territory> byUri = new HashMap<>();
    private final Map<String, List<Territory>> communesByName = new HashMap<>();
    private final Map<String, List<Territory>> communesByPostcode = new HashMap<>();

    Catalogue(Release ds, java.time.Duration limit) {
        Map<String, Facet> facetOfScheme = new HashMap<>();
        for (Facet f : Facet.values()) {
            facetOfScheme.put(f.scheme(), f);
            concepts.put(f, new ArrayList<>());
            bits.put(f, new HashMap<>());
        }
        Queries.forEach(ds, "orientation-code-lists", limit, row -> {
            Facet f = facetOfScheme.get(row.getResource("scheme").getURI());
            if (f != null) {
                String uri = row.getResource("concept").getURI();
                String slug = uri.substring(uri.lastIndexOf('/') + 1);
                if (bits.get(f).putIfAbsent(slug, concepts.get(f).size()) == null) {
                    concepts.get(f)
                            .add(new Concept(
                                    slug,
                                    uri,
                                    row.contains("label")
                                            ? row.getLiteral("label").getLexicalForm()
                                            : slug));
                }
            }
        });
        concepts.forEach((f, list) -> {
            if (list.size() > Long.SIZE) {
                throw new IllegalStateException("plus de 64 valeurs dans la liste " + f.scheme());
            }
        });
        readTerritories(ds, limit);
    }

    private void readTerritories(Release ds, java.time.Duration limit) {
        Map<String, Territory> read = new LinkedHashMap<>();
        Map<String, List<String>> postcodes = new HashMap<>();
        Queries.forEach(ds, "orientation-territories", limit, row -> {
            String uri = row.getResource("t").getURI();
            String type = row.getResource("type").getURI();
            Optional<TerritoryKind> kind = TerritoryRef.kindOfType(type);
            if (kind.isEmpty() || !row.contains("code")) {
                return;
            }
            read.computeIfAbsent(
                    uri,
                    u -> new Territory(
                            kind.get(),
                            text(row, "code"),
                            text(row, "label"),
                            u,
                            number(row, "lat"),
                            number(row, "lon"),
                            text(row, "epci"),
                            text(row, "departement"),
                            text(row, "region"),
                            List.of()));
            String postcode = text(row, "postcode");
            if (postcode != null) {
                List<String> list = postcodes.computeIfAbsent(uri, u -> new ArrayList<>());
                if (!list.contains(postcode)) {
                    list.add(postcode);
                }
            }
        });
        for (TerritoryKind kind : TerritoryRef.KINDS) {
            byCode.put(kind, new HashMap<>());
        }
        for (Territory t : read.values()) {
            index(withPostcodes(t, postcodes.getOrDefault(t.uri(), List.of())));
        }
        communesByName.values().forEach(l -> l.sort(java.util.Comparator.comparing(Territory::code)));
        communesByPostcode.values().forEach(l -> l.sort(java.util.Comparator.comparing(Territory::code)));
    }

    /** The territory with the postcodes read for it. */
    private static Territory withPostcodes(Territory t, List<String> postcodes) {
        return new Territory(
                t.kind(),
                t.code(),
                t.name(),
                t.uri(),
                t.latitude(),
                t.longitude(),
                t.epci(),
                t.departement(),
                t.region(),
                List.copyOf(postcodes));
    }

    /** Makes a territory findable by code and URI, and a commune by its folded name and by each of its postcodes. */
    private void index(Territory full) {
        byCode.get(full.kind()).put(full.code(), full);
        byUri.put(full.uri(), full);
        if (full.kind() == TerritoryKind.COMMUNE) {
            communesByName
                    .computeIfAbsent(fold(full.name()), k -> new ArrayList<>())
                    .add(full);
            full.postcodes()
                    .forEach(p -> communesByPostcode
                            .computeIfAbsent(p, k -> new ArrayList<>())
                            .add(full));
        }
    }

    /** The concepts of a filter's code list, in IRI order. */
    public List<Concept> concepts(Facet f) {
        return List.copyOf(concepts.get(f));
    }

    /** The bit of concept {@code slug} in the place masks, empty when the slug is not in the list. */
    Optional<Integer> bit(Facet f, String slug) {
        return Optional.ofNullable(bits.get(f).get(slug));
    }

    /** The bit of the concept with this IRI, or -1. */
    int bitOfUri(Facet f, String uri) {
        return uri.startsWith(f.scheme() + "/")
                ? bits.get(f).getOrDefault(uri.substring(f.scheme().length() + 1), -1)
                : -1;
    }

    /** The région, département, EPCI or current commune of that kind and code. */
    public Optional<Territory> territory(TerritoryKind kind, String code) {
        return Optional.ofNullable(byCode.getOrDefault(kind, Map.of()).get(code));
    }

    /** The territory a parameter names, if the release has it. */
    public Optional<Territory> territory(TerritoryRef ref) {
        return territory(ref.kind(), ref.code());
    }

    Territory territoryByUri(String uri) {
        return byUri.get(uri);
    }

    /**
     * The current communes a typed text designates: the commune with that INSEE code; else those with that postcode
     * (5 digits); else those whose name is the text (case, accents, hyphens ignored); else those whose name starts with
     * it. Sorted by INSEE code; empty when none.
     */
    public List<Territory> communes(String typed) {
        String t = typed == null ? "" : typed.trim();
        if (t.isEmpty()) {
            return List.of();
        }
        Territory byInsee = byCode.get(TerritoryKind.COMMUNE).get(t.toUpperCase(Locale.ROOT));
        if (byInsee != null) {
            return List.of(byInsee);
        }
        if (t.matches("[0-9]{5}")) {
            return communesByPostcode.getOrDefault(t, List.of());
        }
        String folded = fold(t);
        List<Territory> exact = communesByName.getOrDefault(folded, List.of());
        if (!exact.isEmpty() || folded.length() < 2) {
            return exact;
        }
        return communesByName.entrySet().stream()
                .filter(e -> e.getKey().startsWith(folded))
                .flatMap(e -> e.getValue().stream())
                .sorted(java.util.Comparator.comparing(Territory::name).thenComparing(Territory::code))
                .limit(50)
                .toList();
    }

    /** Lower case, accents removed, hyphens and apostrophes as spaces, spaces collapsed. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replaceAll("[-'’]", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asLiteral().getLexicalForm() : null;
    }

    private static double number(QuerySolution row, String var) {
        return row.contains(var) ? Double.parseDouble(row.getLiteral(var).getLexicalForm()) : Double.NaN;
    }
}
