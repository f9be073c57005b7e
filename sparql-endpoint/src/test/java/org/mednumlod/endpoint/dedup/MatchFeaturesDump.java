package org.mednumlod.endpoint.dedup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mednumlod.endpoint.release.Release;
import org.mednumlod.endpoint.release.Releases;

/** Writes the match features of the served release of {@code DATA_DIR} as TSV: {@code MatchFeaturesDump DATA_DIR OUT}. */
public final class MatchFeaturesDump {
    private MatchFeaturesDump() {}

    public static void main(String[] args) throws IOException {
        try (Releases releases = Releases.open(Path.of(args[0]), "http://localhost:8080");
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            Release release = releases.current().orElseThrow();
            out.println(String.join("\t", MatchRecordTsv.COLUMNS));
            for (MatchRecord r : MatchFeatures.read(
                    release.dataset(), new org.mednumlod.ontology.Identifiers("http://localhost:8080"))) {
                out.println(MatchRecordTsv.write(r));
            }
        }
    }
}
