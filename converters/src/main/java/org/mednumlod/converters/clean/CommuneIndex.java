package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mednumlod.ontology.Territories;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.ontology.Territories.CommuneType;

/**
 * The communes of the COG by postcode and by name, the delegated, associated and former communes by code and name:
 * what the resolver looks communes up in, beside {@link org.mednumlod.ontology.CommuneLookup}.
 */
final class CommuneIndex {
    private final Territories territories;
    private final Map<String, Commune> others = new HashMap<>();
    private final Map<String, Commune> formerCodes = new HashMap<>();
    private final Map<String, List<Commune>> byPostcode = new HashMap<>();
    private final Map<String, List<Commune>> byName = new HashMap<>();
    private final Map<String, List<Commune>> othersByName = new HashMap<>();
    private final Map<String, List<Commune>> othersOf = new HashMap<>();

    CommuneIndex(Territories territories) {
        this.territories = territories;
        for (Commune c : territories.communes()) {
            c.codesPostaux()
                    .forEach(p -> byPostcode
                            .computeIfAbsent(p, k -> new ArrayList<>())
                            .add(c));
            byName.computeIfAbsent(CommuneNames.key(c.nom()), k -> new ArrayList<>())
                    .add(c);
            c.anciensCodes().forEach(old -> formerCodes.putIfAbsent(old, c));
        }
        for (Commune c : territories.otherCommunes()) {
            others.putIfAbsent(c.code(), c);
            othersByName
                    .computeIfAbsent(CommuneNames.key(c.nom()), k -> new ArrayList<>())
                    .add(c);
            if (c.parent() != null && c.type() != CommuneType.ARRONDISSEMENT_MUNICIPAL) {
                othersOf.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** The delegated or associated commune or municipal arrondissement of a code, or null. */
    Commune other(String code) {
        return others.get(code);
    }

    /** The current commune a former commune of that code merged into, or null. */
    Commune former(String code) {
        return formerCodes.get(code);
    }

    /** The current communes of a postcode (empty for none or null). */
    List<Commune> withPostcode(String postcode) {
        return postcode == null ? List.of() : byPostcode.getOrDefault(postcode, List.of());
    }

    /**
     * The commune of a postcode and a name: the one of the postcode with that name (or whose delegated or associated
     * commune has it), the single commune of the postcode, the one of that name in the postcode's département or in
     * France, a name prefix unique within the postcode; null if none.
     */
    Commune byPostcodeAndName(String postcode, String name) {
        String key = name == null ? null : CommuneNames.key(name);
        List<Commune> inPostcode = postcode == null ? List.of() : byPostcode.getOrDefault(postcode, List.of());
        if (key != null && !key.isEmpty()) {
            List<Commune> named = inPostcode.stream()
                    .filter(c -> CommuneNames.key(c.nom()).equals(key))
                    .toList();
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
                List<Commune> inDep = everywhere.stream()
                        .filter(c -> c.departement().equals(dep))
                        .toList();
                if (inDep.size() == 1) {
                    return inDep.get(0);
                }
            }
            if (everywhere.size() == 1) {
                return everywhere.get(0);
            }
            // A name prefix (e.g. "Saint-Jean" for "Saint-Jean-de-Braye") unique within the postcode, or a commune
            // name that starts the given one ("La Tour" for "La Tour-sur-Tinée").
            List<Commune> prefixed = inPostcode.stream()
                    .filter(c -> CommuneNames.key(c.nom()).startsWith(key)
                            || key.startsWith(CommuneNames.key(c.nom()) + "-"))
                    .toList();
            if (prefixed.size() == 1) {
                return prefixed.get(0);
            }
        }
        return null;
    }

    /**
     * The one candidate named in the texts, tried in order (the place's name first, then its street line): its
     * full name, the name of one of its delegated or associated communes, or the first word of its name
     * (5 letters or more, "Carhaix" for "Carhaix-Plouguer") appears as whole words; the longest full name wins
     * when it contains the others.
     */
    Commune namedIn(List<String> texts, List<Commune> candidates) {
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
        List<Commune> hits = candidates.stream()
                .filter(c -> {
                    String k = CommuneNames.key(c.nom());
                    int dash = k.indexOf('-');
                    String first = dash < 0 ? k : k.substring(0, dash);
                    return first.length() >= 5 && t.contains("-" + first + "-");
                })
                .toList();
        return hits.size() == 1 ? hits.get(0) : null;
    }

    private static Commune fullName(String t, List<Commune> candidates) {
        List<Commune> hits = candidates.stream()
                .filter(c -> t.contains("-" + CommuneNames.key(c.nom()) + "-"))
                .toList();
        if (hits.isEmpty()) {
            return null;
        }
        Commune longest = hits.stream()
                .max(java.util.Comparator.comparingInt(
                        c -> CommuneNames.key(c.nom()).length()))
                .get();
        String lk = CommuneNames.key(longest.nom());
        boolean containsOthers = hits.stream().allMatch(c -> lk.contains(CommuneNames.key(c.nom())));
        return containsOthers ? longest : null;
    }

    static String departementOf(String postcode) {
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
}
