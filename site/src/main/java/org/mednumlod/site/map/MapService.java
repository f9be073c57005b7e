package org.mednumlod.site.map;

import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.endpoint.release.Release;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.orientation.Orientation;
import org.mednumlod.site.store.PerRelease;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.territory.TerritoryKind;
import org.mednumlod.site.territory.TerritoryRef;
import org.springframework.stereotype.Service;

/**
 * Reads what the map shows without JavaScript from the served release: the territories one level down with their
 * number of places computed at publish (statistics graph, no aggregate per request), the places of a commune
 * (paged), the breadcrumb, the territories whose name starts with some text, and the values of a code list.
 */
@Service
class MapService {
    static final int PLACES_PAGE_SIZE = 50;
    private static final int NAME_MATCHES = 20;

    private final Store store;
    private final String base;
    private final Map<String, RDFNode> cube;
    private final FilteredLevels filtered;
    private final PerRelease<List<NameEntry>> names;

    /** A territory of the release: its name and where to centre a map on it (box "S W N E", or centroid). */
    record Named(TerritoryRef territory, String label, String extent, Double latitude, Double longitude) {}

    /**
     * A line of the list and a marker of the map: a territory one level down ({@code territory} to go there) or a
     * place ({@code territory} null), its number of places, its point, its page.
     */
    record Entry(
            String code, String name, long count, Double latitude, Double longitude, String page, String territory) {}

    /** A step of the breadcrumb ({@code territory} null: the whole map). */
    record Crumb(String label, String territory) {}

    /** One level of the map inside {@code within} (null: France). */
    record View(
            Named within, MapLevel level, long total, List<Entry> entries, List<Crumb> trail, int page, int pages) {}

    /** A group of checkboxes of the filter form: the parameter name, its legend, the values of its code list. */
    record FormGroup(String name, String legend, List<Option> options) {}

    /** A value of a code list: its slug (the filter value) and its French label. */
    record Option(String value, String label) {}

    MapService(Store store, SiteProperties properties, Orientation orientation) {
        this.store = store;
        this.base = properties.baseUri();
        this.cube = Map.of(
                "indicateur", ResourceFactory.createResource(base + "/statistiques/indicateur/nombre-de-lieux"),
                "ensemble", ResourceFactory.createResource(base + "/statistiques/modalite/ensemble"));
        this.names = new PerRelease<>(store, MapService::names);
        this.filtered = new FilteredLevels(orientation);
    }

    /** The groups of values the filter form offers (the orientation search's code lists). */
    List<FormGroup> formOptions() {
        return filtered.form();
    }

