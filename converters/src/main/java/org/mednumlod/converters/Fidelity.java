package org.mednumlod.converters;

/**
 * Fidelity of the converted places to what the national output writes: how many have a {@code source}, and
 * how many linked to a COG commune have its official name as {@code commune} (goals: all of them).
 *
 * @param places        converted places
 * @param sourceFilled  places with a {@code source} value
 * @param linked        places linked to a current COG commune
 * @param communeOfficial linked places whose {@code commune} is the COG name of the linked commune
 */
public record Fidelity(long places, long sourceFilled, long linked, long communeOfficial) {
    /** A share in percent (100 for an empty whole). */
    public static double percent(long part, long whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
