package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.converters.SchemaCsvRoundTrip.Converted;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.SchemaRecord;
import org.mednumlod.converters.internal.SchemaVersion;
import org.mednumlod.converters.map.RecordMapping;
import org.mednumlod.converters.read.RecordReader;
import org.mednumlod.ontology.MNL;

/**
 * The CSV export ({@link Conversion#schemaCsv}) on the golden folders: the national-schema 1.0.x inputs come back
 * as their cleaned values ({@code expected-schema.csv}, rewritten with {@code -Dgolden.update=true}; every cell
 * without a recorded fix equals its input cell), the official 1.0.1 example comes back unchanged, and for every
 * input, export(convert(export(convert(x)))) is byte for byte export(convert(x)).
 */
class SchemaCsvExportTest {
    private static final Path OFFICIAL_EXAMPLE = GoldenTest.ROOT.resolve("v1-0-1-csv-exemple/input.csv");

    @TempDir
    Path tmp;

    static Stream<Path> allCases() throws IOException {
        return GoldenTest.cases();
    }

    /** Golden folders whose input is already in the national schema 1.0.x (CSV or JSON, no mapping). */
    static Stream<Path> nationalV1Cases() throws IOException {
        return GoldenTest.cases()
                .filter(dir -> !Files.exists(dir.resolve("mapping.config.json")))
                .filter(dir -> {
                    try (RecordReader in =
                            RecordReader.open(input(dir), caseProperties(dir).getProperty("tableau"))) {
                        RecordMapping national = RecordMapping.open(null, null, null);
                        return in.hasNext()
                                && national.apply(in.next()) != null
                                && national.version() == SchemaVersion.V1;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void nationalV1CasesAreFound() throws IOException {
        List<String> names =
                nationalV1Cases().map(d -> d.getFileName().toString()).toList();
        assertTrue(
                names.containsAll(List.of(
                        "v1-0-1-csv-exemple", "v1-0-1-csv-strict", "csv-bom-guillemets", "nettoyage", "quarantaine")),
                names.toString());
        assertTrue(
                names.stream().noneMatch(n -> n.startsWith("correspondance") || n.startsWith("v0-1")),
                names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nationalV1Cases")
    void exportsTheCleanedValues(Path dir) throws Exception {
        Converted c = SchemaCsvRoundTrip.convert(source(dir));
        String csv = SchemaCsvRoundTrip.export(c);
        compareWithGolden(dir.resolve("expected-schema.csv"), csv);

        List<CSVRecord> rows = parse(csv);
        assertEquals(
                officialHeader(),
                rows.isEmpty() ? header(csv) : rows.get(0).getParser().getHeaderNames());
        assertEquals(c.places().size(), rows.size(), "one row per converted place");
        Map<Long, SchemaRecord> inputs = new HashMap<>();
        RecordMapping national = RecordMapping.open(null, null, null);
        try (RecordReader in = RecordReader.open(input(dir), caseProperties(dir).getProperty("tableau"))) {
            while (in.hasNext()) {
                try {
                    SchemaRecord r = national.apply(in.next());
                    inputs.put(r.row(), r);
                } catch (RecordReader.Unreadable e) {
                    // quarantined by the conversion as well: no row to compare
                }
            }
        }
        int checked = 0;
        for (int i = 0; i < rows.size(); i++) {
            Node place = c.places().get(i);
            SchemaRecord in = inputs.get(SchemaCsvRoundTrip.row(c.union(), place));
            Set<String> fixed = fixedFields(c, place);
            for (Fields.Field f : Fields.get().all()) {
                if (fixed.contains(f.name())) {
                    continue;
                }
                String cell = f.name().equals("horaires") ? in.hours().osm : in.first(f.name());
                if (f.name().equals("source") && (cell == null || cell.isBlank())) {
                    cell = source(dir).title(); // a record without source gets its source's producer (else title)
                }
                assertEquals(
                        normalise(cell == null ? "" : cell, f),
                        normalise(rows.get(i).get(f.name()), f),
                        dir.getFileName() + " row " + (i + 1) + ", column " + f.name() + " has no recorded fix");
                checked++;
            }
        }
        assertTrue(checked > 0 || rows.isEmpty(), "cells compared with the input");
    }

    @Test
    void theOfficialExampleComesBackUnchanged() throws Exception {
        Converted c = SchemaCsvRoundTrip.convert(source(OFFICIAL_EXAMPLE.getParent()));
        List<CSVRecord> exported = parse(SchemaCsvRoundTrip.export(c));
        List<CSVRecord> original;
        try (Reader r = Files.newBufferedReader(OFFICIAL_EXAMPLE, StandardCharsets.UTF_8)) {
            original = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords();
        }
        assertEquals(original.size(), exported.size());
        assertEquals(
                original.get(0).getParser().getHeaderNames(),
                exported.get(0).getParser().getHeaderNames());
        for (int i = 0; i < original.size(); i++) {
            for (Fields.Field f : Fields.get().all()) {
                String in = original.get(i).get(f.name());
                String out = exported.get(i).get(f.name());
                if (f.multivalued()) {
                    assertEquals(Set.of(in.split("\\|")), Set.of(out.split("\\|")), f.name());
                } else {
                    assertEquals(in, out, f.name());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void exportIsIdempotent(Path dir) throws Exception {
        Converted first = SchemaCsvRoundTrip.convert(source(dir));
        String once = SchemaCsvRoundTrip.export(first);
        Converted second = SchemaCsvRoundTrip.reconvert(first.summary().source().name(), once, tmp);
        assertEquals(first.places().size(), second.summary().read(), "every exported row is read again");
        assertEquals(first.places().size(), second.summary().converted(), "every exported row converts again");
        assertEquals(
                SchemaCsvRoundTrip.fieldValues(first),
                SchemaCsvRoundTrip.fieldValues(second),
                "the re-read export gives the same place values");
        assertEquals(
                once, SchemaCsvRoundTrip.export(second), "export(convert(export(convert(x)))) == export(convert(x))");
    }

    @Test
    void aMissingValueIsAnEmptyCellAndTheHeaderComesFirst() throws Exception {
        var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node place = org.apache.jena.graph.NodeFactory.createURI("http://example.org/id/fiche/x.1");
        g.add(place, MNL.nom.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("Lieu, \"cité\"\nbis"));
        g.add(
                place,
                MNL.typologie.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(MNL.CODE_BASE + "typologies/ASSO"));
        g.add(place, MNL.typologie.asNode(), org.apache.jena.graph.NodeFactory.createURI("http://example.org/inconnu"));
        java.io.StringWriter out = new java.io.StringWriter();
        try (SchemaCsvWriter csv = SchemaCsvWriter.open(out)) {
            csv.write(g, place);
            assertEquals(1, csv.rows());
        }
        assertTrue(out.toString().startsWith(String.join(",", officialHeader()) + "\r\n"), out.toString());
        CSVRecord r = parse(out.toString()).get(0);
        assertEquals("Lieu, \"cité\"\nbis", r.get("nom"));
        assertEquals("ASSO|http://example.org/inconnu", r.get("typologie"));
        assertEquals("", r.get("id"));
        assertEquals(32, r.size());
    }

    // --- helpers

    static Path input(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("input."))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no input.* in " + dir));
        }
    }

    static Properties caseProperties(Path dir) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("case.properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Source source(Path dir) throws IOException {
        Properties p = caseProperties(dir);
        Path mapping = dir.resolve("mapping.config.json");
        return Source.builder(p.getProperty("source", "test"), input(dir))
                .mapping(Files.exists(mapping) ? mapping : null)
                .version(p.getProperty("version"))
                .arrayKey(p.getProperty("tableau"))
                .title(p.getProperty("titre", "Cas de test"))
                .licence(p.getProperty("licence"))
                .build();
    }

    /** The header of the official 1.0.1 example (a byte copy of the standard's {@code exemple-valide.csv}). */
    static List<String> officialHeader() throws IOException {
        return header(Files.readString(OFFICIAL_EXAMPLE, StandardCharsets.UTF_8));
    }

    static List<String> header(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getHeaderNames();
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    /** The fields a recorded fix names ({@code mnl:champConcerne} of the place's corrections). */
    static Set<String> fixedFields(Converted c, Node place) {
        Set<String> out = new HashSet<>();
        c.union()
                .find(place, MNL.correction.asNode(), Node.ANY)
                .forEachRemaining(t -> c.union()
                        .find(t.getObject(), MNL.champConcerne.asNode(), Node.ANY)
                        .forEachRemaining(f -> out.addAll(
                                List.of(f.getObject().getLiteralLexicalForm().split("/")))));
        return out;
    }

    /**
     * A cell as the converter reads it without a fix: items trimmed, deduplicated (lists), white space collapsed;
     * coordinates as numbers (a decimal comma is repaired without a recorded fix).
     */
    static Object normalise(String cell, Fields.Field f) {
        if ((f.name().equals("latitude") || f.name().equals("longitude")) && !cell.isBlank()) {
            return new java.math.BigDecimal(cell.strip().replace(',', '.')).stripTrailingZeros();
        }
        if (f.multivalued()) {
            return Arrays.stream(cell.split("\\|"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new))
                    .stream()
                    .sorted()
                    .toList();
        }
        return cell.strip().replaceAll("\\s+", " ");
    }

    static void compareWithGolden(Path expected, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("golden.update")) {
                fail(expected + " was missing: written, review it");
            }
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "export differs from " + expected);
    }
}
