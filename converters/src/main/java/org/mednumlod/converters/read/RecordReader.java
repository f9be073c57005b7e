package org.mednumlod.converters.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import org.mednumlod.converters.internal.RawRecord;

/**
 * Streams the records of a source file: CSV (delimiter, quoting, BOM and encoding detected) or JSON (an
 * array, an object wrapping an array, a GeoJSON FeatureCollection or an array of features). Memory stays
 * bounded whatever the file size: one record at a time.
 *
 * <pre>
 * try (RecordReader in = RecordReader.open(path, null)) {
 *     while (in.hasNext()) { RawRecord r = in.next(); … }
 * }
 * </pre>
 * A record that cannot be read is returned as an {@link Unreadable} carrying its position and reason, so that
 * the caller can quarantine it; reading goes on when the format allows it.
 */
public abstract class RecordReader implements Iterator<RawRecord>, Closeable {

    /** A record that could not be read: its position and why, in French. */
    public static final class Unreadable extends RuntimeException {
        private final long row;

        Unreadable(long row, String message) {
            super(message);
            this.row = row;
        }

        public long row() {
            return row;
        }
    }

    /** Whether a file reads as UTF-8 (else it is read as Windows-1252, as a CSV file is). */
    public static boolean readsAsUtf8(Path file) throws IOException {
        return CsvRecords.isUtf8(file);
    }

    /** The format actually read, for reports: e.g. {@code CSV (;, UTF-8)} or {@code JSON (tableau)}. */
    public abstract String describe();

    /**
     * @param file the source file
     * @param arrayKey for JSON objects wrapping several arrays, the key of the array to read (null: detect)
     */
    public static RecordReader open(Path file, String arrayKey) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".geojson")) {
            return new JsonRecords(file, arrayKey);
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return new CsvRecords(file);
        }
        // No telling extension: sniff the first non-blank byte.
        try (var in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b == '[' || b == '{' ? new JsonRecords(file, arrayKey) : new CsvRecords(file);
        }
    }
}
