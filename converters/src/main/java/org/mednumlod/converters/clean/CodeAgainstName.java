package org.mednumlod.converters.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.clean.CommuneResolver.Resolution;
import org.mednumlod.ontology.CommuneLookup;
import org.mednumlod.ontology.CommuneLookup.How;
import org.mednumlod.ontology.CommuneLookup.Named;
import org.mednumlod.ontology.Territories.Commune;

/**
 * The commune of an INSEE code against the commune the record names: null when they agree or the name
 * designates no other commune nearby (a locality, a misspelling, a homonym far away without evidence);
 * otherwise the side the evidence supports, with a finding either way. Evidence, in order: the coordinates
 * (within the plausible distance of one commune and not of the other); the place's name and street line
 * (naming one and not the other); the postcode when it is the named commune's and not the code's (a code
 * agreeing with the postcode proves little: producers often derive one from the other). Without evidence
 * the named commune wins when it is in the département of the code or of the postcode and the name is its
 * own (not a locality's); else the code stays.
 */
final class CodeAgainstName {
    private final CommuneLookup lookup;
    private final NamedCommunes named;

    CodeAgainstName(CommuneLookup lookup, NamedCommunes named) {
        this.lookup = lookup;
        this.named = named;
    }

    /** The other commune the name designates, and whether it is nearby (département of the code or postcode). */
    private record Candidate(Named other, boolean nearby) {}

    /** Which side the evidence supports (1: the named commune, -1: the code's, 0: none) and why, in French. */
    private record Evidence(int side, String why) {
        static final Evidence NONE = new Evidence(0, null);
    }

    /** See the class note; {@code published} is the code to publish when the code's commune stays. */
    Resolution check(
            Commune byCode,
            String code,
            String published,
            String postcode,
            String name,
            List<String> context,
            double[] point,
            List<Finding> findings) {
        if (name == null || lookup.names(byCode.code(), name)) {
            return null;
        }
        List<Named> designated = lookup.named(name);
        Candidate candidate = candidate(byCode, postcode, name, point, designated);
        Named other = candidate.other();
        if (other == null || other.commune().code().equals(byCode.code())) {
            elsewhere(byCode, code, name, designated, findings);
            return null;
        }
        Commune n = other.commune();
        Evidence e = evidence(byCode, n, postcode, name, context, point);
        if (e.side() == 0 && candidate.nearby() && other.how() != How.NOM_POSTAL) {
            e = new Evidence(
                    1,
                    "la fiche nomme une commune voisine existante et ni les coordonnées ni l'adresse ne "
                            + "confirment le code");
        }
        String shown = "« " + name + " »"
                + (CommuneLookup.key(name).equals(CommuneLookup.key(n.nom())) ? "" : " (" + n.nom() + ")");
        if (e.side() > 0) {
            findings.add(Finding.fix(
                    "code_insee",
                    code,
                    "code_insee.contredit-la-commune",
                    "Le code INSEE « " + code + " » (" + byCode.nom() + ") contredit la commune " + shown
                            + " nommée par la fiche ; " + e.why() + " : remplacé par « " + n.code() + " » (" + n.nom()
                            + ")"));
            if (postcode != null && !lookup.postcodes(n.code()).contains(postcode)) {
                findings.add(named.otherPostcode(postcode, name, n));
            }
            return new Resolution(n.code(), n.code(), findings);
        }
        findings.add(Finding.fix(
                "commune",
                name,
                "commune.autre-commune",
                "La commune " + shown + " nommée par la fiche n'est pas celle du code INSEE « " + code + " » ("
                        + byCode.nom() + ") ; "
                        + (e.why() == null
                                ? "rien ne confirme le nom (commune homonyme éloignée, "
                                        + "lieu-dit ou ancienne commune)"
                                : e.why())
                        + " : lieu rattaché à « " + byCode.nom() + " » ("
                        + byCode.code() + ")"));
        return new Resolution(byCode.code(), published, findings);
    }

