package org.mednumlod.shapes;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * The outcome of validating one place: both gates and every finding.
 *
 * <pre>
 * PlaceReport report = validation.validate(graph, place);
 * if (!report.publishable()) {
 *     quarantine(report.blockingResults());
 * } else {
 *     write(graph);
 *     validation.writeQualityAnnotations(report, out);
 * }
 * </pre>
 *
 * @param record       the record the place comes from
 * @param place        the place node
 * @param conforms     true if no rule of schema 1.0.1 (or personal-data rule) reports a violation; warnings and
 *                     information do not count, nor does the publication gate
 * @param publishable  true if the place passes the publication gate (id, name, current commune), carries no
 *                     personal data and, in a stream, does not repeat an id of its source
 * @param results      all findings, sorted by severity, field (schema order), rule and value
 */
public record PlaceReport(
        RecordRef record, Node place, boolean conforms, boolean publishable, List<ValidationResult> results) {

    public PlaceReport {
        results = List.copyOf(results);
    }

    /** The number of findings of a severity. */
    public long count(Severity severity) {
        return results.stream().filter(r -> r.severity() == severity).count();
    }

    /** The findings that keep the place from being published (empty when it is publishable). */
    public List<ValidationResult> blockingResults() {
        return results.stream().filter(ValidationResult::blocksPublication).toList();
    }
}
