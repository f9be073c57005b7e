package org.mednumlod.site.orientation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A parsed and validated set of orientation filters (parameters of the issue 7 contract); build one with
 * {@link Orientation#criteria}. Code-list values are concepts of the release's lists; territories and communes are
 * those of its territory graph.
 *
 * @param values     the chosen concepts per filter (only filters with a value)
 * @param accesLibre only places with an Acceslibre link
 * @param rdv        only places with an online appointment link
 * @param opening    the hours filter, null when none
 * @param centre     the centre of a distance search, null when none
 * @param radiusKm   the maximum distance (meaningful with a centre)
 * @param territory  the territory the places must be in, null when none
 * @param now        the local time (Europe/Paris) the search is evaluated at (« ouvert maintenant », statuses)
 */
public record Criteria(
        Map<Facet, List<Concept>> values,
        boolean accesLibre,
        boolean rdv,
        Opening opening,
        Centre centre,
        double radiusKm,
        Territory territory,
        LocalDateTime now) {

    /** Default radius when a centre is given and no {@code rayon}. */
    public static final double DEFAULT_RADIUS_KM = 20;

    /**
     * Open at an instant ({@code ouvert=maintenant}: {@code at} set), or at some minute of {@code [from, to)} on
     * {@code date} (minutes from midnight; {@code jour}, {@code de}, {@code a}).
     */
    public record Opening(LocalDateTime at, LocalDate date, int from, int to) {
        public boolean now() {
            return at != null;
        }
    }

    /** A centre in WGS84 degrees; {@code commune} when it is that commune's centroid ({@code commune=}). */
    public record Centre(double latitude, double longitude, Territory commune) {}

    /** The chosen values as bit masks per {@link Facet} ordinal (0: no filter), for {@link #accepts}. */
    long[] masks(Catalogue catalogue) {
        long[] masks = new long[Facet.values().length];
        values.forEach((f, concepts) -> masks[f.ordinal()] = mask(f, concepts, catalogue));
        return masks;
    }

    /** Whether the place passes every filter but the distance ({@code masks} from {@link #masks}). */
    boolean accepts(IndexedPlace p, long[] masks) {
        if (territory != null && !within(p, territory)) {
            return false;
        }
        for (Facet f : Facet.values()) {
            long wanted = masks[f.ordinal()];
            long has = p.values(f);
            if (wanted != 0 && (f.all() ? (has & wanted) != wanted : (has & wanted) == 0)) {
                return false;
            }
        }
        if ((accesLibre && !p.accesLibre()) || (rdv && !p.rdv())) {
            return false;
        }
        if (opening != null) {
            if (p.evaluable() == null) {
                return false; // hours absent or not evaluable: excluded, as on the national map
            }
            if (opening.now() && !p.evaluable().openAt(opening.at())) {
                return false;
            }
            if (opening.date() != null && !p.evaluable().openWithin(opening.date(), opening.from(), opening.to())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the place's commune lies in {@code t}. */
    static boolean within(IndexedPlace p, Territory t) {
        return p.commune() != null && t.code().equals(p.commune().codeAt(t.kind()));
    }

    private static long mask(Facet f, List<Concept> concepts, Catalogue catalogue) {
        long m = 0;
        for (Concept c : concepts) {
            m |= 1L << catalogue.bit(f, c.slug()).orElseThrow();
        }
        return m;
    }

    /** Whether any filter is set (a search without filter lists every place). */
    public boolean any() {
        return !values.isEmpty() || accesLibre || rdv || opening != null || centre != null || territory != null;
    }
}
