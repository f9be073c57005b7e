/**
 * Internal to the converters module, not API: a source's places as quads in its named graph
 * ({@link org.mednumlod.converters.rdf.PlaceRdf}, docs/place-model.md) and the key of each record
 * ({@link org.mednumlod.converters.rdf.RecordKeys}: its id, its identity columns, or its content). Both are public for
 * the facade; {@code RecordContentKeys} is package-private.
 */
package org.mednumlod.converters.rdf;
