package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden folders: each folder of {@code src/test/resources/golden/} holds one case — an input file
 * ({@code input.*}), optionally a mednum-cli mapping ({@code mapping.config.json}) and the project's own rules
 * ({@code regles.json}), {@code case.properties}
 * (source name, mode, version, expected counts) and {@code expected.trig}; the output is compared as a dataset
 * (isomorphism). Set {@code -Dgolden.update=true} to (re)write {@code expected.trig}, then review the diff.
 */
class GoldenTest {
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    static final Path ROOT = Path.of("src/test/resources/golden");
    static final org.mednumlod.shapes.Validation VALIDATION = org.mednumlod.shapes.Validation.create(FIXED);

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsAsExpected(Path dir) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("case.properties"))) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Path input;
        try (Stream<Path> files = Files.list(dir)) {
            input = files.filter(f -> f.getFileName().toString().startsWith("input."))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no input.* in " + dir));
        }
        Path mapping = dir.resolve("mapping.config.json");
        Path rules = dir.resolve("regles.json");
        Source source = Source.builder(p.getProperty("source", "test"), input)
                .mapping(Files.exists(mapping) ? mapping : null)
                .version(p.getProperty("version"))
                .arrayKey(p.getProperty("tableau"))
                .title(p.getProperty("titre", "Cas de test"))
                .licence(p.getProperty("licence"))
                .rules(Files.exists(rules) ? rules : null)
                .build();
        DatasetGraph actual = DatasetGraphFactory.createTxnMem();
        List<Outcome> outcomes = new ArrayList<>();
        Summary s = Conversion.of(source)
                .baseUri("http://example.org")
                .mode(Mode.valueOf(p.getProperty("mode", "PUBLICATION")))
                .clock(FIXED)
                .validation(VALIDATION)
                .run(StreamRDFLib.dataset(actual), outcomes::add);
        assertEquals(s.read(), s.converted() + s.quarantined());
        assertEquals(outcomes.size(), s.read());
        assertEquals(Long.parseLong(p.getProperty("lus")), s.read(), "records read");
        assertEquals(Long.parseLong(p.getProperty("convertis")), s.converted(), "records converted");
        for (String rule : p.getProperty("regles", "").split("\\s+")) {
            if (!rule.isBlank()) {
                assertTrue(
                        s.fixes().containsKey(rule) || s.quarantineRules().containsKey(rule),
                        "rule " + rule + " applied; got " + s.fixes().keySet() + " "
                                + s.quarantineRules().keySet());
            }
        }
        Path expectedFile = dir.resolve("expected.trig");
        if (Boolean.getBoolean("golden.update") || !Files.exists(expectedFile)) {
            try (var out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, Lang.TRIG);
            }
            if (!Boolean.getBoolean("golden.update")) {
                fail("expected.trig was missing in " + dir + ": written, review it");
            }
        }
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(expectedFile.toString());
        if (!IsoMatcher.isomorphic(expected, actual)) {
            Path dump = Path.of("target/golden-actual/" + dir.getFileName() + ".trig");
            Files.createDirectories(dump.getParent());
            try (var out = Files.newOutputStream(dump)) {
                RDFDataMgr.write(out, actual, Lang.TRIG);
            }
            fail("output of " + dir.getFileName() + " differs from expected.trig; actual output in "
                    + dump.toAbsolutePath());
        }
        // Every serialisation re-parses with the second toolkit.
        for (Lang lang : List.of(Lang.TRIG, Lang.NQUADS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, actual, lang);
            var rio = Rio.parse(
                    new ByteArrayInputStream(out.toByteArray()),
                    "",
                    lang == Lang.TRIG ? RDFFormat.TRIG : RDFFormat.NQUADS);
            Dataset ds = DatasetFactory.wrap(actual);
            long quads = ds.asDatasetGraph().stream().count();
            assertEquals(quads, rio.size(), "RDF4J reads as many quads as written in " + lang);
        }
    }
}
