package org.mednumlod.converters.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.Fields.Field;

/**
 * A converted record, ready to be written as RDF; {@code contentKey} is its key when its source has no ids
 * ({@link org.mednumlod.ontology.Identifiers#contentKey}), else null.
 */
public record Place(
        String localId,
        long row,
        Map<Field, List<Node>> values,
        BigDecimal latitude,
        BigDecimal longitude,
        String commune,
        List<Finding> findings,
        String contentKey) {
    public boolean quarantined() {
        return findings.stream().anyMatch(f -> f.kind() == Finding.Kind.QUARANTINE);
    }
}
