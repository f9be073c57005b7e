package org.mednumlod.site.orientation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mednumlod.site.territory.TerritoryKind;
import org.mednumlod.site.territory.TerritoryRef;

/**
 * Reads the filter parameters of the issue 7 contract into {@link Criteria}, refusing any value that is not allowed
 * (an unknown code, a malformed number, hours without a day…) with an {@link InvalidCriterion} in French that lists
 * the allowed values. Unknown parameter names and empty values are ignored.
 */
final class CriteriaParser {
    static final List<String> DAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
    private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";
    private static final String NUMBER = "-?[0-9]{1,3}(\\.[0-9]{1,12})?";

    private final Catalogue catalogue;
    private final Map<String, List<String>> params;

    private CriteriaParser(Catalogue catalogue, Map<String, List<String>> params) {
        this.catalogue = catalogue;
        this.params = params;
    }

    static Criteria parse(Catalogue catalogue, Map<String, List<String>> params, LocalDateTime now) {
        return new CriteriaParser(catalogue, params).parse(now);
    }

    private Criteria parse(LocalDateTime now) {
        Map<Facet, List<Concept>> values = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            Map<String, Concept> chosen = new LinkedHashMap<>();
            for (String v : all(f.parameter())) {
                Concept c = catalogue.concepts(f).stream()
                        .filter(x -> x.slug().equals(v))
                        .findFirst()
                        .orElseThrow(() -> closed(
                                f.parameter(),
                                v,
                                catalogue.concepts(f).stream()
                                        .map(Concept::slug)
                                        .toList()));
                chosen.putIfAbsent(c.slug(), c);
            }
            if (!chosen.isEmpty()) {
                values.put(f, List.copyOf(chosen.values()));
            }
        }
        boolean accesLibre = flag("accessibilite", "oui");
        boolean rdv = flag("rdv", "oui");
        LocalDateTime minute = now.withSecond(0).withNano(0);
        Criteria.Opening opening = opening(minute);
        Criteria.Centre centre = centre();
        double radius = radius(centre != null);
        Territory territory = one("territoire").map(this::territory).orElse(null);
        return new Criteria(values, accesLibre, rdv, opening, centre, radius, territory, minute);
    }

    private Criteria.Opening opening(LocalDateTime now) {
        boolean openNow = flag("ouvert", "maintenant");
        Optional<String> day = one("jour");
        Optional<String> from = one("de");
        Optional<String> to = one("a");
        if (day.isEmpty() && (from.isPresent() || to.isPresent())) {
            throw new InvalidCriterion(
                    "jour",
                    "les heures « de » et « a » demandent un jour (paramètre jour : " + String.join(", ", DAYS) + ")",
                    DAYS);
        }
        if (day.isEmpty()) {
            return openNow ? new Criteria.Opening(now, null, 0, 0) : null;
        }
        int index = DAYS.indexOf(day.get());
        if (index < 0) {
            throw closed("jour", day.get(), DAYS);
        }
        int start = from.map(v -> minutes("de", v)).orElse(0);
        int end = to.map(v -> minutes("a", v)).orElse(1440);
        if (start >= end) {
            throw new InvalidCriterion(
                    "a",
                    "l'heure de fin (a=" + to.orElse("24:00") + ") doit suivre l'heure de début (de="
                            + from.orElse("00:00") + ")",
                    List.of());
        }
        LocalDate date = now.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.of(index + 1)));
        return new Criteria.Opening(openNow ? now : null, date, start, end);
    }

    private static int minutes(String name, String v) {
        if (!v.matches(TIME)) {
            throw new InvalidCriterion(
                    name,
                    "heure invalide pour « " + name + " » : « " + v + " » (format HH:MM, de 00:00 à 24:00)",
                    List.of());
        }
        return Integer.parseInt(v.substring(0, 2)) * 60 + Integer.parseInt(v.substring(3));
    }

    private Criteria.Centre centre() {
        Optional<String> lat = one("lat");
        Optional<String> lon = one("lon");
        if (lat.isPresent() || lon.isPresent()) {
            if (lat.isEmpty() || lon.isEmpty()) {
                throw new InvalidCriterion(
                        lat.isEmpty() ? "lat" : "lon",
                        "un centre donné par ses coordonnées demande lat et lon",
                        List.of());
            }
            return new Criteria.Centre(coordinate("lat", lat.get(), 90), coordinate("lon", lon.get(), 180), null);
        }
        return one("commune")
                .map(code -> {
                    Territory c = catalogue
                            .territory(TerritoryKind.COMMUNE, code)
                            .orElseThrow(() -> new InvalidCriterion(
                                    "commune",
                                    "« " + code + " » n'est pas le code INSEE d'une commune actuelle (COG 2026), "
                                            + "par exemple 49007 pour Angers",
                                    List.of()));
                    if (!c.hasCentroid()) {
                        throw new InvalidCriterion(
                                "commune",
                                "la commune " + c.name() + " (" + code
                                        + ") n'a pas de coordonnées connues : indiquez lat et lon",
                                List.of());
                    }
                    return new Criteria.Centre(c.latitude(), c.longitude(), c);
                })
                .orElse(null);
    }

    private static double coordinate(String name, String v, double max) {
        if (!v.matches(NUMBER) || Math.abs(Double.parseDouble(v)) > max) {
            throw new InvalidCriterion(
                    name,
                    "coordonnée invalide pour « " + name + " » : « " + v
                            + " » (degrés décimaux WGS84, point comme séparateur, entre -" + (int) max + " et "
                            + (int) max + ")",
                    List.of());
        }
        return Double.parseDouble(v);
    }

    private double radius(boolean hasCentre) {
        Optional<String> r = one("rayon");
        if (r.isEmpty()) {
            return Criteria.DEFAULT_RADIUS_KM;
        }
        if (!r.get().matches("[0-9]{1,3}(\\.[0-9]{1,3})?")
                || Double.parseDouble(r.get()) < 1
                || Double.parseDouble(r.get()) > 200) {
            throw new InvalidCriterion(
                    "rayon", "rayon invalide : « " + r.get() + " » (kilomètres, de 1 à 200)", List.of());
        }
        return Double.parseDouble(r.get());
    }

    private Territory territory(String value) {
        TerritoryRef ref;
        try {
            ref = TerritoryRef.parse(value).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw new InvalidCriterion("territoire", e.getMessage(), TerritoryRef.FORMS);
        }
        return catalogue
                .territory(ref)
                .orElseThrow(() -> new InvalidCriterion(
                        "territoire",
                        "territoire inconnu : « " + value + " » (territoires du COG 2026 : "
                                + String.join(", ", TerritoryRef.FORMS) + ")",
                        TerritoryRef.FORMS));
    }

    private boolean flag(String name, String value) {
        Optional<String> v = one(name);
        if (v.isPresent() && !v.get().equals(value)) {
            throw closed(name, v.get(), List.of(value));
        }
        return v.isPresent();
    }

    private static InvalidCriterion closed(String name, String value, List<String> allowed) {
        return new InvalidCriterion(
                name,
                "valeur inconnue pour « " + name + " » : « " + value + " ». Valeurs admises : "
                        + String.join(", ", allowed),
                allowed);
    }

    /** The non-empty values of a parameter, trimmed. */
    private List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (String v : params.getOrDefault(name, List.of())) {
            if (v != null && !v.isBlank()) {
                out.add(v.trim());
            }
        }
        return out;
    }

    /** The value of a single-valued parameter (the first non-empty one). */
    private Optional<String> one(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
