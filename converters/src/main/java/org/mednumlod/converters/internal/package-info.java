/**
 * Internal to the converters module, not API: the data types that the steps ({@code read}, {@code map},
 * {@code clean}, {@code rdf}) and the facade pass to one another, public only because Java needs it across those
 * packages. {@link org.mednumlod.converters.internal.RawRecord} (a record as read),
 * {@link org.mednumlod.converters.internal.SchemaRecord} (in the schema's terms, not yet cleaned),
 * {@link org.mednumlod.converters.internal.Place} (cleaned and typed, ready for RDF),
 * {@link org.mednumlod.converters.internal.SchemaVersion}, {@link org.mednumlod.converters.internal.Fields} (the
 * schema's fields as the vocabulary declares them; resource {@code field-aliases.properties}: column names seen in
 * the wild) and {@link org.mednumlod.converters.internal.CodeListIndex} (the code lists' values).
 */
package org.mednumlod.converters.internal;
