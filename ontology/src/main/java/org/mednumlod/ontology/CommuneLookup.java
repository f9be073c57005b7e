package org.mednumlod.ontology;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.ontology.Territories.CommuneType;

/**
 * Finds the current communes a name or a postcode designates, and how far from a commune's centre a point may
 * plausibly be, from the COG 2026 and La Poste's postcode file.
 *
 * <pre>{@code
 * CommuneLookup lookup = CommuneLookup.get();
 * lookup.named("MONT DORE");              // Le Mont-Dore (63236) and Le Mont-Dore (98817), both by name
 * lookup.named("Boulouparis");            // Bouloupari (98802), by La Poste's name
 * lookup.withPostcode("98810");           // Le Mont-Dore (98817): La Poste's postcodes complete the COG's
 * lookup.plausibleKm("13004");            // Arles: about 56 km
 * }</pre>
 *
 * <p>A name is compared by its {@link #key key} (case, accents, hyphens, apostrophes, « St » ignored), with or
 * without a leading or trailing article (« Le Mont-Dore », « MONT DORE », « Abymes (Les) »). It designates, in
 * order of strength: a current commune of that name ({@link How#NOM}); the current commune of a delegated,
 * associated or former commune of that name ({@link How#ANCIENNE_COMMUNE}); the commune of a La Poste locality
 * or delivery name ({@link How#NOM_POSTAL}, « Boulouparis », « Népoui »).
 */
public final class CommuneLookup {

    /** How a name designates a commune, strongest first. */
    public enum How {
        /** The commune's COG name, with or without its article. */
        NOM,
        /** The name of one of its delegated, associated or former (merged) communes. */
        ANCIENNE_COMMUNE,
        /** A name La Poste uses for it or for one of its localities. */
        NOM_POSTAL
    }

    /** A current commune designated by a name, and how. */
    public record Named(Commune commune, How how, String name) {}

    /** Lowest plausible distance (km) between a place of a commune and the commune's centre. */
    public static final double MIN_PLAUSIBLE_KM = 5;
    /** The plausible distance is this many times the distance to the third nearest commune centre. */
    public static final double NEIGHBOUR_FACTOR = 3;

    private static final String[] ARTICLES = {"le", "la", "les", "l"};
    private static volatile CommuneLookup instance;

    private final Territories territories;
    private final Map<String, List<Named>> byKey = new HashMap<>();
    private final Map<String, Set<String>> postcodes = new HashMap<>();
    private final Map<String, List<Commune>> byPostcode = new HashMap<>();
    private final Map<String, Double> plausible = new HashMap<>();
    private final Map<String, List<String[]>> keysByDepartement = new HashMap<>();

    CommuneLookup(Territories territories, Iterable<CSVRecord> laPoste) {
        this.territories = territories;
        Map<String, String> currentOf = new HashMap<>();
        Set<String> arrondissements = new HashSet<>();
        for (Commune c : territories.communes()) {
            currentOf.put(c.code(), c.code());
            c.anciensCodes().forEach(old -> currentOf.putIfAbsent(old, c.code()));
            c.codesPostaux().forEach(p -> addPostcode(c.code(), p));
            index(c, How.NOM, c.nom());
            keysByDepartement
                    .computeIfAbsent(c.departement(), k -> new ArrayList<>())
                    .add(new String[] {key(c.nom()), bare(key(c.nom())), c.code()});
        }
        for (Commune o : territories.otherCommunes()) {
            if (o.type() != CommuneType.ARRONDISSEMENT_MUNICIPAL && o.parent() != null) {
                currentOf.putIfAbsent(o.code(), o.parent());
                territories.commune(o.parent()).ifPresent(c -> index(c, How.ANCIENNE_COMMUNE, o.nom()));
            } else if (o.parent() != null) {
                currentOf.putIfAbsent(o.code(), o.parent());
                arrondissements.add(o.code());
            }
        }
        for (CSVRecord row : laPoste) {
            String code = currentOf.get(row.get(0));
            Commune c = code == null ? null : territories.commune(code).orElse(null);
            if (c == null) {
                continue;
            }
            addPostcode(code, row.get(2).strip());
            boolean former = !code.equals(row.get(0)) && !arrondissements.contains(row.get(0));
            index(c, former ? How.ANCIENNE_COMMUNE : How.NOM_POSTAL, row.get(1));
            index(c, How.NOM_POSTAL, row.get(3));
            index(c, How.NOM_POSTAL, row.get(4));
        }
        postcodes.forEach((code, cps) -> cps.forEach(p -> byPostcode
                .computeIfAbsent(p, k -> new ArrayList<>())
                .add(territories.commune(code).orElseThrow())));
        plausible.putAll(PlausibleDistances.of(territories.communes()));
    }

    /** The lookup of the territory reference, built once. */
    public static CommuneLookup get() {
        CommuneLookup l = instance;
        if (l == null) {
            synchronized (CommuneLookup.class) {
                l = instance;
                if (l == null) {
                    l = new CommuneLookup(Reference.territories(), TerritoryReader.laPosteRows());
                    instance = l;
                }
            }
        }
        return l;
    }

    /**
     * A comparison key: accents removed, lower case, {@code œ} → {@code oe}, {@code St}/{@code Ste} →
     * {@code saint}/{@code sainte}, {@code s/} → {@code sur}, every run of other characters → {@code -}.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss");
        s = s.replaceAll("\\bs/", "sur ");
        List<String> words = new ArrayList<>();
        for (String w : s.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w.equals("st") ? "saint" : w.equals("ste") ? "sainte" : w);
            }
        }
        return String.join("-", words);
    }

    /** The key without a leading or trailing article: « le-mont-dore », « abymes-les » → « mont-dore », « abymes ». */
    static String bare(String key) {
        for (String a : ARTICLES) {
            if (key.startsWith(a + "-") && key.length() > a.length() + 1) {
                return key.substring(a.length() + 1);
            }
            if (key.endsWith("-" + a) && key.length() > a.length() + 1) {
                return key.substring(0, key.length() - a.length() - 1);
            }
        }
        return key;
    }

