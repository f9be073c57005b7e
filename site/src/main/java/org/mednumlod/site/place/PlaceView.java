package org.mednumlod.site.place;

import java.util.List;

/**
 * What the place page shows, built from the place's RDF ({@link PlaceViews}); every string is text from the data,
 * escaped by the template. Links ({@code href}) are only ever site paths, {@code http(s)}, {@code tel:} or
 * {@code mailto:} URLs.
 */
record PlaceView(
        String uri,
        String path,
        String name,
        List<String> kinds,
        String resume,
        String detail,
        Address address,
        Double latitude,
        Double longitude,
        List<Link> phones,
        List<Link> emails,
        List<Link> websites,
        Link accessibility,
        Link appointment,
        HoursView hours,
        List<Field> fields,
        List<Source> sources,
        String updated,
        boolean stale,
        List<Finding> findings,
        List<Correction> corrections,
        SeeAlso seeAlso,
        String schemaOrg,
        List<Disagreement> disagreements) {

    /**
     * The same view with its opening hours evaluated at the clock's instant: the rest of a place's view only
     * changes with the release and may be kept, its "open now" and this week's table may not.
     */
    PlaceView at(java.time.Clock clock) {
        HoursView now = hours == null ? null : HoursView.of(hours.raw(), clock).orElse(null);
        return new PlaceView(
                uri,
                path,
                name,
                kinds,
                resume,
                detail,
                address,
                latitude,
                longitude,
                phones,
                emails,
                websites,
                accessibility,
                appointment,
                now,
                fields,
                sources,
                updated,
                stale,
                findings,
                corrections,
                seeAlso,
                schemaOrg,
                disagreements);
    }

    /** Number of distinct sources among the records this place merges. */
    public long sourceCount() {
        return sources.stream().map(Source::title).distinct().count();
    }

    /** A text and, when it is one, where it leads. */
    record Link(String text, String href) {}

    record Address(List<String> lines, String postalCode, String commune, Link communePage) {}

    /** One schema field (column {@code champ}) with its French label and its values (code-list labels for codes). */
    record Field(String label, String champ, List<Link> values) {}

    /**
     * A source record the place merges: its source's title, publisher and licence, its file and row, its own id there,
     * its declared update date, and the page anchor that names it ({@code fiche-{record key}}).
     */
    record Source(
            String title,
            String publisher,
            String licence,
            String file,
            String row,
            String localId,
            String updated,
            String anchor) {}

    /** A field on which the records disagree: each record's values ({@code source — values}). */
    record Disagreement(String label, String champ, List<SourceValue> values) {}

    /** What one source record says of a field (its values joined with « | »). */
    record SourceValue(String source, String values) {}

    /** A quality finding: « Avertissement », « Information » or « Erreur », and the French message. */
    record Finding(String severity, String message) {}

    /** A value fixed at conversion: the field, the original value and what was done (French). */
    record Correction(String field, String original, String message) {}

    /** Other places in the same commune (one page of them) and places sharing the SIRET/pivot. */
    record SeeAlso(List<Link> sameCommune, long sameCommuneCount, int page, int pageCount, List<Link> samePivot) {}
}
