package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mednumlod.ontology.CommuneLookup;
import org.mednumlod.ontology.CommuneLookup.How;
import org.mednumlod.ontology.CommuneLookup.Named;
import org.mednumlod.ontology.Reference;
import org.mednumlod.ontology.Territories;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.ontology.Territories.CommuneType;
import org.mednumlod.converters.Finding;

/**
 * Resolves the commune of a record against the COG 2026 (publication mode; {@link #resolveStrict} only types).
 *
 * <p>With an INSEE code (current, or delegated, associated, arrondissement or former code, replaced by its current
 * commune): the code's commune, unless the record names another commune nearby ({@link CommuneLookup#named}: COG
 * name with or without article, delegated or former commune, La Poste name, short form) and the evidence
 * supports the name — coordinates within the plausible distance of one commune and not the other, then the place's
 * name and street line, then the postcode; without evidence a neighbour's own name wins, a far homonym does not.
 * Either way the disagreement is a finding ({@code code_insee.contredit-la-commune} or {@code commune.autre-commune}).
 *
 * <p>Without a code: the commune the name designates, narrowed by postcode, then the postcode's département
 * (98800 is used all over New Caledonia: « Poya » is Poya, not Nouméa), then coordinates (homonyms); a postcode
 * that is not the commune's is a finding ({@code code_postal.autre-commune}). Then a commune whose name starts the
 * given one in the département, the single commune of the postcode, a commune of the postcode named in the
 * place's text, the nearest one to the coordinates.
 */
final class CommuneResolver {

    /**
     * @param commune  the current commune the place is in (its code), or null when unresolved
     * @param codeInsee the INSEE code to publish (the given one when valid, else the resolved one), or null
     * @param findings what was deduced or replaced
     */
    record Resolution(String commune, String codeInsee, List<Finding> findings) {
        boolean resolved() {
            return commune != null;
        }
    }

    private static final CommuneResolver INSTANCE = new CommuneResolver(Reference.territories(), CommuneLookup.get());

    private final Territories territories;
    private final CommuneLookup lookup;
    private final Map<String, Commune> others = new HashMap<>();
    private final Map<String, Commune> formerCodes = new HashMap<>();
    private final Map<String, List<Commune>> byPostcode = new HashMap<>();
    private final Map<String, List<Commune>> byName = new HashMap<>();
    private final Map<String, List<Commune>> othersByName = new HashMap<>();
    private final Map<String, List<Commune>> othersOf = new HashMap<>();

