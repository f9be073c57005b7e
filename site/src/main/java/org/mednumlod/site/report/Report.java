package org.mednumlod.site.report;

import java.time.Instant;
import java.util.List;

/**
 * A stored error report, as the admin sees it.
 *
 * @param id        its UUID (the last segment of {@code iri})
 * @param iri       {@code {base}/id/signalement/{uuid}}
 * @param created   when it was received
 * @param place     the place's URI
 * @param version   the id of the release served when it was made
 * @param fields    what it is about (may be empty)
 * @param text      what is wrong, as typed
 * @param email     the reporter's e-mail, or null
 * @param handled   whether it was marked handled
 * @param handledBy who marked it handled (admin user name), or null
 * @param handledAt when, or null
 * @param client    keyed hash of the client's address (never the address itself)
 */
record Report(
        String id,
        String iri,
        Instant created,
        String place,
        String version,
        List<ReportField> fields,
        String text,
        String email,
        boolean handled,
        String handledBy,
        Instant handledAt,
        String client) {
    /** ISO 8601 in UTC with always three fractional digits, so that the text sorts as the time does. */
    private static final java.time.format.DateTimeFormatter FIXED =
            new java.time.format.DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    /**
     * An instant as the CSV export and the API write it: {@code 2026-11-29T10:00:01.000Z}, never
     * {@code …:01Z} ({@link Instant#toString()} drops a zero fraction, and {@code "…:01Z"} sorts after
     * {@code "…:01.005Z"} in a spreadsheet).
     */
    static String timestamp(Instant t) {
        return FIXED.format(t);
    }
}
