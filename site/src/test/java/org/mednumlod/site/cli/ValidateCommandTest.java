package org.mednumlod.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./mednum-lod validate} on the official example and on a file with 20 planted errors, one per rule. */
class ValidateCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    @Test
    void officialExampleOfSchema101HasNoViolation() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ValidateCommand.run(
                new String[] {resource("exemples/v1.0.1.csv"), "--rapport", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                CLOCK);
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
        List<CSVRecord> rows = csv(dir.resolve("rapport.csv"));
        assertTrue(rows.stream().noneMatch(r -> r.get("severite").equals("Violation")));
        // The example's own defect: its coordinates are in Aix-en-Provence, its commune is Reims.
        assertTrue(rows.stream().anyMatch(r -> r.get("regle").equals("coordonnees.loin-de-la-commune")));
        assertTrue(out.toString(StandardCharsets.UTF_8)
                .contains("1 fiches lues, 1 conformes au schéma 1.0.1, 0 violations"));
    }

    @Test
    void eachPlantedErrorIsReportedOnceWithRowFieldAndFrenchMessage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ValidateCommand.run(
                new String[] {resource("erreurs-plantees.csv"), "--rapport", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                CLOCK);
        assertEquals(1, exit, "violations give exit code 1");
        List<CSVRecord> expected = csv(Path.of(resource("erreurs-plantees.attendues.csv")));
        List<CSVRecord> reported = csv(dir.resolve("rapport.csv"));
        assertEquals(20, expected.size());
        assertEquals(expected.size(), reported.size(), "one finding per planted error, nothing else: " + reported);
        for (CSVRecord e : expected) {
            List<CSVRecord> hits = reported.stream()
                    .filter(r -> r.get("ligne").equals(e.get("rang"))
                            && r.get("champ").equals(e.get("champ"))
                            && r.get("regle").equals(e.get("regle")))
                    .toList();
            assertEquals(1, hits.size(), "planted error " + e.toMap() + " reported once");
            String message = hits.get(0).get("message");
            String value = hits.get(0).get("valeur").strip();
            assertTrue(
                    message.contains("« " + e.get("champ") + " »") || !value.isEmpty() && message.contains(value),
                    "the French message names the field or the value: " + message);
            assertFalse(message.equals(hits.get(0).get("message_en")), "French first, English apart");
        }
        assertTrue(Files.readString(dir.resolve("rapport.html"))
                .contains("Le code postal « 4900 » doit comporter 5 chiffres"));
        Model ttl = RDFDataMgr.loadModel(dir.resolve("rapport.ttl").toString());
        assertEquals(
                1,
                ttl.listSubjectsWithProperty(
                                RDF.type, ttl.createResource("http://www.w3.org/ns/shacl#ValidationReport"))
                        .toList()
                        .size());
        assertEquals(
                20,
                ttl.listSubjectsWithProperty(
                                RDF.type, ttl.createResource("http://www.w3.org/ns/shacl#ValidationResult"))
                        .toList()
                        .size());
    }

    /** A record the schema accepts but the publication could not place (no commune found) conforms: exit 0. */
    @Test
    void thePublicationGateIsNotTheSchemasVerdict() throws Exception {
        Path file = dir.resolve("lieux.csv");
        Files.writeString(
                file,
                Files.readString(Path.of(resource("exemples/v1.0.1.csv")), StandardCharsets.UTF_8)
                        .replace("\"Reims\",\"51100\",\"51454\"", "\"Nulle-Part-sur-Rien\",\"99999\",\"\""),
                StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ValidateCommand.run(
                new String[] {file.toString(), "--rapport", dir.resolve("r").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                CLOCK);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("1 fiches lues, 1 conformes au schéma 1.0.1, 0 violations"), text);
        assertTrue(text.contains("constats du contrôle de publication"), text);
        assertEquals(0, exit, text);
    }

    /** The 1.0.x examples conform (0 violations); the pre-1.0.0 one, invalid, does not; 0.1.x ones are read too. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → exit {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "v1.0.0.csv, 0",
        "v1.0.1.csv, 0",
        "main-e347ff4-v1.0.2-unreleased.csv, 0",
        "pre-v1.0.0-95a64e9-INVALID.csv, 1"
    })
    void officialExamplesOfEveryVersion(String file, int expectedExit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ValidateCommand.run(
                new String[] {resource("exemples/" + file), "--rapport", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                CLOCK);
        assertEquals(expectedExit, exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void invalidPreV1ExampleReportsItsKnownDefects() throws Exception {
        ValidateCommand.run(
                new String[] {resource("exemples/pre-v1.0.0-95a64e9-INVALID.csv"), "--rapport", dir.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                System.err,
                CLOCK);
        List<CSVRecord> rows = csv(dir.resolve("rapport.csv"));
        for (String rule : new String[] {
            "telephone.motif",
            "prise_en_charge_specifique.liste",
            "frais_a_charge.liste",
            "dispositif_programmes_nationaux.liste",
            "formations_labels.liste"
        }) {
            assertTrue(rows.stream().anyMatch(r -> r.get("regle").equals(rule)), rule + " reported; got " + rows);
        }
    }

    @Test
    void usageErrors() {
        org.junit.jupiter.api.Assertions.assertThrows(
                UsageException.class, () -> ValidateCommand.run(new String[] {}, System.out, System.err, CLOCK));
        org.junit.jupiter.api.Assertions.assertThrows(
                UsageException.class,
                () -> ValidateCommand.run(new String[] {"--inconnue"}, System.out, System.err, CLOCK));
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ValidateCommandTest.class
                        .getResource("/validation/" + name)
                        .toURI())
                .toString();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords();
        }
    }
}
