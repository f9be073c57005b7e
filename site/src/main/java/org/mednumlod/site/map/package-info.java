/**
 * The national map ({@code /carte}), the embeddable map of a territory ({@code /widget}) and the page that builds
 * the snippet to embed it ({@code /integrer}): lists of territories and places rendered on the server, so that the
 * pages work without JavaScript, with the counts computed at publish or, when filters are set, by the orientation
 * search.
 *
 * <p>No public types: nothing outside this package uses it. It reads the served release ({@code store}), the
 * orientation search ({@link org.mednumlod.site.orientation.Orientation}) and territories
 * ({@link org.mednumlod.site.territory.TerritoryRef}).
 */
package org.mednumlod.site.map;
