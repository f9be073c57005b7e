package org.mednumlod.endpoint.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a pair of prepared records ({@code docs/deduplication.md}). The base score is the weighted mean of the
 * known similarities (name; street line; distance, only when both records are located: a missing coordinate is
 * unknown, not a match), then signals add or take off points: a shared phone or e-mail, the same SIRET with
 * agreeing addresses or points (the same SIRET alone proves nothing: one SIRET can cover 22 places), the same
 * website host or e-mail domain (not a generic one), different house numbers on the same street, contacts that all
 * differ. Two vetoes: names of incompatible kinds (a médiathèque is not its town hall, even at the same address
 * with the same SIRET) unless a phone or e-mail is shared, and a distance beyond {@code distance.veto} when the
 * street lines do not agree. Every signal that counted is named in the result, so a merged place can say why.
 */
final class MatchScorer {
    /** Hosts and e-mail domains shared by unrelated places. */
    private static final Set<String> GENERIC = Set.of(
            "gmail.com",
            "orange.fr",
            "wanadoo.fr",
            "free.fr",
            "laposte.net",
            "hotmail.fr",
            "hotmail.com",
            "yahoo.fr",
            "yahoo.com",
            "outlook.fr",
            "outlook.com",
            "live.fr",
            "sfr.fr",
            "neuf.fr",
            "icloud.com",
            "france-services.gouv.fr",
            "conseiller-numerique.fr",
            "facebook.com",
            "fr-fr.facebook.com",
            "m.facebook.com",
            "instagram.com",
            "linktr.ee",
            "pole-emploi.fr",
            "francetravail.fr",
            "caf.fr",
            "laposte.fr",
            "lapostegroupe.com",
            "pimms.org",
            "pimmsmediation.fr",
            "croix-rouge.fr",
            "afpa.fr",
            "mairie.fr",
            "sites.google.com",
            "wixsite.com",
            "fr.wikipedia.org");
    /** Name similarity given to a name that is the other's initials. */
    private static final double ACRONYM = 0.9;
    /** Street lines less similar than this are different streets. */
    private static final double DIFFERENT_STREETS = 0.5;

    /** One record with its normalised values, computed once. */
    record Prepared(
            MatchRecord record,
            List<String> name,
            String initials,
            Set<String> kinds,
            List<String> residual,
            MatchText.Street street,
            Set<String> phones,
            Set<String> emails,
            Set<String> domains,
            Set<String> hosts,
            String siret) {
        static Prepared of(MatchRecord r) {
            List<String> name = MatchText.name(r.name());
            Set<String> kinds = new HashSet<>();
            List<String> residual = new ArrayList<>();
            for (String t : name) {
                if (NameKinds.TOKENS.contains(t)) {
                    kinds.add(t);
                } else {
                    residual.add(t);
                }
            }
            Set<String> phones = new HashSet<>();
            r.phones().forEach(p -> add(phones, MatchText.phone(p)));
            Set<String> emails = new HashSet<>();
            Set<String> domains = new HashSet<>();
            for (String e : r.emails()) {
                String n = MatchText.email(e);
                add(emails, n);
                add(domains, specific(MatchText.domain(n)));
            }
            Set<String> hosts = new HashSet<>();
            r.websites().forEach(w -> add(hosts, specific(MatchText.host(w))));
            domains.addAll(hosts);
            return new Prepared(
                    r,
                    name,
                    MatchText.initials(r.name()),
                    Set.copyOf(kinds),
                    residual,
                    MatchText.street(r.street()),
                    phones,
                    emails,
                    domains,
                    hosts,
                    MatchText.siret(r.siret()));
        }

        private static void add(Set<String> set, String v) {
            if (!v.isEmpty()) {
                set.add(v);
            }
        }

        private static String specific(String host) {
            return GENERIC.contains(host) || host.endsWith(".wixsite.com") ? "" : host;
        }
    }

    /** The outcome for one pair: score, decision and the signals that made it. */
    record PairScore(double score, boolean accepted, List<String> signals) {}

    private final MatchSettings s;

    MatchScorer(MatchSettings settings) {
        this.s = settings;
    }

