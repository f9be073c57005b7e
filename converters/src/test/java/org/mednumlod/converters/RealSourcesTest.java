package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.converters.read.RecordReader;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Reference;

/**
 * Every real source of {@code ../shared/data/real} (when that folder exists): the 23 mednum-cli configs run
 * unchanged on their data, the project's own mappings ({@code data/mappings/}, resolved against the project root)
 * for source files that have none, and the files already in the national schema. For each: read = converted +
 * quarantined, with read counted independently of the converter; each source at least its own share converted
 * ({@code real-sources-floors.tsv}, beside {@code real-sources.json}); overall at least 95 % converted and at least
 * 99 % of converted places linked to a current commune.
 */
public class RealSourcesTest {
    static final Path REAL = findShared();
    /** The project root: the parent of the converters module, Maven's working directory for its tests. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

    private static final Map<String, long[]> TOTALS = new TreeMap<>();
    /** Source name → minimum share converted, in %; {@code *} for a source without its own line. */
    private static final Map<String, Double> FLOORS = floors();

    static Map<String, Double> floors() {
        Map<String, Double> floors = new TreeMap<>();
        try (var in = RealSourcesTest.class.getResourceAsStream("/real-sources-floors.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    floors.put(cells[0].strip(), Double.parseDouble(cells[1].strip()));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return floors;
    }

    static Path findShared() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/data/real").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public static List<Source> sources() throws IOException {
        if (REAL == null) {
            return List.of();
        }
        Path list = Files.createTempDirectory("real").resolve("sources.json");
        try (var in = RealSourcesTest.class.getResourceAsStream("/real-sources.json")) {
            Files.copy(in, list);
        }
        List<Source> out = new ArrayList<>();
        for (Source s : SourcesFile.read(list)) {
            Path file = REAL.resolve(list.getParent().relativize(s.file()));
            Path rel = s.mapping() == null ? null : list.getParent().relativize(s.mapping());
            Path mapping = rel == null ? null : (rel.startsWith("data") ? PROJECT : REAL).resolve(rel);
            Path rules =
                    s.rules() == null ? null : PROJECT.resolve(list.getParent().relativize(s.rules()));
            out.add(Source.builder(s.name(), file)
                    .mapping(mapping)
                    .version(s.version())
                    .arrayKey(s.arrayKey())
                    .title(s.title())
                    .producer(s.producer())
                    .identity(s.identity())
                    .rules(rules)
                    .build());
        }
        return out;
    }

    @BeforeAll
    static void needsSharedData() {
        assumeTrue(REAL != null, "../shared/data/real absent: real-data test skipped");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void convertsEveryRecordOrQuarantinesIt(Source source) throws Exception {
        long[] linked = {0};
        long[] places = {0};
        Node situe = MNL.situeDansCommune.asNode();
        Summary s = Conversion.of(source)
                .run(
                        new StreamRDFBase() {
                            @Override
                            public void quad(Quad q) {
                                if (q.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode())
                                        && q.getObject().equals(MNL.FicheLieu.asNode())) {
                                    places[0]++;
                                }
                                if (q.getPredicate().equals(situe)) {
                                    String code = q.getObject()
                                            .getURI()
                                            .substring(q.getObject().getURI().lastIndexOf('/') + 1);
                                    if (Reference.territories().commune(code).isPresent()) {
                                        linked[0]++;
                                    }
                                }
                            }
                        },
                        o -> {});
        assertEquals(countRecords(source.file()), s.read(), "records read, counted independently");
        assertEquals(s.read(), s.converted() + s.quarantined(), "read = converted + quarantined");
        assertEquals(s.converted(), places[0], "one place per converted record");
        Fidelity f = s.fidelity();
        assertEquals(s.converted(), f.places());
        assertEquals(f.places(), f.sourceFilled(), "every place has a source (the record's, else the producer)");
        assertEquals(f.linked(), f.communeOfficial(), "every linked place is named after its COG commune");
        synchronized (TOTALS) {
            TOTALS.put(source.name(), new long[] {s.read(), s.converted(), s.quarantined(), linked[0]});
        }
        System.out.printf(
                "%-38s lus %5d  convertis %5d  quarantaine %4d  liés %5d  source %5d  commune COG %5d  %s%n",
                source.name(),
                s.read(),
                s.converted(),
                s.quarantined(),
                linked[0],
                f.sourceFilled(),
                f.communeOfficial(),
                s.quarantineRules());
        double floor = FLOORS.getOrDefault(source.name(), FLOORS.get("*"));
        double rate = s.read() == 0 ? 100 : 100.0 * s.converted() / s.read();
        assertTrue(
                rate >= floor,
                String.format(
                        java.util.Locale.ROOT,
                        "source « %s » : %.2f %% des fiches converties "
                                + "(%d / %d), sous son plancher de %.1f %% (real-sources-floors.tsv) ; quarantaine : %s",
                        source.name(),
                        rate,
                        s.converted(),
                        s.read(),
                        floor,
                        s.quarantineRules()));
    }

    @AfterAll
    static void overall() {
        if (TOTALS.isEmpty()) {
            return;
        }
        long read = TOTALS.values().stream().mapToLong(t -> t[0]).sum();
        long converted = TOTALS.values().stream().mapToLong(t -> t[1]).sum();
        long linked = TOTALS.values().stream().mapToLong(t -> t[3]).sum();
        System.out.printf(
                "TOTAL %d sources: lus %d, convertis %d (%.1f %%), liés à une commune %d (%.1f %%)%n",
                TOTALS.size(), read, converted, 100.0 * converted / read, linked, 100.0 * linked / converted);
        assertTrue(converted >= 0.95 * read, "at least 95 % converted: " + converted + " / " + read);
        assertTrue(linked >= 0.99 * converted, "at least 99 % linked: " + linked + " / " + converted);
    }

    /** Records of a file counted with a plain parser: array elements (JSON) or data rows (CSV). */
    static long countRecords(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            var node = new tools.jackson.databind.ObjectMapper().readTree(file.toFile());
            return node.isArray() ? node.size() : node.path("features").size();
        }
        boolean utf8 = RecordReader.readsAsUtf8(file);
        String first = Files.readAllLines(
                        file,
                        utf8
                                ? java.nio.charset.StandardCharsets.UTF_8
                                : java.nio.charset.Charset.forName("windows-1252"))
                .get(0);
        char delimiter = first.chars().filter(c -> c == ';').count()
                        > first.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        try (Reader r = Files.newBufferedReader(
                file,
                utf8 ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("windows-1252"))) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .stream()
                    .count();
        }
    }
}
