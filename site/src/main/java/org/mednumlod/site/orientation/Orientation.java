package org.mednumlod.site.orientation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.hours.OpeningHours;
import org.mednumlod.site.hours.StatusText;
import org.mednumlod.site.store.PerRelease;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.territory.TerritoryKind;
import org.springframework.stereotype.Service;

/**
 * The orientation search (issue 7): places filtered by the criteria of the national map (code lists, Acceslibre,
 * appointments, opening hours, distance, territory), from an in-memory index built once per release, and the
 * equivalent SPARQL query. The facade of the package: the pages, the JSON API and the map use only this.
 */
@Service
public class Orientation {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PerRelease<OrientationIndex> index;
    private final Clock clock;

    public Orientation(Store store, org.mednumlod.site.SiteProperties properties) {
        Identifiers ids = properties.identifiers();
        this.index = new PerRelease<>(store, release -> OrientationIndex.read(release, ids));
        this.clock = Clock.system(PARIS);
    }

    /** A place that matched, with its distance from the centre in km (NaN without centre). */
    public record Match(IndexedPlace place, double distanceKm) {}

    /** The number of matching places in a territory, with a point to put its marker (NaN when none is known). */
    public record TerritoryCount(Territory territory, int count, double latitude, double longitude) {}

    /** The filters of the query parameters (name → values), evaluated now (Europe/Paris); throws {@link InvalidCriterion}. */
    public Criteria criteria(Map<String, List<String>> params) {
        return criteria(params, LocalDateTime.now(clock));
    }

    /** The filters of the query parameters, evaluated at {@code now} (local time in Europe/Paris). */
    public Criteria criteria(Map<String, List<String>> params, LocalDateTime now) {
        return CriteriaParser.parse(index.get().catalogue(), params, now);
    }

    /** The code lists and territories of the served release. */
    public Catalogue catalogue() {
        return index.get().catalogue();
    }

    /**
     * Every place matching {@code c}: with a centre, those with coordinates within the radius, nearest first (then by
     * IRI); without, by name in French collation (then by IRI).
     */
    public List<Match> matches(Criteria c) {
        OrientationIndex i = index.get();
        long[] masks = c.masks(i.catalogue());
        List<Match> out = new ArrayList<>();
        for (IndexedPlace p : i.places()) {
            if (c.centre() != null) {
                if (!p.hasCoordinates()) {
                    continue;
                }
                double d = GreatCircle.km(c.centre().latitude(), c.centre().longitude(), p.latitude(), p.longitude());
                if (d <= c.radiusKm() && c.accepts(p, masks)) {
                    out.add(new Match(p, d));
                }
            } else if (c.accepts(p, masks)) {
                out.add(new Match(p, Double.NaN));
            }
        }
        if (c.centre() != null) {
            out.sort(Comparator.comparingDouble(Match::distanceKm)
                    .thenComparing(m -> m.place().uri()));
        }
        return out;
    }

    /**
     * The matching places in {@code within} (null: everywhere) counted per territory of {@code level} (only
     * territories with at least one), by code. A commune's point is its centroid; another territory's is the mean
     * position of its matching places.
     */
    public List<TerritoryCount> counts(TerritoryKind level, Territory within, Criteria c) {
        Catalogue catalogue = catalogue();
        record Sum(int[] count, double[] lat, double[] lon, int[] located) {}
        Map<String, Sum> sums = new LinkedHashMap<>();
        for (Match m : matches(c)) {
            if (within != null && !Criteria.within(m.place(), within)) {
                continue;
            }
            Territory commune = m.place().commune();
            String code = commune == null ? null : commune.codeAt(level);
            if (code == null) {
                continue;
            }
            Sum s = sums.computeIfAbsent(code, k -> new Sum(new int[1], new double[1], new double[1], new int[1]));
            s.count()[0]++;
            if (m.place().hasCoordinates()) {
                s.lat()[0] += m.place().latitude();
                s.lon()[0] += m.place().longitude();
                s.located()[0]++;
            }
        }
        List<TerritoryCount> out = new ArrayList<>();
        sums.forEach((code, s) -> catalogue.territory(level, code).ifPresent(t -> {
            boolean centroid = level == TerritoryKind.COMMUNE && t.hasCentroid();
            double lat = centroid ? t.latitude() : s.located()[0] == 0 ? Double.NaN : s.lat()[0] / s.located()[0];
            double lon = centroid ? t.longitude() : s.located()[0] == 0 ? Double.NaN : s.lon()[0] / s.located()[0];
            out.add(new TerritoryCount(t, s.count()[0], lat, lon));
        }));
        out.sort(Comparator.comparing(tc -> tc.territory().code()));
        return out;
    }

    /** The SPARQL SELECT (?lieu ?distance) that returns the same places as {@link #matches}, in the same order. */
    public String sparql(Criteria c) {
        return SparqlEquivalent.text(c);
    }

    /** Whether the place is open at the criteria's time: empty when its hours are unknown or not evaluable. */
    public Optional<Boolean> open(IndexedPlace p, Criteria c) {
        return Optional.ofNullable(p.evaluable()).map(h -> h.openAt(c.now()));
    }

    /** « Ouvert — ferme à 18:00 », « Fermé — ouvre lundi 9 mars à 09:00 »; empty when the hours are not evaluable. */
    public Optional<String> status(IndexedPlace p, Criteria c) {
        OpeningHours h = p.evaluable();
        return h == null ? Optional.empty() : Optional.of(StatusText.of(h.at(c.now()), c.now(), "Ouvert"));
    }

    /** The concept slugs of a place for a filter, in the list's order. */
    public List<String> slugs(IndexedPlace p, Facet f) {
        List<String> out = new ArrayList<>();
        List<Concept> concepts = catalogue().concepts(f);
        for (int b = 0; b < concepts.size(); b++) {
            if ((p.values(f) & (1L << b)) != 0) {
                out.add(concepts.get(b).slug());
            }
        }
        return out;
    }
}