    /** The territory if it exists in the served release, with its name and extent. */
    Optional<Named> find(TerritoryRef t) {
        return store.read(ds -> named(ds, t));
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    boolean within(TerritoryRef inner, TerritoryRef outer) {
        return store.read(ds ->
                Queries.ask(ds, "carte-within", Map.of("inner", inner.resource(base), "outer", outer.resource(base))));
    }

    /**
     * The map inside {@code within} (null: France), its breadcrumb from {@code root} (null: France) down; for a
     * commune, {@code page} of its places ({@value #PLACES_PAGE_SIZE} a page, clamped). Without filters, the counts
     * computed at publish; with filters, those of the orientation search.
     */
    View view(Named within, TerritoryRef root, int page, Filters filters) {
        TerritoryRef t = within == null ? null : within.territory();
        MapLevel level = MapLevel.below(t);
        return store.read(ds -> {
            List<Crumb> trail = trail(ds, within, root);
            if (!filters.isEmpty()) {
                List<Entry> all =
                        level == MapLevel.PLACE ? filtered.places(t, filters) : filtered.territories(level, t, filters);
                long total = all.stream().mapToLong(Entry::count).sum();
                int pages = level == MapLevel.PLACE
                        ? (int) Math.max(1, (all.size() + PLACES_PAGE_SIZE - 1) / PLACES_PAGE_SIZE)
                        : 1;
                int current = Math.min(Math.max(1, page), pages);
                List<Entry> shown = level == MapLevel.PLACE
                        ? all.subList(
                                (current - 1) * PLACES_PAGE_SIZE, Math.min(all.size(), current * PLACES_PAGE_SIZE))
                        : all;
                return new View(within, level, total, List.copyOf(shown), trail, current, pages);
            }
            if (level == MapLevel.PLACE) {
                long total = count(ds, t);
                int pages = (int) Math.max(1, (total + PLACES_PAGE_SIZE - 1) / PLACES_PAGE_SIZE);
                int current = Math.min(Math.max(1, page), pages);
                return new View(within, level, total, places(ds, t, current), trail, current, pages);
            }
            List<Entry> entries = new ArrayList<>();
            List<QuerySolution> rows = t == null
                    ? Queries.select(ds, "carte-regions", cube)
                    : Queries.select(ds, "carte-subdivisions", with(cube, "s", t.resource(base)));
            for (QuerySolution r : rows) {
                TerritoryRef child =
                        new TerritoryRef(level.kind, r.getLiteral("code").getString());
                double[] point = point(r);
                entries.add(new Entry(
                        child.code(),
                        r.getLiteral("label").getString(),
                        r.getLiteral("nombre").getLong(),
                        point == null ? null : point[0],
                        point == null ? null : point[1],
                        child.page(),
                        child.key()));
            }
            long total = entries.stream().mapToLong(Entry::count).sum();
            entries.sort(Comparator.comparing(Entry::name, Collator.getInstance(Locale.FRENCH)));
            return new View(within, level, total, entries, trail, 1, 1);
        });
    }

    /**
     * Régions, départements, EPCI and communes whose name starts with {@code start}, ignoring case, accents,
     * hyphens and apostrophes (at most {@value #NAME_MATCHES}: shortest names first, the widest kind first).
     */
    List<Named> byName(String start) {
        String key = fold(start);
        if (key.length() < 2) {
            return List.of();
        }
        return names.get().stream()
                .filter(n -> n.folded().startsWith(key))
                .sorted(java.util.Comparator.comparingInt(
                                (NameEntry n) -> n.folded().length())
                        .thenComparing(n -> n.named().territory().kind()))
                .limit(NAME_MATCHES)
                .map(NameEntry::named)
                .toList();
    }

    /** A name of the index: the territory and its name folded for matching. */
    private record NameEntry(Named named, String folded) {}

    private static List<NameEntry> names(Release ds) {
        List<NameEntry> all = new ArrayList<>();
        for (QuerySolution r : Queries.selectOnce(ds, "carte-territory-names", Map.of(), Duration.ofMinutes(2))) {
            Optional<TerritoryKind> kind =
                    TerritoryRef.kindOfType(r.getResource("type").getURI());
            if (kind.isPresent() && r.contains("code")) {
                String label = r.getLiteral("label").getString();
                all.add(new NameEntry(
                        new Named(
                                new TerritoryRef(
                                        kind.get(), r.getLiteral("code").getString()),
                                label,
                                null,
                                null,
                                null),
                        fold(label)));
            }
        }
        return List.copyOf(all);
    }

    /** Lower case, without accents, hyphens or apostrophes as spaces: « Saint-Étienne » → « saint etienne ». */
    static String fold(String s) {
        String d = java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("['’\\-]", " ").replaceAll("\\s+", " ");
    }

    private Optional<Named> named(Release ds, TerritoryRef t) {
        List<QuerySolution> rows = Queries.select(
                ds,
                "carte-territory",
                Map.of("s", t.resource(base), "type", t.kind().type()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution r = rows.get(0);
        return Optional.of(new Named(
                t,
                r.getLiteral("label").getString(),
                r.contains("emprise") ? r.getLiteral("emprise").getString() : null,
                r.contains("latitude") ? r.getLiteral("latitude").getDouble() : null,
                r.contains("longitude") ? r.getLiteral("longitude").getDouble() : null));
    }

    /** The number of places of {@code t} computed at publish (0 when the cube has no observation). */
    private long count(Release ds, TerritoryRef t) {
        return Queries.select(ds, "carte-count", with(cube, "s", t.resource(base))).stream()
                .mapToLong(r -> r.getLiteral("nombre").getLong())
                .findFirst()
                .orElse(0);
    }

    private List<Entry> places(Release ds, TerritoryRef commune, int page) {
        List<Entry> list = new ArrayList<>();
        for (QuerySolution r : Queries.select(
                ds,
                "territory-places",
                Map.of("s", commune.resource(base)),
                PLACES_PAGE_SIZE,
                (long) (page - 1) * PLACES_PAGE_SIZE)) {
            String uri = r.getResource("lieu").getURI();
            String key = uri.substring(uri.lastIndexOf('/') + 1);
            list.add(new Entry(
                    key,
                    r.contains("nom") ? r.getLiteral("nom").getString() : key,
                    1,
                    r.contains("latitude") ? r.getLiteral("latitude").getDouble() : null,
                    r.contains("longitude") ? r.getLiteral("longitude").getDouble() : null,
                    "/page/lieu/" + key,
                    null));
        }
        return list;
    }

    /**
     * France (when {@code root} is null), then the région and the département of {@code within} (and its EPCI when
     * the root is that EPCI) from the root down, then {@code within} itself.
     */
    private List<Crumb> trail(Release ds, Named within, TerritoryRef root) {
        List<Crumb> trail = new ArrayList<>();
        if (root == null) {
            trail.add(new Crumb("France", null));
        }
        if (within == null) {
            return trail;
        }
        List<QuerySolution> parents = new ArrayList<>(Queries.select(
                ds, "territory-parents", Map.of("s", within.territory().resource(base))));
        java.util.Collections.reverse(parents); // widest first
        boolean inside = root == null;
        for (QuerySolution r : parents) {
            Optional<TerritoryKind> kind =
                    TerritoryRef.kindOfType(r.getResource("type").getURI());
            if (kind.isEmpty() || kind.get() == TerritoryKind.COMMUNE || !r.contains("code")) {
                continue;
            }
            TerritoryRef p = new TerritoryRef(kind.get(), r.getLiteral("code").getString());
            inside = inside || p.equals(root);
            if (inside && (kind.get() != TerritoryKind.EPCI || p.equals(root))) {
                trail.add(new Crumb(r.getLiteral("label").getString(), p.key()));
            }
        }
        trail.add(new Crumb(within.label(), within.territory().key()));
        return trail;
    }

    private static double[] point(QuerySolution r) {
        if (r.contains("emprise")) {
            String[] box = r.getLiteral("emprise").getString().trim().split("\\s+");
            if (box.length == 4) {
                return new double[] {
                    (Double.parseDouble(box[0]) + Double.parseDouble(box[2])) / 2,
                    (Double.parseDouble(box[1]) + Double.parseDouble(box[3])) / 2
                };
            }
        }
        if (r.contains("latitude") && r.contains("longitude")) {
            return new double[] {
                r.getLiteral("latitude").getDouble(), r.getLiteral("longitude").getDouble()
            };
        }
        return null;
    }

    private static Map<String, RDFNode> with(Map<String, RDFNode> bindings, String var, RDFNode value) {
        Map<String, RDFNode> all = new java.util.HashMap<>(bindings);
        all.put(var, value);
        return all;
    }
}