    private void index(Commune c, How how, String name) {
        String k = key(name);
        if (k.isEmpty()) {
            return;
        }
        for (String variant : new LinkedHashSet<>(List.of(k, bare(k)))) {
            List<Named> list = byKey.computeIfAbsent(variant, x -> new ArrayList<>());
            boolean stronger = list.stream()
                    .anyMatch(
                            n -> n.commune().code().equals(c.code()) && n.how().compareTo(how) <= 0);
            if (!stronger) {
                list.removeIf(n -> n.commune().code().equals(c.code()));
                list.add(new Named(c, how, how == How.NOM ? c.nom() : name));
            }
        }
    }

    private void addPostcode(String code, String postcode) {
        if (postcode.matches("\\d{5}")) {
            postcodes.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(postcode);
        }
    }

    /**
     * The current communes a name designates (as written, or without its article), each once with its strongest
     * way (see {@link How}): « Saint-Christophe » lists the communes of that name and those that have a former
     * commune or a locality of that name; callers narrow them by postcode, département or coordinates.
     */
    public List<Named> named(String name) {
        String k = key(name);
        if (k.isEmpty()) {
            return List.of();
        }
        Map<String, Named> found = new LinkedHashMap<>();
        for (String variant : new LinkedHashSet<>(List.of(k, bare(k)))) {
            for (Named n : byKey.getOrDefault(variant, List.of())) {
                found.merge(n.commune().code(), n, (a, b) -> a.how().compareTo(b.how()) <= 0 ? a : b);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * True if the name designates this current commune, in any way, or is a short form of its name (« La Seyne »
     * for La Seyne-sur-Mer, « Saint-Ouen » for Saint-Ouen-sur-Seine) that no commune of its département bears.
     */
    public boolean names(String code, String name) {
        List<Named> named = named(name);
        if (named.stream().anyMatch(n -> n.commune().code().equals(code))) {
            return true;
        }
        Commune c = territories.commune(code).orElse(null);
        String k = key(name);
        if (c == null || k.isEmpty()) {
            return false;
        }
        String official = key(c.nom());
        boolean shortForm = official.startsWith(k + "-") || bare(official).startsWith(bare(k) + "-");
        return shortForm
                && named.stream()
                        .noneMatch(n ->
                                n.how() == How.NOM && n.commune().departement().equals(c.departement()));
    }

    /**
     * The commune of a département whose full name starts the given name, followed by other words (« Dumbéa sur
     * mer » → Dumbéa, « Mont-Dore Sud » → Le Mont-Dore); the longest such name, if only one commune bears it.
     */
    public Optional<Commune> startingName(String name, String departement) {
        String k = key(name);
        String kb = bare(k);
        int best = 0;
        List<String> hits = new ArrayList<>();
        for (String[] c : keysByDepartement.getOrDefault(departement, List.of())) {
            for (String ck : new String[] {c[0], c[1]}) {
                if (ck.length() >= 3 && (k.startsWith(ck + "-") || kb.startsWith(ck + "-"))) {
                    if (ck.length() > best) {
                        best = ck.length();
                        hits.clear();
                    }
                    if (ck.length() == best && !hits.contains(c[2])) {
                        hits.add(c[2]);
                    }
                }
            }
        }
        return hits.size() == 1 ? territories.commune(hits.get(0)) : Optional.empty();
    }

    /** The postcodes of a current commune: the COG's, completed by La Poste's (also those of its former communes). */
    public Set<String> postcodes(String code) {
        return postcodes.getOrDefault(code, Set.of());
    }

    /** The current communes that have this postcode (COG or La Poste). */
    public List<Commune> withPostcode(String postcode) {
        return byPostcode.getOrDefault(postcode, List.of());
    }

    /**
     * How far (km) from the centre of a current commune a place in it may plausibly be: {@value #NEIGHBOUR_FACTOR}
     * times the distance to the third nearest commune centre, at least {@value #MIN_PLAUSIBLE_KM} km — the size
     * of a commune follows the spacing of its neighbours (Arles: 56 km; a village of Charente: about 10 km).
     * Empty when the commune has no centre in La Poste's file (New Caledonia, French Polynesia, Wallis-et-Futuna).
     */
    public OptionalDouble plausibleKm(String code) {
        Double km = plausible.get(code);
        return km == null ? OptionalDouble.empty() : OptionalDouble.of(km);
    }

    /** The distance (km) between a point and the centre of a current commune, empty when it has no centre. */
    public OptionalDouble distanceKm(String code, double latitude, double longitude) {
        return territories
                .commune(code)
                .filter(c -> c.latitude() != null)
                .map(c -> OptionalDouble.of(km(latitude, longitude, c.latitude(), c.longitude())))
                .orElse(OptionalDouble.empty());
    }

    /** True if the point is within the plausible distance of the commune's centre; empty when unknown. */
    public Optional<Boolean> plausiblyIn(String code, double latitude, double longitude) {
        OptionalDouble d = distanceKm(code, latitude, longitude);
        OptionalDouble max = plausibleKm(code);
        return d.isPresent() && max.isPresent() ? Optional.of(d.getAsDouble() <= max.getAsDouble()) : Optional.empty();
    }

    /** Great-circle distance in km (haversine). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 6371.0088 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
