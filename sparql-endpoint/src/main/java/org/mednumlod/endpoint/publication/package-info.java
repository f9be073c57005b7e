/**
 * What a release publishes besides its graphs, written once it is loaded: the statistics of every territory (RDF
 * Data Cube, {@code docs/statistics.md}), the downloadable files (N-Quads and national-schema CSV, whole and per
 * territory, with their checksums), the facts of each source, and the catalogue (DCAT-AP, VoID) that describes them.
 *
 * <p>Public (steps of the publish): {@link org.mednumlod.endpoint.publication.Statistics},
 * {@link org.mednumlod.endpoint.publication.Dumps}, {@link org.mednumlod.endpoint.publication.SourceFacts},
 * {@link org.mednumlod.endpoint.publication.Catalogue}. Package-private: {@code DumpFile}, {@code PlaceDumps},
 * {@code Downloads}, {@code TerritoryFrame}.
 */
package org.mednumlod.endpoint.publication;
