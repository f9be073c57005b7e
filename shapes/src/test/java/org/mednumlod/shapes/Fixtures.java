package org.mednumlod.shapes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;

/** Shared test fixtures: one validation at the manifest's clock, and the data files of the manifest. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static Validation validation;

    private Fixtures() {}

    static synchronized Validation validation() {
        if (validation == null) {
            validation = Validation.create(CLOCK);
        }
        return validation;
    }

    /** A data file of the manifest, e.g. {@code ok/lieu-complet} or {@code ko/pivot.motif}. */
    static Graph data(String name) {
        return RDFDataMgr.loadGraph("data/" + name + ".ttl");
    }

    static Node place(Graph data) {
        return ManifestTest.places(data).get(0);
    }
}
