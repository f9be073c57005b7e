package org.mednumlod.converters;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Rows of a national-schema 1.0.1 CSV, one per place (header first, columns in schema order, RFC 4180, UTF-8,
 * lists joined with "|"); see docs/place-model.md, "Back to the schema".
 *
 * <pre>
 * try (SchemaCsvWriter csv = SchemaCsvWriter.open(Files.newBufferedWriter(file, UTF_8))) {
 *     for (Node place : places) {
 *         csv.write(graph, place);
 *     }
 * }
 * </pre>
 */
public interface SchemaCsvWriter extends Closeable {

    /** A writer on {@code out} (give a UTF-8 writer); closing the result flushes and closes {@code out}. */
    static SchemaCsvWriter open(Writer out) throws IOException {
        return new SchemaCsvExport(out);
    }

    /**
     * Writes one row for the place {@code place} described in {@code graph} (e.g. a TDB2 union graph or an
     * in-memory graph; a TDB2 graph is read inside the caller's transaction). A field without value gives an
     * empty cell.
     */
    void write(Graph graph, Node place) throws IOException;

    /** Rows written so far (the header excluded). */
    long rows();
}