    PairScore score(Prepared a, Prepared b) {
        List<String> signals = new ArrayList<>();
        boolean numberConflict = !a.street().number().isEmpty()
                && !b.street().number().isEmpty()
                && !a.street().number().equals(b.street().number());
        Similarity sim = similarity(a, b, signals);
        boolean streetsAgree = sim.street() >= s.addressAgreement() && !numberConflict;
        boolean sameNumber = !a.street().number().isEmpty()
                && a.street().number().equals(b.street().number());
        boolean streetsDiffer = sim.street() >= 0 && sim.street() < DIFFERENT_STREETS && !sameNumber;
        boolean contact = intersects(a.phones(), b.phones()) || intersects(a.emails(), b.emails());
        double score = adjusted(a, b, sim.score(), contact, streetsAgree || sim.near() >= 0.8, signals);
        if (numberConflict) {
            score -= s.numberPenalty();
            signals.add("numéros différents");
        }
        if (streetsDiffer) {
            score -= s.streetPenalty();
            signals.add("rues différentes");
        }
        boolean accepted =
                score >= (a.record().source().equals(b.record().source()) ? s.internalThreshold() : s.threshold());
        if (accepted && !contact && KindConflict.between(a, b)) {
            accepted = false;
            signals.add("refus : natures de lieu différentes");
        }
        if (accepted && sim.metres() > s.vetoDistance() && !streetsAgree) {
            accepted = false;
            signals.add("refus : trop éloignés");
        }
        return new PairScore(score, accepted, List.copyOf(signals));
    }

    /**
     * The weighted similarity of name, street and position (each when both records have it); {@code street} and
     * {@code metres} are -1 when a record lacks it, {@code near} the position's similarity (0 without).
     */
    private record Similarity(double score, double street, double metres, double near) {}

    private Similarity similarity(Prepared a, Prepared b, List<String> signals) {
        double weights = 0;
        double sum = 0;
        double name = TokenSimilarity.of(a.name(), b.name());
        if (name < ACRONYM && (acronym(a, b) || acronym(b, a))) {
            name = ACRONYM;
            signals.add("sigle");
        }
        if (!a.name().isEmpty() && !b.name().isEmpty()) {
            weights += s.nameWeight();
            sum += s.nameWeight() * name;
            signals.add("nom " + two(name));
        }
        double street = -1;
        if (!a.street().tokens().isEmpty() && !b.street().tokens().isEmpty()) {
            street = TokenSimilarity.of(a.street().tokens(), b.street().tokens());
            weights += s.addressWeight();
            sum += s.addressWeight() * street;
            signals.add("adresse " + two(street));
        }
        double metres = -1;
        double near = 0;
        if (a.record().located() && b.record().located()) {
            metres = metres(a.record(), b.record());
            near = metres <= s.fullDistance()
                    ? 1
                    : Math.max(0, (s.zeroDistance() - metres) / (s.zeroDistance() - s.fullDistance()));
            weights += s.distanceWeight();
            sum += s.distanceWeight() * near;
            signals.add("distance " + Math.round(metres) + " m");
        }
        return new Similarity(weights == 0 ? 0 : sum / weights, street, metres, near);
    }

    /** {@code score} with the bonuses of shared contacts, SIRET (at the same place) and website, or the contacts' penalty. */
    private double adjusted(
            Prepared a, Prepared b, double score, boolean contact, boolean samePlace, List<String> signals) {
        if (contact) {
            score += s.contactBonus();
            signals.add("téléphone ou courriel commun");
        } else if (!a.phones().isEmpty()
                && !b.phones().isEmpty()
                && !a.emails().isEmpty()
                && !b.emails().isEmpty()) {
            score -= s.contactsPenalty();
            signals.add("téléphones et courriels tous différents");
        }
        if (!a.siret().isEmpty() && a.siret().equals(b.siret()) && samePlace) {
            score += s.siretBonus();
            signals.add("même SIRET au même endroit");
        }
        if (intersects(a.hosts(), b.hosts())) {
            score += s.websiteBonus();
            signals.add("même site web");
        } else if (intersects(a.domains(), b.domains())) {
            score += s.domainBonus();
            signals.add("même domaine");
        }
        return score;
    }

    /** A token of {@code a}'s name (3 letters or more) is {@code b}'s initials, or all but the last. */
    private static boolean acronym(Prepared a, Prepared b) {
        String init = b.initials();
        for (String t : a.name()) {
            if (t.length() >= 3 && t.matches("[a-z]+") && init.startsWith(t) && t.length() >= init.length() - 1) {
                return true;
            }
        }
        return false;
    }

    static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** A similarity with two decimals (String.format is too slow for every candidate pair). */
    private static String two(double v) {
        long c = Math.round(v * 100);
        return c / 100 + "." + (c % 100 < 10 ? "0" : "") + c % 100;
    }

    /** Great-circle distance in metres. */
    static double metres(MatchRecord a, MatchRecord b) {
        double la1 = Math.toRadians(a.latitude());
        double la2 = Math.toRadians(b.latitude());
        double dla = la2 - la1;
        double dlo = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dla / 2) * Math.sin(dla / 2)
                + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 6_371_000 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
