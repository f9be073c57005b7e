package org.mednumlod.endpoint.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The matcher's thresholds and weights, read at run time from {@code deduplication.properties} beside this class
 * (documented in {@code docs/deduplication.md}); {@link #with} gives a copy with some values replaced (the
 * evaluation moves one threshold at a time).
 */
record MatchSettings(
        double nameWeight,
        double addressWeight,
        double distanceWeight,
        double fullDistance,
        double zeroDistance,
        double vetoDistance,
        double addressAgreement,
        double contactBonus,
        double siretBonus,
        double websiteBonus,
        double domainBonus,
        double numberPenalty,
        double streetPenalty,
        double contactsPenalty,
        double threshold,
        double internalThreshold,
        double chainDiameter,
        double cell) {

    static final String RESOURCE = "deduplication.properties";

    /** The settings of {@code deduplication.properties}. */
    static MatchSettings load() {
        return of(defaults());
    }

    /** The settings of {@code deduplication.properties} with {@code overrides} (same keys) applied. */
    static MatchSettings with(Map<String, String> overrides) {
        Properties p = defaults();
        overrides.forEach(p::setProperty);
        return of(p);
    }

    private static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = MatchSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("réglages absents : " + RESOURCE);
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static MatchSettings of(Properties p) {
        return new MatchSettings(
                d(p, "poids.nom"),
                d(p, "poids.adresse"),
                d(p, "poids.distance"),
                d(p, "distance.pleine"),
                d(p, "distance.zero"),
                d(p, "distance.veto"),
                d(p, "adresse.accord"),
                d(p, "bonus.contact"),
                d(p, "bonus.siret"),
                d(p, "bonus.site"),
                d(p, "bonus.domaine"),
                d(p, "malus.numero"),
                d(p, "malus.rue"),
                d(p, "malus.contacts-differents"),
                d(p, "seuil"),
                d(p, "seuil.interne"),
                d(p, "chainage.diametre"),
                d(p, "blocage.cellule"));
    }

    private static double d(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("réglage absent de " + RESOURCE + " : " + key);
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("réglage non numérique dans " + RESOURCE + " : " + key + " = " + v, e);
        }
    }
}
