package org.mednumlod.endpoint.dedup;

import java.util.HashSet;
import java.util.Set;

/** The scorer's veto on names of incompatible kinds (a médiathèque is not its town hall). */
final class KindConflict {
    /** Kinds of body (the others are kinds of service): they run services, and a France Services at their seat. */
    private static final Set<String> BODIES = Set.of("_mairie", "_intercommunalite", "_departement");
    /** Kinds of service that are one another: a PIMMS is labelled France Services (as in the national rule). */
    private static final Set<Set<String>> SAME_SERVICE = Set.of(Set.of("_pimms", "_franceservices"));

    private KindConflict() {}

    /**
     * Names of two different kinds of service, after the Coop's rule: when one name carries a service keyword
     * (médiathèque, CCAS, centre social, France Services, EPN…) and the other carries none of the same, they are two
     * places, even at one address with one SIRET; bodies (commune, intercommunality, département) are not services.
     * Except a France Services at the seat of the body that runs it, when the rest of the names meet.
     */
    static boolean between(MatchScorer.Prepared a, MatchScorer.Prepared b) {
        Set<String> sa = services(a.kinds());
        Set<String> sb = services(b.kinds());
        if (sa.isEmpty() && sb.isEmpty() || MatchScorer.intersects(sa, sb)) {
            return false;
        }
        for (Set<String> same : SAME_SERVICE) {
            if (MatchScorer.intersects(sa, same) && MatchScorer.intersects(sb, same)) {
                return false;
            }
        }
        boolean fsAndHost = sa.equals(Set.of("_franceservices"))
                        && sb.isEmpty()
                        && MatchScorer.intersects(b.kinds(), BODIES)
                || sb.equals(Set.of("_franceservices")) && sa.isEmpty() && MatchScorer.intersects(a.kinds(), BODIES);
        return !(fsAndHost && MatchScorer.intersects(Set.copyOf(a.residual()), Set.copyOf(b.residual())));
    }

    private static Set<String> services(Set<String> kinds) {
        Set<String> out = new HashSet<>(kinds);
        out.removeAll(BODIES);
        return out;
    }
}
