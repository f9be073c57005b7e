/**
 * Internal to the converters module, not API: reading a source file as a stream of
 * {@link org.mednumlod.converters.internal.RawRecord raw records}, CSV (delimiter, quoting, BOM and encoding detected)
 * or JSON (array, wrapped array, GeoJSON). Public, for the facade: {@link org.mednumlod.converters.read.RecordReader};
 * package-private: {@code CsvRecords}, {@code JsonRecords}.
 */
package org.mednumlod.converters.read;
