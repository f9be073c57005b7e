package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mednumlod.converters.map.RecordMapping;
import org.mednumlod.converters.rdf.PlaceRdf;
import org.mednumlod.converters.read.RecordReader;
import org.mednumlod.shapes.PlaceInput;

/**
 * Each place handed to the validation is found again with its own conversion when its report comes back, in
 * whatever order the reports come (here: reversed), and only once.
 */
class ConvertedRecordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"nettoyage/input.json", "quarantaine/input.csv", "correspondance-angers/input.json"})
    void everyReportFindsItsOwnRecord(String input) throws Exception {
        Path file = GoldenTest.ROOT.resolve(input);
        Path mapping = file.resolveSibling("mapping.config.json");
        Source source = Source.builder("test", file)
                .mapping(mapping.toFile().exists() ? mapping : null)
                .build();
        RecordMapping map = RecordMapping.open(source.mapping(), null, null);
        PlaceRdf rdf = new PlaceRdf("http://example.org", source, "2026-01-15T10:00:00Z", StreamRDFLib.sinkNull());
        List<Outcome> unreadable = new ArrayList<>();
        long count;
        try (RecordReader in = RecordReader.open(file, null)) {
            ConvertedRecords records =
                    new ConvertedRecords(source, Mode.PUBLICATION, in, map, rdf, "input", unreadable::add);
            List<PlaceInput> inputs = new ArrayList<>(records.stream().toList());
            assertTrue(inputs.size() > 1, "several records in " + input);
            count = inputs.size();
            Collections.reverse(inputs);
            for (PlaceInput place : inputs) {
                ConvertedRecords.Converted c = records.claim(place);
                assertEquals(place.record().row(), c.place().row(), "the report's record");
                assertEquals(rdf.recordNode(c.place()), place.place(), "the report's place");
                assertTrue(c.graph().contains(place.place(), null, null), "the place's own triples");
            }
            assertThrows(IllegalStateException.class, () -> records.claim(inputs.get(0)), "claimed once");
        }
        Properties expected = new Properties();
        try (var in = Files.newBufferedReader(file.resolveSibling("case.properties"))) {
            expected.load(in);
        }
        assertEquals(
                Long.parseLong(expected.getProperty("lus")),
                count + unreadable.size(),
                "every record read is handed out or quarantined as unreadable");
    }
}