    CommuneResolver(Territories territories, CommuneLookup lookup) {
        this.territories = territories;
        this.lookup = lookup;
        for (Commune c : territories.communes()) {
            c.codesPostaux().forEach(p -> byPostcode.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
            byName.computeIfAbsent(CommuneNames.key(c.nom()), k -> new ArrayList<>()).add(c);
            c.anciensCodes().forEach(old -> formerCodes.putIfAbsent(old, c));
        }
        for (Commune c : territories.otherCommunes()) {
            others.putIfAbsent(c.code(), c);
            othersByName.computeIfAbsent(CommuneNames.key(c.nom()), k -> new ArrayList<>()).add(c);
            if (c.parent() != null && c.type() != CommuneType.ARRONDISSEMENT_MUNICIPAL) {
                othersOf.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    static CommuneResolver get() {
        return INSTANCE;
    }

    /** Strict resolution: links a valid current or arrondissement code, or an exact name in the postcode; fixes nothing. */
    Resolution resolveStrict(String code, String postcode, String name) {
        if (code != null) {
            Optional<Commune> c = territories.commune(code);
            if (c.isPresent()) {
                return new Resolution(code, code, List.of());
            }
            Commune other = others.get(code);
            if (other != null && other.type() == CommuneType.ARRONDISSEMENT_MUNICIPAL) {
                return new Resolution(other.parent(), code, List.of());
            }
        }
        if (postcode != null && name != null) {
            List<Commune> match = byPostcode.getOrDefault(postcode, List.of()).stream()
                    .filter(c -> CommuneNames.key(c.nom()).equals(CommuneNames.key(name))).toList();
            if (match.size() == 1) {
                return new Resolution(match.get(0).code(), code, List.of());
            }
        }
        return new Resolution(null, code, List.of());
    }

    /** Publication resolution: every deduction or replacement is a finding. */
    Resolution resolve(String code, String postcode, String name) {
        return resolve(code, postcode, name, null, null);
    }

    /**
     * @param context other text of the record (its name and street line): when the postcode is shared by several
     *                communes and no commune name is given, a single one of them named in that text is taken
     * @param point   the place's coordinates (latitude, longitude), or null
     */
    Resolution resolve(String code, String postcode, String name, List<String> context, double[] point) {
        List<Finding> findings = new ArrayList<>();
        Commune byCode = null;
        if (code != null) {
            if (territories.commune(code).isPresent()) {
                byCode = territories.commune(code).get();
            } else {
                Commune other = others.get(code);
                if (other != null && other.type() == CommuneType.ARRONDISSEMENT_MUNICIPAL) {
                    Commune parent = territories.commune(other.parent()).orElseThrow();
                    Resolution checked = againstName(parent, code, code, postcode, name, context, point, findings);
                    return checked != null ? checked : new Resolution(other.parent(), code, findings);
                }
                if (other != null) {
                    findings.add(Finding.fix("code_insee", code, "code_insee.commune-fusionnee",
                            "Le code INSEE « " + code + " » est celui de la commune " + label(other) + ", "
                                    + (other.type() == CommuneType.DELEGUEE ? "déléguée" : "associée")
                                    + " de la commune « " + other.parent() + " » : remplacé par « " + other.parent() + " »"));
                    byCode = territories.commune(other.parent()).orElseThrow();
                } else if (formerCodes.get(code) != null) {
                    byCode = formerCodes.get(code);
                    findings.add(Finding.fix("code_insee", code, "code_insee.ancienne-commune",
                            "Le code INSEE « " + code + " » est celui d'une ancienne commune fusionnée dans « "
                                    + byCode.nom() + " » : remplacé par « " + byCode.code() + " »"));
                } else {
                    findings.add(Finding.dropped("code_insee", code, "code_insee.inconnu",
                            "Le code INSEE « " + code + " » n'existe pas dans le COG 2026 : retiré"));
                }
            }
        }
        if (byCode != null) {
            String published = byCode.code().equals(code) ? code : byCode.code();
            Resolution checked = againstName(byCode, code, published, postcode, name, context, point, findings);
            return checked != null ? checked : new Resolution(byCode.code(), published, findings);
        }
        Commune found = namedCommune(postcode, name, point);
        if (found != null) {
            if (postcode != null && !lookup.postcodes(found.code()).contains(postcode)) {
                findings.add(otherPostcode(postcode, name, found));
            }
            findings.add(Finding.fix("code_insee", code, "code_insee.deduit",
                    "Code INSEE « " + found.code() + " » (" + found.nom() + ") déduit du code postal « "
                            + Objects.toString(postcode, "") + " » et de la commune « " + name + " »"));
            return new Resolution(found.code(), found.code(), findings);
        }
        String dep = departementOf(postcode);
        if (name != null && dep != null) {
            found = lookup.startingName(name, dep).orElse(null);
            if (found != null) {
                if (!lookup.postcodes(found.code()).contains(postcode)) {
                    findings.add(otherPostcode(postcode, name, found));
                }
                findings.add(Finding.fix("code_insee", code, "code_insee.deduit-du-debut-du-nom",
                        "Code INSEE « " + found.code() + " » (" + found.nom() + ") : la commune « " + name
                                + " » commence par le nom de cette commune du département " + dep));
                return new Resolution(found.code(), found.code(), findings);
            }
        }
        found = byPostcodeAndName(postcode, name, findings);
        if (found == null && context != null && postcode != null) {
            found = namedIn(context, byPostcode.getOrDefault(postcode, List.of()));
            if (found != null) {
                findings.add(Finding.fix("code_insee", code, "code_insee.deduit-du-texte",
                        "Code INSEE « " + found.code() + " » (" + found.nom() + ") : seule commune du code postal « "
                                + postcode + " » nommée dans le nom ou l'adresse du lieu"));
                return new Resolution(found.code(), found.code(), findings);
            }
        }
        if (found == null && point != null && postcode != null) {
            found = nearest(point, byPostcode.getOrDefault(postcode, List.of()));
            if (found != null) {
                findings.add(Finding.fix("code_insee", code, "code_insee.deduit-des-coordonnees",
                        "Code INSEE « " + found.code() + " » (" + found.nom() + ") : commune du code postal « "
                                + postcode + " » dont le centre est le plus proche des coordonnées du lieu"));
                return new Resolution(found.code(), found.code(), findings);
            }
        }
        if (found == null && point != null) {
            found = containing(point);
            if (found != null) {
                findings.add(Finding.fix("code_insee", code, "code_insee.deduit-des-coordonnees-seules",
                        "Code INSEE « " + found.code() + " » (" + found.nom() + ") : les coordonnées du lieu sont à moins de "
                                + (int) SURE_KM + " km du centre de cette commune et à plus du double de la distance de toute autre"));
                return new Resolution(found.code(), found.code(), findings);
            }
        }
        if (found == null) {
            return new Resolution(null, null, findings);
        }
        findings.add(Finding.fix("code_insee", code, "code_insee.deduit",
                "Code INSEE « " + found.code() + " » (" + found.nom() + ") déduit du code postal « "
                        + Objects.toString(postcode, "") + " » et de la commune « " + Objects.toString(name, "") + " »"));
        return new Resolution(found.code(), found.code(), findings);
    }

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
    private Resolution againstName(Commune byCode, String code, String published, String postcode, String name,
                                   List<String> context, double[] point, List<Finding> findings) {
        if (name == null || lookup.names(byCode.code(), name)) {
            return null;
        }
        Set<String> deps = new HashSet<>();
        deps.add(byCode.departement());
        if (departementOf(postcode) != null) {
            deps.add(departementOf(postcode));
        }
        List<Named> named = lookup.named(name);
        boolean nearby = named.stream().anyMatch(n -> deps.contains(n.commune().departement())
                || (postcode != null && lookup.postcodes(n.commune().code()).contains(postcode)));
        List<Named> candidates = nearby ? named.stream().filter(n -> deps.contains(n.commune().departement())
                || (postcode != null && lookup.postcodes(n.commune().code()).contains(postcode))).toList() : named;
        Named other = pickNamed(candidates, postcode, point, null);
        if (other == null && nearby && point != null) {
            // Coordinates far from the one commune of that name nearby: weighed below against the code.
            other = pickNamed(candidates, postcode, null, null);
        }
        if (other == null) {
            other = shortForm(name, postcode, byCode);
            nearby = other != null;
        }
        if (other == null || other.commune().code().equals(byCode.code())) {
            List<Commune> elsewhere = named.stream().filter(x -> x.how() != How.NOM_POSTAL).map(Named::commune)
                    .filter(x -> !x.code().equals(byCode.code())).toList();
            if (!elsewhere.isEmpty()) {
                findings.add(Finding.fix("commune", name, "commune.autre-commune", "La commune « " + name
                        + " » nommée par la fiche désigne " + String.join(", ", elsewhere.stream().limit(3)
                                .map(x -> x.nom() + " (" + x.code() + ")").toList()) + (elsewhere.size() > 3 ? "…" : "")
                        + ", pas la commune du code INSEE « " + code + " » (" + byCode.nom() + ") ; rien ne confirme"
                        + " le nom (commune éloignée ou homonymes) : lieu rattaché à « " + byCode.nom() + " » ("
                        + byCode.code() + ")"));
            }
            return null;
        }
        Commune n = other.commune();
        int evidence = 0;
        String why = null;
        if (point != null) {
            Optional<Boolean> inN = lookup.plausiblyIn(n.code(), point[0], point[1]);
            Optional<Boolean> inC = lookup.plausiblyIn(byCode.code(), point[0], point[1]);
            if (inN.isPresent() && inC.isPresent() && !inN.get().equals(inC.get())) {
                evidence = inN.get() ? 1 : -1;
                why = "les coordonnées du lieu sont à " + km(point, inN.get() ? n : byCode) + " km du centre de « "
                        + (inN.get() ? n.nom() : byCode.nom()) + " » et à " + km(point, inN.get() ? byCode : n)
                        + " km de celui de « " + (inN.get() ? byCode.nom() : n.nom()) + " »";
            }
        }
        if (evidence == 0 && context != null) {
            boolean textN = mentions(context, n, name);
            boolean textC = mentions(context, byCode, null);
            if (textN != textC) {
                evidence = textN ? 1 : -1;
                why = "le nom ou l'adresse du lieu nomme « " + (textN ? n.nom() : byCode.nom()) + " »";
            }
        }
        if (evidence == 0 && postcode != null && lookup.postcodes(n.code()).contains(postcode)
                && !lookup.postcodes(byCode.code()).contains(postcode)) {
            evidence = 1;
            why = "le code postal « " + postcode + " » est celui de « " + n.nom() + " »";
        }
        if (evidence == 0 && nearby && other.how() != How.NOM_POSTAL) {
            evidence = 1;
            why = "la fiche nomme une commune voisine existante et ni les coordonnées ni l'adresse ne confirment le code";
        }
        String shown = "« " + name + " »" + (CommuneLookup.key(name).equals(CommuneLookup.key(n.nom())) ? ""
                : " (" + n.nom() + ")");
        if (evidence > 0) {
            findings.add(Finding.fix("code_insee", code, "code_insee.contredit-la-commune",
                    "Le code INSEE « " + code + " » (" + byCode.nom() + ") contredit la commune " + shown
                            + " nommée par la fiche ; " + why + " : remplacé par « " + n.code() + " » (" + n.nom() + ")"));
            if (postcode != null && !lookup.postcodes(n.code()).contains(postcode)) {
                findings.add(otherPostcode(postcode, name, n));
            }
            return new Resolution(n.code(), n.code(), findings);
        }
        findings.add(Finding.fix("commune", name, "commune.autre-commune",
                "La commune " + shown + " nommée par la fiche n'est pas celle du code INSEE « " + code + " » ("
                        + byCode.nom() + ") ; " + (why == null ? "rien ne confirme le nom (commune homonyme éloignée, "
                        + "lieu-dit ou ancienne commune)" : why) + " : lieu rattaché à « " + byCode.nom() + " » ("
                        + byCode.code() + ")"));
        return new Resolution(byCode.code(), published, findings);
    }

    /** The one commune of the postcode whose name starts with the given one (« Saint Loup » for Saint-Loup-sur-Semouse). */
    private Named shortForm(String name, String postcode, Commune byCode) {
        if (postcode == null) {
            return null;
        }
        String k = CommuneLookup.key(name);
        List<Commune> hits = lookup.withPostcode(postcode).stream()
                .filter(c -> CommuneLookup.key(c.nom()).startsWith(k + "-")).toList();
        return hits.size() == 1 && !hits.get(0).code().equals(byCode.code())
                ? new Named(hits.get(0), How.NOM, hits.get(0).nom()) : null;
    }

    /** True if one of the texts names the commune (its COG name, or the given name) as whole words. */
    private static boolean mentions(List<String> texts, Commune c, String name) {
        for (String text : texts) {
            String t = "-" + CommuneLookup.key(text) + "-";
            for (String n : name == null ? List.of(c.nom()) : List.of(c.nom(), name)) {
                String k = CommuneLookup.key(n);
                String bare = k.replaceFirst("^(le|la|les|l)-", "");
                if (!k.isEmpty() && (t.contains("-" + k + "-") || (bare.length() >= 4 && t.contains("-" + bare + "-")))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Finding otherPostcode(String postcode, String name, Commune chosen) {
        List<Commune> of = lookup.withPostcode(postcode);
        String whose = of.isEmpty() ? "n'est attribué à aucune commune (code CEDEX ou erroné)"
                : "est celui de " + String.join(", ", of.stream().limit(5).map(c -> "« " + c.nom() + " »").toList())
                        + (of.size() > 5 ? "…" : "");
        return Finding.fix("code_postal", postcode, "code_postal.autre-commune",
                "Le code postal « " + postcode + " » " + whose + ", pas de « " + chosen.nom() + " » (codes postaux : "
                        + String.join(", ", lookup.postcodes(chosen.code())) + ") : commune retenue d'après le nom « "
                        + name + " », code postal conservé");
    }

    private static long km(double[] point, Commune c) {
        return Math.round(km(point[0], point[1], c.latitude(), c.longitude()));
    }

    /** The current commune the record's name designates, narrowed by postcode and coordinates; null if none or ambiguous. */
    private Commune namedCommune(String postcode, String name, double[] point) {
        if (name == null) {
            return null;
        }
        Named n = pickNamed(lookup.named(name), postcode, point, null);
        return n == null ? null : n.commune();
    }

    /**
     * Among the communes a name designates: those that have the postcode, else those of the postcode's (or the
     * given) département, else — only if the coordinates fall within its plausible distance, or if it is the
     * only commune of France with that name and there are no coordinates — the single one elsewhere. Several
     * left: the coordinates keep those within their plausible distance, then the nearest by far (homonyms);
     * then the strongest way of naming ({@link How}).
     */
    private Named pickNamed(List<Named> named, String postcode, double[] point, String departement) {
        if (named.isEmpty()) {
            return null;
        }
        List<Named> c = postcode == null ? List.of()
                : named.stream().filter(n -> lookup.postcodes(n.commune().code()).contains(postcode)).toList();
        boolean elsewhere = false;
        if (c.isEmpty()) {
            String dep = departement != null ? departement : departementOf(postcode);
            c = dep == null ? named : named.stream().filter(n -> n.commune().departement().equals(dep)).toList();
            if (c.isEmpty()) {
                c = named;
                elsewhere = true;
            }
        }
        if (c.size() > 1 && point != null) {
            List<Named> plausible = c.stream()
                    .filter(n -> lookup.plausiblyIn(n.commune().code(), point[0], point[1]).orElse(true)).toList();
            if (!plausible.isEmpty()) {
                c = plausible;
            }
            if (c.size() > 1) {
                Nearest near = Nearest.of(point, c.stream().map(Named::commune).toList());
                if (near.best() != null && near.secondKm() >= 2 * near.bestKm()) {
                    Commune best = near.best();
                    c = c.stream().filter(n -> n.commune() == best).toList();
                }
            }
        }
        if (c.size() > 1) {
            How strongest = c.stream().map(Named::how).min(Enum::compareTo).orElseThrow();
            c = c.stream().filter(n -> n.how() == strongest).toList();
        }
        if (c.size() != 1) {
            return null;
        }
        Named n = c.get(0);
        if (elsewhere) {
            boolean near = point != null && lookup.plausiblyIn(n.commune().code(), point[0], point[1]).orElse(false);
            boolean unique = point == null && departement == null && named.size() == 1 && n.how() == How.NOM;
            return near || unique ? n : null;
        }
        if (point != null && lookup.plausiblyIn(n.commune().code(), point[0], point[1]).orElse(true)) {
            return n;
        }
        // The coordinates are far from the only commune of that name: kept only if the postcode agrees with it.
        return point == null || (postcode != null && lookup.postcodes(n.commune().code()).contains(postcode)) ? n : null;
    }

    private Commune byPostcodeAndName(String postcode, String name, List<Finding> findings) {
        String key = name == null ? null : CommuneNames.key(name);
        List<Commune> inPostcode = postcode == null ? List.of() : byPostcode.getOrDefault(postcode, List.of());
        if (key != null && !key.isEmpty()) {
            List<Commune> named = inPostcode.stream().filter(c -> CommuneNames.key(c.nom()).equals(key)).toList();
            if (named.size() == 1) {
                return named.get(0);
            }
            // A delegated or associated commune of that name whose parent has the postcode.
            for (Commune o : othersByName.getOrDefault(key, List.of())) {
                if (o.type() != CommuneType.ARRONDISSEMENT_MUNICIPAL
                        && inPostcode.stream().anyMatch(c -> c.code().equals(o.parent()))) {
                    return territories.commune(o.parent()).orElse(null);
                }
            }
        }
        if (inPostcode.size() == 1) {
            return inPostcode.get(0);
        }
        if (key != null && !key.isEmpty()) {
            List<Commune> everywhere = byName.getOrDefault(key, List.of());
            String dep = departementOf(postcode);
            if (dep != null) {
                List<Commune> inDep = everywhere.stream().filter(c -> c.departement().equals(dep)).toList();
                if (inDep.size() == 1) {
                    return inDep.get(0);
                }
            }
            if (everywhere.size() == 1) {
                return everywhere.get(0);
            }
            // A name prefix (e.g. "Saint-Jean" for "Saint-Jean-de-Braye") unique within the postcode, or a commune
            // name that starts the given one ("La Tour" for "La Tour-sur-Tinée").
            List<Commune> prefixed = inPostcode.stream().filter(c -> CommuneNames.key(c.nom()).startsWith(key)
                    || key.startsWith(CommuneNames.key(c.nom()) + "-")).toList();
            if (prefixed.size() == 1) {
                return prefixed.get(0);
            }
        }
        return null;
    }

    /** Maximum distance (km) between a place and the centre of the commune chosen for it from its coordinates. */
    static final double NEAREST_MAX_KM = 10;

    /**
     * Among the communes of a postcode, the one whose centre is nearest to the point, if it is within
     * {@value #NEAREST_MAX_KM} km and clearly nearer (by 1 km) than the next one.
     */
    private static Commune nearest(double[] point, List<Commune> candidates) {
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
    private Commune containing(double[] point) {
        List<Commune> near = territories.communes().stream()
                .filter(c -> c.latitude() != null && Math.abs(c.latitude() - point[0]) <= 0.2).toList();
        Nearest n = Nearest.of(point, near);
        return n.best() != null && n.bestKm() <= SURE_KM && n.secondKm() >= 2 * n.bestKm() ? n.best() : null;
    }

    /** The commune whose centre is nearest to a point, its distance and the distance of the next one (km). */
    private record Nearest(Commune best, double bestKm, double secondKm) {
        static Nearest of(double[] point, List<Commune> candidates) {
            Commune best = null;
            double bestKm = Double.MAX_VALUE;
            double secondKm = Double.MAX_VALUE;
            for (Commune c : candidates) {
                if (c.latitude() == null) {
                    continue;
                }
                double km = km(point[0], point[1], c.latitude(), c.longitude());
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

    /** Great-circle distance in km (haversine). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0088 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The one candidate named in the texts, tried in order (the place's name first, then its street line): its
     * full name, the name of one of its delegated or associated communes, or the first word of its name
     * (5 letters or more, "Carhaix" for "Carhaix-Plouguer") appears as whole words; the longest full name wins
     * when it contains the others.
     */
    private Commune namedIn(List<String> texts, List<Commune> candidates) {
        for (String text : texts) {
            String t = "-" + CommuneNames.key(text) + "-";
            Commune c = fullName(t, candidates);
            if (c == null) {
                c = viaOtherCommunes(t, candidates);
            }
            if (c == null) {
                c = firstWord(t, candidates);
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private Commune viaOtherCommunes(String t, List<Commune> candidates) {
        List<Commune> hits = new ArrayList<>();
        for (Commune c : candidates) {
            boolean named = othersOf.getOrDefault(c.code(), List.of()).stream()
                    .anyMatch(o -> t.contains("-" + CommuneNames.key(o.nom()) + "-"));
            if (named) {
                hits.add(c);
            }
        }
        return hits.size() == 1 ? hits.get(0) : null;
    }

    private static Commune firstWord(String t, List<Commune> candidates) {
        List<Commune> hits = candidates.stream().filter(c -> {
            String k = CommuneNames.key(c.nom());
            int dash = k.indexOf('-');
            String first = dash < 0 ? k : k.substring(0, dash);
            return first.length() >= 5 && t.contains("-" + first + "-");
        }).toList();
        return hits.size() == 1 ? hits.get(0) : null;
    }

    private static Commune fullName(String t, List<Commune> candidates) {
        List<Commune> hits = candidates.stream().filter(c -> t.contains("-" + CommuneNames.key(c.nom()) + "-")).toList();
        if (hits.isEmpty()) {
            return null;
        }
        Commune longest = hits.stream().max(java.util.Comparator.comparingInt(c -> CommuneNames.key(c.nom()).length())).get();
        String lk = CommuneNames.key(longest.nom());
        boolean containsOthers = hits.stream().allMatch(c -> lk.contains(CommuneNames.key(c.nom())));
        return containsOthers ? longest : null;
    }

    private static String departementOf(String postcode) {
        if (postcode == null || postcode.length() != 5) {
            return null;
        }
        if (postcode.startsWith("97") || postcode.startsWith("98")) {
            return postcode.substring(0, 3);
        }
        if (postcode.startsWith("20")) {
            return postcode.compareTo("20200") < 0 ? "2A" : "2B";
        }
        return postcode.substring(0, 2);
    }

    private static String label(Commune c) {
        return "« " + c.nom() + " »";
    }
}
