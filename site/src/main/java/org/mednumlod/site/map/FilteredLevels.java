package org.mednumlod.site.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mednumlod.site.map.MapService.Entry;
import org.mednumlod.site.orientation.Criteria;
import org.mednumlod.site.orientation.Facet;
import org.mednumlod.site.orientation.Orientation;
import org.mednumlod.site.orientation.Territory;
import org.mednumlod.site.territory.TerritoryRef;

/**
 * The map's lists when filters are set, counted by the orientation search (issue 7, {@link Orientation}: the same
 * engine as {@code /api/territoires/comptes} and {@code /api/lieux/points}, no second one), and the values the
 * filter form offers, from its code lists. Invalid filter values end in its 400 problem, in French.
 */
final class FilteredLevels {
    /** The code-list filters the map's form offers (the orientation page offers them all). */
    private static final List<Facet> FORM = List.of(Facet.SERVICES, Facet.PUBLICS, Facet.FRAIS, Facet.MODALITES_ACCES);

    private final Orientation orientation;

    FilteredLevels(Orientation orientation) {
        this.orientation = orientation;
    }

    /** The filter form's groups: parameter, legend, values. */
    List<MapService.FormGroup> form() {
        return FORM.stream()
                .map(f -> new MapService.FormGroup(
                        f.parameter(),
                        f.legend() + (f.all() ? " (tous cochés)" : ""),
                        orientation.catalogue().concepts(f).stream()
                                .map(c -> new MapService.Option(c.slug(), c.label()))
                                .toList()))
                .toList();
    }

    /** The territories of {@code level} inside {@code area} (null: France) with their matching places. */
    List<Entry> territories(MapLevel level, TerritoryRef area, Filters filters) {
        Criteria c = orientation.criteria(filters.values());
        Territory within = area == null ? null : territory(area);
        List<Entry> entries = new ArrayList<>();
        for (Orientation.TerritoryCount tc : orientation.counts(level.kind, within, c)) {
            Territory t = tc.territory();
            TerritoryRef child = t.ref();
            entries.add(new Entry(
                    t.code(),
                    t.name(),
                    tc.count(),
                    Double.isNaN(tc.latitude()) ? null : tc.latitude(),
                    Double.isNaN(tc.longitude()) ? null : tc.longitude(),
                    child.page(),
                    child.key()));
        }
        entries.sort(
                java.util.Comparator.comparing(Entry::name, java.text.Collator.getInstance(java.util.Locale.FRENCH)));
        return entries;
    }

    /** The matching places of {@code commune}, by name. */
    List<Entry> places(TerritoryRef commune, Filters filters) {
        Map<String, List<String>> params = new LinkedHashMap<>(filters.values());
        params.put("territoire", List.of(commune.key()));
        List<Entry> entries = new ArrayList<>();
        for (Orientation.Match m : orientation.matches(orientation.criteria(params))) {
            var p = m.place();
            entries.add(new Entry(
                    p.key(),
                    p.name(),
                    1,
                    p.hasCoordinates() ? p.latitude() : null,
                    p.hasCoordinates() ? p.longitude() : null,
                    "/page/lieu/" + p.key(),
                    null));
        }
        return entries;
    }

    private Territory territory(TerritoryRef t) {
        return orientation
                .catalogue()
                .territory(t)
                .orElseThrow(() -> new org.mednumlod.site.web.NotFoundException(
                        t.kindLabel() + " « " + t.code() + " » inconnu(e) dans la version servie"));
    }
}
