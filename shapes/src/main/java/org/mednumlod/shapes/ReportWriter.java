package org.mednumlod.shapes;

/**
 * A producer report being written, one place at a time; obtained from {@link Validation#csvReport},
 * {@link Validation#htmlReport} or {@link Validation#rdfReport}.
 *
 * <pre>
 * try (ReportWriter csv = Validation.csvReport(out)) {
 *     validation.validateAll(places, (in, report) -&gt; csv.write(report));
 * }
 * </pre>
 *
 * Not thread-safe: call {@link #write} from one thread (the sink of {@link Validation#validateAll} is called
 * in order from one thread at a time). {@link #close()} completes the document and flushes it; it does not close
 * the underlying stream.
 */
public interface ReportWriter extends AutoCloseable {

    /** Adds the findings of one place (a place without findings still counts in the summaries). */
    void write(PlaceReport report);

    /** Completes the document and flushes the stream, without closing it. */
    @Override
    void close();
}
