package org.mednumlod.converters.clean;

import java.util.Collection;
import java.util.List;
import org.mednumlod.ontology.CommuneLookup;
import org.mednumlod.ontology.Territories.Commune;

/** Distances between a place and the centres of communes: the nearest commune, the commune a point alone tells. */
final class CommuneDistances {

    private CommuneDistances() {}

    /** Maximum distance (km) between a place and the centre of the commune chosen for it from its coordinates. */
    static final double NEAREST_MAX_KM = 10;

    /**
     * Among the communes of a postcode, the one whose centre is nearest to the point, if it is within
     * {@value #NEAREST_MAX_KM} km and clearly nearer (by 1 km) than the next one.
     */
    static Commune nearest(double[] point, List<Commune> candidates) {
        Nearest n = Nearest.of(point, candidates);
        return n.best() != null && n.bestKm() <= NEAREST_MAX_KM && n.secondKm() - n.bestKm() >= 1 ? n.best() : null;
    }

    /** Radius (km) within which a commune centre alone identifies the commune of a point (see {@link #containing}). */
    static final double SURE_KM = 3;

    /**
     * The commune of a point when nothing else is known: the commune whose centre is within {@value #SURE_KM} km
     * of the point while every other centre is at least twice as far. Otherwise null: a point between two centres
     * says nothing reliable about the boundary between them.
     */
    static Commune containing(Collection<Commune> communes, double[] point) {
        List<Commune> near = communes.stream()
                .filter(c -> c.latitude() != null && Math.abs(c.latitude() - point[0]) <= 0.2)
                .toList();
        Nearest n = Nearest.of(point, near);
        return n.best() != null && n.bestKm() <= SURE_KM && n.secondKm() >= 2 * n.bestKm() ? n.best() : null;
    }

    /** The commune whose centre is nearest to a point, its distance and the distance of the next one (km). */
    record Nearest(Commune best, double bestKm, double secondKm) {
        static Nearest of(double[] point, List<Commune> candidates) {
            Commune best = null;
            double bestKm = Double.MAX_VALUE;
            double secondKm = Double.MAX_VALUE;
            for (Commune c : candidates) {
                if (c.latitude() == null) {
                    continue;
                }
                double km = CommuneLookup.km(point[0], point[1], c.latitude(), c.longitude());
                if (km < bestKm) {
                    secondKm = bestKm;
                    bestKm = km;
                    best = c;
                } else if (km < secondKm) {
                    secondKm = km;
                }
            }
            return new Nearest(best, bestKm, secondKm);
        }
    }

    static long km(double[] point, Commune c) {
        return Math.round(CommuneLookup.km(point[0], point[1], c.latitude(), c.longitude()));
    }
}
