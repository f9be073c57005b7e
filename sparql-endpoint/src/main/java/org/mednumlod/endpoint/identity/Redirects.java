package org.mednumlod.endpoint.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.mednumlod.ontology.Identifiers;

/** The redirects (301, {@code dcterms:isReplacedBy}) a publish adds to its tombstone graph. */
final class Redirects {
    private Redirects() {}

    /**
     * The redirects (301) of this release: places merged into another (their URIs count as present) and renamed
     * records.
     */
    static void ofRelease(
            Graph tombstones,
            Identifiers ids,
            Set<String> present,
            Map<String, String> redirects,
            Map<String, String> renamedRecords) {
        for (Map.Entry<String, String> r : redirects.entrySet()) { // merged into another place: 301, not 410
            Node s = ids.place(r.getKey());
            present.add(s.getURI());
            tombstones.add(Triple.create(s, Tombstones.REPLACED_BY, ids.place(r.getValue())));
        }
        for (Map.Entry<String, String> r : renamedRecords.entrySet()) {
            if (Identifiers.isKey(r.getKey()) && Identifiers.isKey(r.getValue())) {
                tombstones.add(Triple.create(ids.record(r.getKey()), Tombstones.REPLACED_BY, ids.record(r.getValue())));
            }
        }
    }

    /**
     * The redirects of the earlier place URIs this release does not publish whose founding record (the record of
     * the same key) is in another place now (the record came back, merged): 301 to that place, not 410.
     */
    static void ofMergedRecords(
            Graph tombstones,
            Identifiers ids,
            Set<String> present,
            List<Tombstones.Published> published,
            UriRegistry.State earlier) {
        Map<String, String> placeOfRecord = new HashMap<>();
        published.forEach(p -> {
            if (!p.place().isEmpty()) {
                placeOfRecord.put(p.uri(), p.place());
            }
        });
        Set<String> placeUris = new HashSet<>(earlier.published().keySet());
        earlier.tombstones()
                .find()
                .forEachRemaining(t -> placeUris.add(t.getSubject().getURI()));
        for (String uri : placeUris) {
            String key = ids.placeKey(uri).orElse(null);
            String merged = key == null || present.contains(uri) ? null : placeOfRecord.get(ids.recordIri(key));
            if (merged != null && present.contains(merged)) {
                tombstones.add(Triple.create(
                        NodeFactory.createURI(uri), Tombstones.REPLACED_BY, NodeFactory.createURI(merged)));
            }
        }
    }
}
