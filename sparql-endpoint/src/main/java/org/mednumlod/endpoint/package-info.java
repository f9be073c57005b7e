/**
 * The platform's releases and its SPARQL endpoint: a release is built from the reference data and the converted
 * sources ({@code release}), its records deduplicated into places ({@code dedup}), its URIs kept stable or
 * tombstoned across releases ({@code identity}), its downloadable files, catalogue and statistics written
 * ({@code publication}), and it is served at {@code /sparql} ({@code endpoint}).
 *
 * <p>Data flow of a publish: {@code release.Releases.publish} → {@code release.Publication} (reference data → sources
 * → {@code dedup.Deduplication} → {@code identity.Tombstones} → {@code publication.Statistics}, {@code Dumps},
 * {@code Catalogue} → upload → pointer switch → {@code identity.UriRegistry}). Serving:
 * {@code endpoint.ServedRelease} watches the pointer, {@code endpoint.SparqlEndpoint} answers the SPARQL Protocol.
 *
 * <p>This package holds {@link org.mednumlod.endpoint.SparqlFiles}, the one loader of the project's {@code .rq}
 * files (public, used by the site too).
 */
package org.mednumlod.endpoint;
