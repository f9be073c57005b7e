/**
 * Conversion of a source file into places of digital inclusion (« lieux de médiation numérique ») as RDF: read →
 * map → clean → RDF, every record ending converted or quarantined with its reasons.
 *
 * <pre>
 * List&lt;Source&gt; sources = SourcesFile.read(Path.of("sources.json"));
 * Summary s = Conversion.of(sources.get(0)).baseUri("https://example.org").mode(Mode.PUBLICATION)
 *         .run(streamRdf, outcome -&gt; report.add(outcome));
 * </pre>
 *
 * The public API is this package: {@link org.mednumlod.converters.Conversion} (the facade),
 * {@link org.mednumlod.converters.Source} (a configured source, built with named fields),
 * {@link org.mednumlod.converters.SourcesFile} (the sources-file reader), {@link org.mednumlod.converters.Mode},
 * {@link org.mednumlod.converters.Outcome}, {@link org.mednumlod.converters.Finding},
 * {@link org.mednumlod.converters.Summary}, {@link org.mednumlod.converters.Fidelity} and
 * {@link org.mednumlod.converters.SchemaCsvWriter} (places back to national-schema CSV). Everything else here is
 * package-private ({@code ConvertedRecords}, {@code Tally}, {@code SchemaCsvExport}).
 *
 * <p>The steps live in subpackages that are not API: {@code read} (source files to raw records), {@code map} (raw
 * records to records in the schema's terms), {@code clean} (records to cleaned, typed places), {@code rdf} (places to
 * quads, record keys); {@code internal} holds the data types they pass to one another. Their public types are
 * public only because Java needs it across these packages.
 */
package org.mednumlod.converters;
