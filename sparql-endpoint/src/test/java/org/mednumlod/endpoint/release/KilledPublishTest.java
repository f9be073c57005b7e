package org.mednumlod.endpoint.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish killed in the middle of its load (SIGKILL, no clean-up) leaves the served release current, openable
 * and unchanged; the half-built release is never switched in and a later publish succeeds.
 */
class KilledPublishTest {
    @TempDir
    Path dir;

    @Test
    void killedMidLoadLeavesTheServedReleaseUntouched() throws Exception {
        Path var = dir.resolve("var");
        String served;
        long triples;
        try (Releases releases = Releases.open(var, "http://example.org")) {
            served = releases.publish(line -> {});
            triples = count(releases.current().orElseThrow());
        }
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        PublishMain.class.getName(),
                        var.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("territoires")) {
                // wait until the territory graph (most of the load) is being written
            }
            Thread.sleep(1500);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Releases releases = Releases.open(var, "http://example.org")) {
            assertEquals(served, releases.currentId().orElseThrow(), "the pointer still names the served release");
            assertEquals(triples, count(releases.current().orElseThrow()), "same data");
            assertEquals(
                    1,
                    releases.completeReleases().size(),
                    "the killed release (killed while loading the "
                            + "territories) is not complete, so never switched in");
            String next = releases.publish(line -> {});
            assertEquals(next, releases.currentId().orElseThrow(), "a later publish succeeds");
        }
    }

    private static long count(Release r) {
        return Txn.calculateRead(r.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(r.dataset())
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
                    .build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
