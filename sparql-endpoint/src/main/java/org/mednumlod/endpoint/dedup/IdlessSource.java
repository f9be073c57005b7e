package org.mednumlod.endpoint.dedup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SchemaDO;
import org.mednumlod.ontology.GEO;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;

/**
 * A source without ids on its way to a release: converted into memory, its records given their keys
 * ({@link ContentKeys}, against the served release's records of the source), then sent on under those keys.
 * Such sources are small (a few hundred to a few thousand records).
 */
final class IdlessSource {
    private final Identifiers ids;
    private final List<Quad> quads = new ArrayList<>();
    private final RecordCollector collector;

    IdlessSource(Identifiers ids) {
        this.ids = ids;
        this.collector = new RecordCollector(ids, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        });
    }

    /** Where the conversion writes. */
    StreamRDF sink() {
        return collector;
    }

    /** The records converted, in file order. */
    List<RecordCollector.Record> records() {
        return List.copyOf(collector.records());
    }

    /** Their match features, in the same order. */
    List<MatchRecord> features() {
        return collector.records().stream().map(MatchFeatures::of).toList();
    }

    /** What each record says (its values, as text, without its key), in the same order. */
    List<Set<String>> says() {
        return collector.records().stream().map(IdlessSource::says).toList();
    }

    /** The values of a record as text ({@code property=value}), its key and geometry links left out. */
    static Set<String> says(RecordCollector.Record r) {
        Set<String> out = new TreeSet<>();
        r.values.forEach((p, values) -> {
            if (!MNL.id.asNode().equals(p)
                    && !SchemaDO.geo.asNode().equals(p)
                    && !GEO.hasGeometry.asNode().equals(p)) {
                values.forEach(
                        v -> out.add(p.getURI() + "=" + (v.isLiteral() ? v.getLiteralLexicalForm() : v.toString())));
            }
        });
        return out;
    }

    /** Sends every quad on, each record under {@code keys} (one per record, in {@link #records()} order). */
    void send(List<String> keys, StreamRDF out) {
        List<RecordCollector.Record> records = records();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (!records.get(i).key().equals(keys.get(i))) {
                renamed.put(records.get(i).key(), keys.get(i));
            }
        }
        StreamRDF renaming = new RecordRenaming(ids, renamed, out);
        quads.forEach(renaming::quad);
    }
}
