package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.system.StreamRDFBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.shapes.Severity;
import org.mednumlod.shapes.ValidationResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code validate} is exactly as strict as the schema (issue 13, item 5): each row of {@code schema-verdicts.csv}
 * puts one cell into the official 1.0.1 example and states the schema's verdict; the strict conversion + shapes
 * must give a violation of the stated rule for « invalide », none for « valide ». The table is itself checked
 * against schema.json: for a field with a pattern, a required flag or a maxLength, the stated verdict must be the
 * one schema.json's own constraint gives (pattern compiled as Frictionless does, {@code ^pattern$}, with Python's
 * {@code \d}; only the empty cell is missing; length in code points); and every constraint of schema.json has a
 * valid and an invalid case.
 */
class SchemaVerdictTest {
    private static final Path SCHEMA = Path.of("../ontology/src/test/resources/schema-examples/schema-v1.0.1.json");
    private static final Path EXAMPLE = GoldenTest.ROOT.resolve("v1-0-1-csv-exemple/input.csv");

    @TempDir
    Path dir;

    record Case(String field, String value, boolean valid, String rule, String note) {
        @Override
        public String toString() {
            return field + " = «" + value.replace("\n", "\\n") + "» → " + (valid ? "valide" : "invalide " + rule);
        }
    }

    static Stream<Case> cases() throws IOException {
        try (Reader r =
                Files.newBufferedReader(Path.of("src/test/resources/schema-verdicts.csv"), StandardCharsets.UTF_8)) {
            List<Case> out = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)) {
                out.add(new Case(
                        row.get("champ"),
                        row.get("valeur"),
                        row.get("verdict").equals("valide"),
                        row.get("regle"),
                        row.get("note")));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateGivesTheSchemasVerdict(Case c) throws IOException {
        Path file = dir.resolve("lieux.csv");
        Files.writeString(file, exampleWith(c.field(), c.value()), StandardCharsets.UTF_8);
        List<ValidationResult> violations = new ArrayList<>();
        Conversion.of(Source.nationalSchema("verdicts", file))
                .mode(Mode.STRICT)
                .validation(GoldenTest.VALIDATION)
                .run(new StreamRDFBase(), o -> {
                    assertTrue(o.report() != null, "record read");
                    o.report().results().stream()
                            .filter(v -> v.severity() == Severity.VIOLATION
                                    && !v.rule().startsWith("publication."))
                            .forEach(violations::add);
                });
        if (c.valid()) {
            assertEquals(
                    List.of(),
                    violations.stream().map(v -> v.rule() + " " + v.messageFr()).toList(),
                    c.toString());
        } else {
            assertTrue(
                    violations.stream()
                            .anyMatch(
                                    v -> v.rule().equals(c.rule()) && v.field().equals(c.field())),
                    c + " : "
                            + violations.stream()
                                    .map(v -> v.rule() + " [" + v.field() + "] " + v.messageFr())
                                    .toList());
            assertTrue(
                    violations.stream()
                            .allMatch(
                                    v -> v.rule().equals(c.rule()) && v.field().equals(c.field())),
                    "only the defect is reported (once per faulty item): "
                            + violations.stream().map(ValidationResult::rule).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theStatedVerdictIsSchemaJsons(Case c) throws IOException {
        JsonNode field = schemaField(c.field());
        JsonNode constraints = field.path("constraints");
        if (c.value().isEmpty()) {
            assertEquals(
                    !constraints.path("required").asBoolean(false), c.valid(), "only the empty cell is missing: " + c);
            return;
        }
        Boolean verdict = null;
        if (constraints.has("pattern")) {
            verdict = frictionless(constraints.get("pattern").asString())
                    .matcher(c.value())
                    .matches();
        }
        if (constraints.has("maxLength")) {
            boolean fits = c.value().codePointCount(0, c.value().length())
                    <= constraints.get("maxLength").asInt();
            verdict = verdict == null ? fits : verdict && fits;
        }
        if (verdict != null) {
            assertEquals(verdict, c.valid(), "schema.json's verdict on " + c);
        }
    }

    /**
     * The unreleased 1.0.2 of {@code ../shared/data/real/schema} (when present) differs from 1.0.1 only in
     * {@code formations_labels} (« Étapes numériques(La Poste) », without a space): every other verdict of the table
     * is also 1.0.2's. The conformance gate follows 1.0.1, the latest published version.
     */
    @Test
    void theUnreleased102DiffersOnlyInFormationsLabels() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(RealSourcesTest.REAL != null, "../shared absent");
        Path v102 = RealSourcesTest.REAL.resolve("schema/lamednum-schema-v1.0.2.json");
        JsonNode schema = new ObjectMapper().readTree(v102.toFile());
        List<String> differing = new ArrayList<>();
        cases().forEach(c -> {
            for (JsonNode f : schema.path("fields")) {
                if (f.path("name").asString().equals(c.field())
                        && f.path("constraints").has("pattern")
                        && !c.value().isEmpty()
                        && frictionless(f.path("constraints").path("pattern").asString())
                                        .matcher(c.value())
                                        .matches()
                                != c.valid()) {
                    differing.add(c.toString());
                }
            }
        });
        assertEquals(
                List.of("formations_labels = «Étapes numériques(La Poste)» → invalide formations_labels.liste"),
                differing);
    }

    /** Every constraint of schema.json (pattern, required, maxLength, number and date types) has a valid and an invalid case. */
    @Test
    void everyConstraintOfTheSchemaHasBothVerdicts() throws IOException {
        Map<String, Set<Boolean>> seen = new HashMap<>();
        cases().forEach(c ->
                seen.computeIfAbsent(c.field(), k -> new TreeSet<>()).add(c.valid()));
        List<String> missing = new ArrayList<>();
        for (JsonNode f : schema().path("fields")) {
            JsonNode constraints = f.path("constraints");
            boolean constrained = constraints.has("pattern")
                    || constraints.path("required").asBoolean(false)
                    || constraints.has("maxLength")
                    || Set.of("number", "date").contains(f.path("type").asString());
            if (constrained
                    && !Set.of(true, false)
                            .equals(seen.getOrDefault(f.path("name").asString(), Set.of()))) {
                missing.add(f.path("name").asString());
            }
        }
        assertEquals(List.of(), missing, "constraints of schema.json without a valid and an invalid case");
    }

    /** A pattern as Frictionless compiles it: {@code "^{0}$".format(pattern)}, {@code \d} any Unicode digit. */
    static Pattern frictionless(String pattern) {
        return Pattern.compile("^" + pattern.replace("\\d", "\\p{Nd}") + "$");
    }

    private static String exampleWith(String column, String value) throws IOException {
        try (Reader r = Files.newBufferedReader(EXAMPLE, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r);
            List<String> header = parser.getHeaderNames();
            CSVRecord row = parser.getRecords().get(0);
            assertTrue(header.contains(column), column);
            StringWriter out = new StringWriter();
            try (CSVPrinter p = CSVFormat.RFC4180
                    .builder()
                    .setHeader(header.toArray(String[]::new))
                    .get()
                    .print(out)) {
                List<String> cells = new ArrayList<>();
                header.forEach(h -> cells.add(h.equals(column) ? value : row.get(h)));
                p.printRecord(cells);
            }
            return out.toString();
        }
    }

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(SCHEMA.toFile());
    }

    private static JsonNode schemaField(String name) throws IOException {
        for (JsonNode f : schema().path("fields")) {
            if (f.path("name").asString().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + SCHEMA);
    }
}
