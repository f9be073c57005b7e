/**
 * Territories (régions, départements, EPCI, communes of the COG): their pages ({@code /page/territoire/…}) and
 * figures, and how a territory is named across the site ({@code departement:16}).
 *
 * <p>Public types, the package's facade: {@link org.mednumlod.site.territory.TerritoryRef} (a territory by kind and
 * code, parsed from and written as {@code kind:code}) and {@link org.mednumlod.site.territory.TerritoryKind}; the
 * map and the orientation search use only these. Everything else is package-private.
 */
package org.mednumlod.site.territory;
