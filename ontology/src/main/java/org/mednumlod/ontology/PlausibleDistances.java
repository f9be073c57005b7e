package org.mednumlod.ontology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mednumlod.ontology.Territories.Commune;

/**
 * How far from its centre a place of each commune may plausibly be ({@link CommuneLookup#plausibleKm}): a multiple
 * of the distance to the third nearest commune centre, found on a grid of cells of {@value #CELL_DEGREES} degree.
 */
final class PlausibleDistances {
    private static final double CELL_DEGREES = 0.1;

    private PlausibleDistances() {}

    /** The plausible distance (km) of every current commune that has a centre, by code. */
    static Map<String, Double> of(Collection<Commune> all) {
        Map<String, Double> plausible = new HashMap<>();
        Map<Long, List<Commune>> grid = new HashMap<>();
        for (Commune c : all) {
            if (c.latitude() != null) {
                grid.computeIfAbsent(cell(c.latitude(), c.longitude(), 0, 0), k -> new ArrayList<>())
                        .add(c);
            }
        }
        for (Commune c : all) {
            if (c.latitude() == null) {
                continue;
            }
            double third = Double.NaN;
            for (int ring = 1; ring <= 40 && Double.isNaN(third); ring *= 2) {
                List<Double> d = new ArrayList<>();
                for (int i = -ring; i <= ring; i++) {
                    for (int j = -ring; j <= ring; j++) {
                        for (Commune o : grid.getOrDefault(cell(c.latitude(), c.longitude(), i, j), List.of())) {
                            if (o != c) {
                                d.add(CommuneLookup.km(c.latitude(), c.longitude(), o.latitude(), o.longitude()));
                            }
                        }
                    }
                }
                // Within the searched square, only distances up to its half-width are complete.
                double complete = ring * CELL_DEGREES * 111 * Math.cos(Math.toRadians(Math.abs(c.latitude())));
                d.sort(null);
                if (d.size() >= 3 && d.get(2) <= complete) {
                    third = d.get(2);
                }
            }
            double km = Double.isNaN(third)
                    ? 500
                    : Math.max(CommuneLookup.MIN_PLAUSIBLE_KM, CommuneLookup.NEIGHBOUR_FACTOR * third);
            plausible.put(c.code(), km);
        }
        return plausible;
    }

    private static long cell(double lat, double lon, int di, int dj) {
        long i = (long) Math.floor(lat / CELL_DEGREES) + di;
        long j = (long) Math.floor(lon / CELL_DEGREES) + dj;
        return i * 100_000 + j;
    }
}
