/**
 * « Signaler une erreur »: error reports on places ({@code POST /signalements}, the form, the confirmation), kept in
 * their own TDB2 dataset beside the releases, never published; their admin ({@code /admin/signalements}, behind
 * HTTP Basic) with the CSV export; the retention of handled reports and the rate limit per client. See
 * {@code docs/signalements.md}.
 *
 * <p>Public types: {@link org.mednumlod.site.report.Submission}, the form's model, which the place page renders
 * through {@link org.mednumlod.site.place.PlacePageSection} (implemented here), and the fields it offers,
 * {@link org.mednumlod.site.report.ReportField}. Everything else is package-private;
 * this package uses places only through {@link org.mednumlod.site.place.Places}.
 */
package org.mednumlod.site.report;
