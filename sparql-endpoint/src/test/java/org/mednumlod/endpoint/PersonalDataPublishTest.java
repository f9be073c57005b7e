package org.mednumlod.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.converters.Conversion;

/**
 * The converters' hostile fixture (a personal e-mail, mobile or name in every contact field and in the free text
 * around it) published as a release: no file the release writes — N-Quads and CSV dumps, catalogue, statistics,
 * and the TDB2 database itself, from which pages, search and SPARQL read — holds any of its personal values.
 */
class PersonalDataPublishTest {
    private static final Path FIXTURE = Path.of("../converters/src/test/resources/donnees-personnelles/hostile.json");
    /** Names, and the mobiles in the forms a text or the E.164 value can take. */
    private static final List<String> NEEDLES = List.of("fontanel", "valmorin", "651234567", "781158364",
            "51 23 45 67", "51.23.45.67", "81 15 83 64");

    @TempDir
    Path dir;

    @Test
    void noPersonalValueInAnyFileOfTheRelease() throws Exception {
        try (Releases releases = Releases.open(dir.resolve("var"), "http://example.org")) {
            check(releases);
        }
    }

    private void check(Releases releases) throws IOException {
        Conversion.Source source = new Conversion.Source("hostile", FIXTURE.toAbsolutePath().normalize(), null,
                "1.0.1", null, null, null, null);
        String id = releases.publish(List.of(source), o -> { }, l -> { });
        Path dumps = releases.dumps(id).orElseThrow();
        String all = text(dumps.resolve("mednum-lod.nq.gz"));
        assertTrue(all.contains("contact@lices-exemple.fr"), "the role address is published");
        assertTrue(all.contains("[courriel personnel retiré]"), "the masked text is published");
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("var"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = f.toString().endsWith(".gz") ? text(f)
                        : new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                String folded = fold(content);
                for (String n : NEEDLES) {
                    if (folded.contains(n)) {
                        leaks.add(dir.relativize(f) + " : " + n);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    private static String text(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