    /** The commune the name designates, preferring those of the code's or the postcode's département. */
    private Candidate candidate(Commune byCode, String postcode, String name, double[] point, List<Named> designated) {
        Set<String> deps = new HashSet<>();
        deps.add(byCode.departement());
        if (CommuneIndex.departementOf(postcode) != null) {
            deps.add(CommuneIndex.departementOf(postcode));
        }
        boolean nearby = designated.stream()
                .anyMatch(n -> deps.contains(n.commune().departement())
                        || (postcode != null
                                && lookup.postcodes(n.commune().code()).contains(postcode)));
        List<Named> candidates = nearby
                ? designated.stream()
                        .filter(n -> deps.contains(n.commune().departement())
                                || (postcode != null
                                        && lookup.postcodes(n.commune().code()).contains(postcode)))
                        .toList()
                : designated;
        Named other = named.pickNamed(candidates, postcode, point, null);
        if (other == null && nearby && point != null) {
            // Coordinates far from the one commune of that name nearby: weighed below against the code.
            other = named.pickNamed(candidates, postcode, null, null);
        }
        if (other == null) {
            other = named.shortForm(name, postcode, byCode);
            nearby = other != null;
        }
        return new Candidate(other, nearby);
    }

    /** No other commune to weigh: a finding when the name designates communes elsewhere, the code stays. */
    private static void elsewhere(
            Commune byCode, String code, String name, List<Named> designated, List<Finding> findings) {
        List<Commune> elsewhere = designated.stream()
                .filter(x -> x.how() != How.NOM_POSTAL)
                .map(Named::commune)
                .filter(x -> !x.code().equals(byCode.code()))
                .toList();
        if (!elsewhere.isEmpty()) {
            findings.add(Finding.fix(
                    "commune",
                    name,
                    "commune.autre-commune",
                    "La commune « " + name
                            + " » nommée par la fiche désigne "
                            + String.join(
                                    ", ",
                                    elsewhere.stream()
                                            .limit(3)
                                            .map(x -> x.nom() + " (" + x.code() + ")")
                                            .toList())
                            + (elsewhere.size() > 3 ? "…" : "")
                            + ", pas la commune du code INSEE « " + code + " » (" + byCode.nom()
                            + ") ; rien ne confirme"
                            + " le nom (commune éloignée ou homonymes) : lieu rattaché à « " + byCode.nom() + " » ("
                            + byCode.code() + ")"));
        }
    }

    /** The coordinates, then the place's texts, then the postcode: the first that tells the two communes apart. */
    private Evidence evidence(
            Commune byCode, Commune n, String postcode, String name, List<String> context, double[] point) {
        if (point != null) {
            Optional<Boolean> inN = lookup.plausiblyIn(n.code(), point[0], point[1]);
            Optional<Boolean> inC = lookup.plausiblyIn(byCode.code(), point[0], point[1]);
            if (inN.isPresent() && inC.isPresent() && !inN.get().equals(inC.get())) {
                return new Evidence(
                        inN.get() ? 1 : -1,
                        "les coordonnées du lieu sont à "
                                + CommuneDistances.km(point, inN.get() ? n : byCode) + " km du centre de « "
                                + (inN.get() ? n.nom() : byCode.nom()) + " » et à "
                                + CommuneDistances.km(point, inN.get() ? byCode : n) + " km de celui de « "
                                + (inN.get() ? byCode.nom() : n.nom()) + " »");
            }
        }
        if (context != null) {
            boolean textN = NamedCommunes.mentions(context, n, name);
            boolean textC = NamedCommunes.mentions(context, byCode, null);
            if (textN != textC) {
                return new Evidence(
                        textN ? 1 : -1,
                        "le nom ou l'adresse du lieu nomme « " + (textN ? n.nom() : byCode.nom()) + " »");
            }
        }
        if (postcode != null
                && lookup.postcodes(n.code()).contains(postcode)
                && !lookup.postcodes(byCode.code()).contains(postcode)) {
            return new Evidence(1, "le code postal « " + postcode + " » est celui de « " + n.nom() + " »");
        }
        return Evidence.NONE;
    }
}
