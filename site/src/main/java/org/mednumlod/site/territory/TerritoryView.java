package org.mednumlod.site.territory;

import java.util.List;

/** What a territory page shows; every string is escaped by the template. */
record TerritoryView(String uri, String path, String kindLabel, String label, String code, Long population,
                     Long populationTotale, String nature, String zone, List<String> postcodes,
                     Double latitude, Double longitude, List<Link> parents, List<Link> children,
                     long childCount, int page, int pageCount, Long places, List<Download> downloads) {

    /** A file of the served release for this territory (région, département). */
    record Download(String name, long size, String sha256) {
    }

    /** A link to another territory. */
    record Link(String role, String label, String code, String href, Long population) {
    }
}
