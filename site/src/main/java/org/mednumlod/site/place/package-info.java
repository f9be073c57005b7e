/**
 * Places: their URIs ({@code /id/lieu/…}), pages and data documents, merged and withdrawn places included.
 *
 * <p>Public types, the package's facade: {@link org.mednumlod.site.place.Places} (what other features may ask
 * about a place by its key) and {@link org.mednumlod.site.place.PlacePageSection} (what another feature adds to a
 * place's page, without this package knowing it: the report form). Everything else is package-private.
 */
package org.mednumlod.site.place;
