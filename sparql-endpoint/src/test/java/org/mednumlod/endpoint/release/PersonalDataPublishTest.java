package org.mednumlod.endpoint.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.converters.Source;

/**
 * The converters' hostile fixture (a personal e-mail, mobile or name in every contact field and in the free text
 * around it) published as a release: no file the release writes — N-Quads and CSV dumps, catalogue, statistics,
 * and the TDB2 database itself, from which pages, search and SPARQL read — holds any of its personal values.
 */
class PersonalDataPublishTest {
    private static final Path FIXTURE = Path.of("../converters/src/test/resources/donnees-personnelles/hostile.json");
    /** Names, and the mobiles in the forms a text or the E.164 value can take. */
    private static final String CONTROL = "contact@lices-exemple.fr";

    private static final List<String> NEEDLES = List.of(
            "fontanel", "valmorin", "651234567", "781158364", "51 23 45 67", "51.23.45.67", "81 15 83 64", CONTROL);

    @TempDir
    Path dir;

    @Test
    void noPersonalValueInAnyFileOfTheRelease() throws Exception {
        try (Releases releases = Releases.open(dir.resolve("var"), "http://example.org")) {
            check(releases);
        }
    }

    private void check(Releases releases) throws IOException {
        Source source = Source.builder("hostile", FIXTURE.toAbsolutePath().normalize())
                .version("1.0.1")
                .build();
        String id = releases.publish(List.of(source), o -> {}, l -> {});
        Path dumps = releases.dumps(id).orElseThrow();
        String all = text(dumps.resolve("mednum-lod.nq.gz"));
        assertTrue(all.contains("contact@lices-exemple.fr"), "the role address is published");
        assertTrue(all.contains("[courriel personnel retiré]"), "the masked text is published");
        List<String> leaks = new ArrayList<>();
        java.util.Set<String> seen = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.walk(dir.resolve("var"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try (InputStream in = f.toString().endsWith(".gz")
                        ? new GZIPInputStream(Files.newInputStream(f))
                        : Files.newInputStream(f)) {
                    for (String n : found(in)) {
                        if (n.equals(CONTROL)) {
                            seen.add(f.toString().endsWith(".gz") ? "dump" : "database or other file");
                        } else {
                            leaks.add(dir.relativize(f) + " : " + n);
                        }
                    }
                }
            }
        }
        assertEquals(
                java.util.Set.of("database or other file", "dump"),
                seen,
                "the scan reads the database files and the dumps (the role address is found in both)");
        assertEquals(List.of(), leaks);
    }

    private static String text(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The needles in a stream of any size (text or binary), read in chunks, ASCII case ignored. */
    private static List<String> found(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        byte[] buffer = new byte[1 << 20];
        String tail = "";
        for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
            String chunk = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            for (String needle : NEEDLES) {
                if (!out.contains(needle) && chunk.contains(needle)) {
                    out.add(needle);
                }
            }
            tail = chunk.substring(Math.max(0, chunk.length() - 32));
        }
        return out;
    }
}
