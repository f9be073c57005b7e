package org.mednumlod.site.map;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mednumlod.site.territory.TerritoryRef;
import org.mednumlod.site.web.BadRequestException;

/**
 * The settings of an embedded map, as the snippet's URL carries them: the territory it is restricted to, the
 * primary colour ({@code #rrggbb}), what it shows ({@code carte}, {@code recherche} or {@code les-deux}) and an
 * optional start view (latitude, longitude, zoom; without it, the territory's extent).
 */
record Widget(TerritoryRef territory, String colour, String mode, Double latitude, Double longitude, Integer zoom) {
    static final String DEFAULT_COLOUR = "#000091";
    static final java.util.List<String> MODES = java.util.List.of("les-deux", "carte", "recherche");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /**
     * Validates the settings.
     *
     * @throws BadRequestException in French for a colour, a mode or a view that is not valid
     */
    static Widget of(
            TerritoryRef territory, String colour, String mode, String latitude, String longitude, String zoom) {
        String c = colour == null || colour.isBlank() ? DEFAULT_COLOUR : colour.strip();
        if (!COLOUR.matcher(c).matches()) {
            throw new BadRequestException(
                    "couleur « " + c + " » invalide : attendue au format #rrggbb (par exemple #000091)");
        }
        String m = mode == null || mode.isBlank() ? "les-deux" : mode.strip();
        if (!MODES.contains(m)) {
            throw new BadRequestException("mode « " + m + " » invalide : valeurs possibles carte, recherche, les-deux");
        }
        Double lat = number(latitude, "latitude", -90, 90);
        Double lon = number(longitude, "longitude", -180, 180);
        Double z = number(zoom, "zoom", 0, 19);
        if ((lat == null) != (lon == null) || (z != null && lat == null)) {
            throw new BadRequestException(
                    "vue de départ incomplète : donner latitude, longitude et zoom ensemble, ou aucun");
        }
        return new Widget(
                territory,
                c.toLowerCase(Locale.ROOT),
                m,
                lat,
                lon,
                lat == null ? null : z == null ? 12 : (int) Math.round(z));
    }

    public boolean showsMap() {
        return !mode.equals("recherche");
    }

    public boolean showsFilters() {
        return !mode.equals("carte");
    }

    /** Black or white, whichever reads better on the primary colour (WCAG relative luminance). */
    public String textColour() {
        double l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
        return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
    }

    private double channel(int at) {
        double v = Integer.parseInt(colour.substring(at, at + 2), 16) / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static Double number(String value, String name, double min, double max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException(
                name + " « " + value + " » invalide : nombre attendu entre " + (long) min + " et " + (long) max);
    }
}
