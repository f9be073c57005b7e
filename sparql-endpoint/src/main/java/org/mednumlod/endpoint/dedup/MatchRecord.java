package org.mednumlod.endpoint.dedup;

import java.util.Set;

/**
 * What the matcher compares of one source record (one place of one source graph): its key (the place key,
 * {@code {source}.{id}}), its source, the raw name and street line, postcode, INSEE commune code, coordinates
 * ({@code null} when the source gave none: unknown, never "here"), SIRET ({@code pivot}), contact points, date of
 * update, typology codes and national programme codes. Raw values are kept: normalising is the scorer's business.
 */
record MatchRecord(
        String key,
        String source,
        String name,
        String street,
        String postcode,
        String commune,
        Double latitude,
        Double longitude,
        String siret,
        Set<String> phones,
        Set<String> emails,
        Set<String> websites,
        String dateMaj,
        Set<String> typologies,
        Set<String> programmes) {

    MatchRecord {
        name = name == null ? "" : name;
        street = street == null ? "" : street;
        postcode = postcode == null ? "" : postcode;
        commune = commune == null ? "" : commune;
        siret = siret == null ? "" : siret;
        dateMaj = dateMaj == null ? "" : dateMaj;
        phones = Set.copyOf(phones);
        emails = Set.copyOf(emails);
        websites = Set.copyOf(websites);
        typologies = Set.copyOf(typologies);
        programmes = Set.copyOf(programmes);
        if ((latitude == null) != (longitude == null)) {
            latitude = null;
            longitude = null;
        }
    }

    /** Both coordinates are known. */
    boolean located() {
        return latitude != null;
    }
}
