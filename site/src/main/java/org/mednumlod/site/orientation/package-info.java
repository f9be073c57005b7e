/**
 * The orientation search (issue 7): places filtered by the national map's criteria from an in-memory index built
 * once per release, its page ({@code /orientation}), its JSON API ({@code /api/…}) and the equivalent SPARQL query.
 *
 * <p>Public types: the facade {@link org.mednumlod.site.orientation.Orientation} (criteria, matches and counts by
 * territory) and what it takes and returns: {@link org.mednumlod.site.orientation.Criteria},
 * {@link org.mednumlod.site.orientation.Facet}, {@link org.mednumlod.site.orientation.Catalogue},
 * {@link org.mednumlod.site.orientation.Concept}, {@link org.mednumlod.site.orientation.Territory},
 * {@link org.mednumlod.site.orientation.IndexedPlace}, {@link org.mednumlod.site.orientation.InvalidCriterion};
 * {@link org.mednumlod.site.orientation.GreatCircle} (distances) and
 * {@link org.mednumlod.site.orientation.HoursFunctions} (the {@code mnlfn:} SPARQL functions, moving to
 * {@code sparql-endpoint}).
 */
package org.mednumlod.site.orientation;
