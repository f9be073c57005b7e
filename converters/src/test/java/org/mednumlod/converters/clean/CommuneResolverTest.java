package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.converters.Finding;

/**
 * The commune of a record, case by case from {@code src/test/resources/communes/cas.csv}: overseas collectivités
 * (one postcode for a whole territory), CEDEX codes, merged communes, a neighbour's postcode or INSEE code,
 * homonyms told apart by coordinates, localities and misspellings whose code is right. Values go through the
 * same normalisation as in a conversion; the decision rules that fire must be exactly those listed.
 */
class CommuneResolverTest {
    static final Path CASES = Path.of("src/test/resources/communes/cas.csv");

    static Stream<CSVRecord> cases() throws IOException {
        String text = Files.readAllLines(CASES, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n"));
        try (Reader r = new StringReader(text)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void linksTheCommuneTheEvidenceSupports(CSVRecord c) {
        String code = value(InseeCodes.normalize(c.get("code_insee")));
        String postcode = value(Postcodes.normalize(c.get("code_postal")));
        String name = value(CommuneNames.normalize(c.get("commune")));
        double[] point = c.get("latitude").isBlank()
                ? null
                : new double[] {Double.parseDouble(c.get("latitude")), Double.parseDouble(c.get("longitude"))};
        List<String> context = c.get("contexte").isBlank() ? List.of() : List.of(c.get("contexte"));
        CommuneResolver.Resolution r = CommuneResolver.get().resolve(code, postcode, name, context, point);
        String label = c.get("motif") + " « " + c.get("commune") + " » " + c.get("code_postal") + " "
                + c.get("code_insee") + " — " + c.get("note") + " — " + r.findings();
        assertEquals(c.get("attendu").isBlank() ? null : c.get("attendu"), r.commune(), label);
        Set<String> decisions = new TreeSet<>();
        r.findings().stream()
                .map(Finding::rule)
                .filter(CommuneResolverTest::decision)
                .forEach(decisions::add);
        assertEquals(
                new TreeSet<>(List.of(c.get("regles").split("\\s+")))
                        .stream().filter(s -> !s.isBlank()).collect(Collectors.toCollection(TreeSet::new)),
                decisions,
                label);
        if (r.resolved()) {
            assertEquals(r.commune(), r.codeInsee(), "the published code is the linked commune's: " + label);
        }
    }

    /** Rules that say how the commune was chosen (normalisation rules of each value are tested elsewhere). */
    private static boolean decision(String rule) {
        return rule.startsWith("code_insee.")
                || rule.equals("code_postal.autre-commune")
                || rule.equals("commune.autre-commune");
    }

    private static String value(Cleaned<String> c) {
        return c.value();
    }
}
