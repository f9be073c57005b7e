package org.mednumlod.shapes;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One place to validate: its triples, the place node, and the record it comes from.
 *
 * <pre>
 * validation.validateAll(rows.map(row -&gt; new PlaceInput(ref(row), graphOf(row), placeOf(row))), sink);
 * PlaceInput in = PlaceInput.of(graph, place);   // record read from the place's provenance triples
 * </pre>
 *
 * @param record where the place comes from (source, id, row)
 * @param graph  a graph holding at least the place's triples (read only, never modified)
 * @param place  the place node ({@code {base}/id/lieu/{key}})
 */
public record PlaceInput(RecordRef record, Graph graph, Node place) {

    /**
     * A place whose record is read from its own triples (docs/place-model.md): the source from
     * {@code prov:wasDerivedFrom <…/id/source/{source}>}, the id from {@code mnl:identifiantSource} (else
     * {@code mnl:id}), the row from {@code mnl:ligneSource}.
     */
    public static PlaceInput of(Graph graph, Node place) {
        return new PlaceInput(Provenance.recordOf(graph, place), graph, place);
    }
}
