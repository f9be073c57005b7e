package org.mednumlod.site.territory;

import java.util.List;

/** What a territory page shows; every string is escaped by the template. */
record TerritoryView(
        String uri,
        String path,
        String kindLabel,
        String label,
        String code,
        Long population,
        Long populationTotale,
        String nature,
        String zone,
        List<String> postcodes,
        Double latitude,
        Double longitude,
        List<Link> parents,
        List<Link> children,
        long childCount,
        int page,
        int pageCount,
        List<Download> downloads,
        Figures figures,
        Paged<Place> places,
        Paged<Link> withoutPlace,
        String extent,
        String placesJson) {

    /** A file of the served release for this territory (région, département). */
    record Download(String name, long size, String sha256) {}

    /** A link to another territory. */
    record Link(String role, String label, String code, String href, Long population) {}

    /**
     * The figures computed at publish: places, per 10,000 inhabitants (French format; null without population), communes without place (EPCI and above), the breakdown tables, and the
     * query that reads them.
     */
    record Figures(long places, String per10k, Long communesWithoutPlace, List<Table> tables, String sparql) {}

    /** A breakdown of the places by the values of a code list (services, national programmes, fees). */
    record Table(String title, List<Row> rows) {}

    /** A code-list value (French label, concept IRI) and the number of places that have it. */
    record Row(String label, String concept, long places) {}

    /** A place of the territory: its name, its page, its commune, its coordinates. */
    record Place(String name, String href, String commune, Double latitude, Double longitude) {}

    /** One page of a list whose total is known: the items, the total, this page, the pages, the page's query. */
    record Paged<T>(List<T> items, long total, int page, int pageCount, String sparql) {}
}
