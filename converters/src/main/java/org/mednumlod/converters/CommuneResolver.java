package org.mednumlod.converters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mednumlod.ontology.Reference;
import org.mednumlod.ontology.Territories;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.ontology.Territories.CommuneType;

/**
 * Resolves the commune of a record against the COG 2026: from its INSEE code (current, delegated, associated,
 * arrondissement or former code), else from its postcode and name (name in the postcode, delegated commune of
 * that name, single commune of the postcode, name in the département, name unique in France).
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

    private static final CommuneResolver INSTANCE = new CommuneResolver(Reference.territories());

    private final Territories territories;
    private final Map<String, Commune> others = new HashMap<>();
    private final Map<String, Commune> formerCodes = new HashMap<>();
    private final Map<String, List<Commune>> byPostcode = new HashMap<>();
    private final Map<String, List<Commune>> byName = new HashMap<>();
    private final Map<String, List<Commune>> othersByName = new HashMap<>();
    private final Map<String, List<Commune>> othersOf = new HashMap<>();

    CommuneResolver(Territories territories) {
        this.territories = territories;
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
     */
    Resolution resolve(String code, String postcode, String name, List<String> context, double[] point) {
        List<Finding> findings = new ArrayList<>();
        if (code != null) {
            if (territories.commune(code).isPresent()) {
                return new Resolution(code, code, List.of());
            }
            Commune other = others.get(code);
            if (other != null && other.type() == CommuneType.ARRONDISSEMENT_MUNICIPAL) {
                return new Resolution(other.parent(), code, List.of());
            }
            if (other != null) {
                findings.add(Finding.fix("code_insee", code, "code_insee.commune-fusionnee",
                        "Le code INSEE « " + code + " » est celui de la commune " + label(other) + ", "
                                + (other.type() == CommuneType.DELEGUEE ? "déléguée" : "associée")
                                + " de la commune « " + other.parent() + " » : remplacé par « " + other.parent() + " »"));
                return new Resolution(other.parent(), other.parent(), findings);
            }
            Commune merged = formerCodes.get(code);
            if (merged != null) {
                findings.add(Finding.fix("code_insee", code, "code_insee.ancienne-commune",
                        "Le code INSEE « " + code + " » est celui d'une ancienne commune fusionnée dans « "
                                + merged.nom() + " » : remplacé par « " + merged.code() + " »"));
                return new Resolution(merged.code(), merged.code(), findings);
            }
            findings.add(Finding.dropped("code_insee", code, "code_insee.inconnu",
                    "Le code INSEE « " + code + " » n'existe pas dans le COG 2026 : retiré"));
        }
        Commune found = byPostcodeAndName(postcode, name, findings);
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
