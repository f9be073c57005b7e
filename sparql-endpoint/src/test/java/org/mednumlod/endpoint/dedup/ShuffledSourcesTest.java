package org.mednumlod.endpoint.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.converters.Conversion;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.SourcesFile;
import org.mednumlod.endpoint.release.Releases;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14's shuffle test on every real source without ids ({@code ../shared/data/real}; skipped without it): the
 * source published, then its rows shuffled with one non-identifying field (telephone, else e-mail, website,
 * description or SIRET) changed in 10 % of them and published again, then one name slightly misspelt and published
 * again. Each publish keys the records as {@link Releases} does ({@link IdlessSource}, {@link ContentKeys} against
 * the records before). Must hold: no key names another record of the first file, no key of a record still there is
 * lost (a new 410), the misspelt record keeps its key, and the row keys of earlier releases ({@code gironde.5})
 * each go to the content key of their own record. Two records with the same name, commune and street whose only
 * difference was the value the edit replaced are equally close to both earlier records afterwards: nothing can tell
 * them apart, and they are counted apart (« indiscernables »). Figures: {@code target/cles-contenu/figures.md}.
 */
class ShuffledSourcesTest {
    private static final Path REAL = findShared();
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final Identifiers IDS = new Identifiers("http://example.org");
    private static final Matcher MATCHER = new Matcher(MatchSettings.load());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EDITABLE =
            List.of("telephone", "courriels", "site_web", "presentation_resume", "presentation_detail", "pivot");
    private static final Map<String, String> FIGURES = new TreeMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsSharedData() {
        assumeTrue(REAL != null, "../shared/data/real absent: shuffle test skipped");
    }

    static Path findShared() {
        Path d = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && d != null; i++, d = d.getParent()) {
            Path candidate = d.resolve("../shared/data/real").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The real sources (as the converters' real-data test lists them) whose records have no id. */
    static List<Source> sources() throws IOException {
        if (REAL == null) {
            return List.of();
        }
        Path list = Files.createTempDirectory("real").resolve("sources.json");
        Files.copy(PROJECT.resolve("converters/src/test/resources/real-sources.json"), list);
        List<Source> out = new ArrayList<>();
        for (Source s : SourcesFile.read(list)) {
            Path file = REAL.resolve(list.getParent().relativize(s.file()));
            Path rel = s.mapping() == null ? null : list.getParent().relativize(s.mapping());
            Path mapping = rel == null ? null : (rel.startsWith("data") ? PROJECT : REAL).resolve(rel);
            Source source = Source.builder(s.name(), file)
                    .mapping(mapping)
                    .version(s.version())
                    .arrayKey(s.arrayKey())
                    .title(s.title())
                    .identity(s.identity())
                    .build();
            if (Conversion.of(source).keysFromContent()) {
                out.add(source);
            }
        }
        return out;
    }

    /** One publish of a source: each record's key and the original row it comes from. */
    private record Run(
            List<MatchRecord> records, List<Set<String>> says, List<String> keys, List<Integer> origins, int salted) {
        Map<Integer, String> keyByOrigin() {
            Map<Integer, String> out = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                out.put(origins.get(i), keys.get(i));
            }
            return out;
        }

        Set<String> saysOf(int origin) {
            int i = origins.indexOf(origin);
            return i < 0 ? null : says.get(i);
        }

        List<MatchRecord> keyed() {
            List<MatchRecord> out = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                out.add(ContentKeysTest.withKey(records.get(i), keys.get(i)));
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void keysSurviveShufflingAndEditing(Source source) throws Exception {
        JsonNode config = JSON.readTree(source.mapping().toFile());
        Rows rows = Rows.read(source.file());
        int n = rows.size();
        List<Integer> identity = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            identity.add(i);
        }
        Run first = publish(source, source.file(), identity, null, Set.of());
        assertTrue(
                first.keys().size() > 0.5 * n,
                "most records converted: " + first.keys().size() + " / " + n);

        // Shuffled, one non-identifying field changed in 10 % of the rows.
        Random random = new Random(source.name().hashCode());
        List<Integer> order = new ArrayList<>(identity);
        Collections.shuffle(order, random);
        String field = EDITABLE.stream()
                .filter(f -> column(config, f) != null && rows.distinct(column(config, f)) > 1)
                .findFirst()
                .orElseThrow();
        String column = column(config, field);
        Rows edited = rows.reordered(order);
        int changed = 0;
        for (int i = 0; i < n && changed < Math.max(1, n / 10); i++) {
            int row = random.nextInt(n);
            String other = edited.get(random.nextInt(n), column);
            if (!other.equals(edited.get(row, column))) {
                edited.set(row, column, other);
                changed++;
            }
        }
        Path second = edited.write(dir.resolve(source.name() + "-melange" + rows.extension()));
        Run again = publish(source, second, order, first, Set.copyOf(first.keys()));
        int[] moved = compare(first, again);

        // One name slightly misspelt (a letter doubled in its longest word).
        String name = column(config, "nom");
        int target = -1;
        for (int i = 0; i < n && target < 0; i++) {
            int row = random.nextInt(n);
            if (longestWord(edited.get(row, name)).length() >= 5
                    && again.origins().contains(order.get(row))) {
                target = row;
            }
        }
        assertTrue(target >= 0, "a record to misspell");
        String before = edited.get(target, name);
        String word = longestWord(before);
        String misspelt = before.replaceFirst(
                java.util.regex.Pattern.quote(word),
                java.util.regex.Matcher.quoteReplacement(word.substring(0, 3) + word.charAt(2) + word.substring(3)));
        edited.set(target, name, misspelt);
        Path third = edited.write(dir.resolve(source.name() + "-nom" + rows.extension()));
        Set<String> used = new HashSet<>(first.keys());
        used.addAll(again.keys());
        Run renamed = publish(source, third, order, again, used);
        int[] movedByName = compare(again, renamed);
        boolean nameKept = again.keyByOrigin()
                .get(order.get(target))
                .equals(renamed.keyByOrigin().get(order.get(target)));

        // The row keys of earlier releases ({source}.{row}) each go to their own record's key.
        List<MatchRecord> byRow = new ArrayList<>();
        for (int i = 0; i < first.keys().size(); i++) {
            byRow.add(ContentKeysTest.withKey(
                    first.records().get(i),
                    source.name() + "." + (first.origins().get(i) + 1)));
        }
        ContentKeys.Outcome fromRows =
                ContentKeys.reconcile(again.records(), again.says(), byRow, first.says(), MATCHER, Set.of());
        int wrongRedirects = 0;
        int[] ambiguous = {0};
        for (int i = 0; i < again.keys().size(); i++) {
            String row = source.name() + "." + (again.origins().get(i) + 1);
            String redirect = fromRows.legacy().get(row);
            int j = fromRows.keys().indexOf(redirect);
            if (first.keyByOrigin().containsKey(again.origins().get(i))
                    && !fromRows.keys().get(i).equals(redirect)
                    && (j < 0
                            || !same(
                                    first.saysOf(again.origins().get(i)),
                                    first.saysOf(again.origins().get(j))))) {
                if (j >= 0
                        && tied(
                                again.says().get(i),
                                first.saysOf(again.origins().get(i)),
                                first.saysOf(again.origins().get(j)))) {
                    ambiguous[0]++;
                } else {
                    wrongRedirects++;
                }
            }
        }

        FIGURES.put(
                source.name(),
                String.format(
                        java.util.Locale.ROOT,
                        "| %s | %d | %d | %d | %s, %d | %d | %d | %d | %d | %s | %d | %d |",
                        source.name(),
                        n,
                        first.keys().size(),
                        first.salted(),
                        field,
                        changed,
                        moved[0],
                        moved[1],
                        moved[2],
                        moved[3],
                        nameKept ? "oui" : "NON",
                        wrongRedirects,
                        ambiguous[0]));
        assertEquals(0, moved[0], "keys that now name another record of the file");
        assertEquals(0, moved[1], "keys of records still there that are lost (new 410)");
        assertEquals(0, movedByName[0] + movedByName[1], "after the misspelling: keys moved or lost");
        assertTrue(nameKept, "the misspelt record « " + misspelt + " » keeps its key");
        assertEquals(0, wrongRedirects, "row keys redirected to another record");
    }

    /** Keys naming another original row, keys lost while their row is still converted, rows given a new key. */
    private static int[] compare(Run before, Run after) {
        Map<Integer, String> was = before.keyByOrigin();
        Map<String, Integer> ownerBefore = new HashMap<>();
        was.forEach((row, key) -> ownerBefore.put(key, row));
        Set<String> now = new HashSet<>(after.keys());
        int other = 0;
        int lost = 0;
        int fresh = 0;
        int ambiguous = 0;
        for (int i = 0; i < after.keys().size(); i++) {
            Integer owner = ownerBefore.get(after.keys().get(i));
            if (owner == null) {
                fresh++;
            } else if (!owner.equals(after.origins().get(i))
                    && !same(before.saysOf(owner), before.saysOf(after.origins().get(i)))) {
                if (tied(after.says().get(i), before.saysOf(after.origins().get(i)), before.saysOf(owner))) {
                    ambiguous++; // the edit removed all that told two records apart
                } else {
                    other++;
                }
            }
        }
        Set<Integer> stillThere = new HashSet<>(after.origins());
        for (Map.Entry<Integer, String> e : was.entrySet()) {
            if (stillThere.contains(e.getKey()) && !now.contains(e.getValue())) {
                lost++;
            }
        }
        return new int[] {other, lost, fresh, ambiguous};
    }

    /** A record now as close to the earlier record it comes from as to another one: nothing tells them apart. */
    private static boolean tied(Set<String> now, Set<String> own, Set<String> other) {
        return own != null && other != null && ContentKeys.jaccard(now, own) == ContentKeys.jaccard(now, other);
    }

    private static boolean same(Set<String> a, Set<String> b) {
        return a != null && a.equals(b);
    }

    /** Converts {@code file} as {@code source} and keys its records against {@code earlier}. */
    private static Run publish(Source source, Path file, List<Integer> order, Run earlier, Set<String> used)
            throws IOException {
        IdlessSource idless = new IdlessSource(IDS);
        Map<String, Integer> rowOf = new HashMap<>();
        StreamRDF rows = new StreamRDFWrapper(idless.sink()) {
            @Override
            public void quad(Quad q) {
                super.quad(q);
                if (q.getPredicate().equals(MNL.ligneSource.asNode())) {
                    IDS.recordKey(q.getSubject().getURI())
                            .ifPresent(k ->
                                    rowOf.put(k, Integer.parseInt(q.getObject().getLiteralLexicalForm())));
                }
            }
        };
        Source s = Source.builder(source.name(), file)
                .mapping(source.mapping())
                .version(source.version())
                .arrayKey(source.arrayKey())
                .title(source.title())
                .identity(source.identity())
                .build();
        Conversion.of(s).baseUri("http://example.org").run(rows, o -> {});
        List<MatchRecord> records = idless.features();
        List<Set<String>> says = idless.says();
        ContentKeys.Outcome o = earlier == null
                ? ContentKeys.reconcile(records, says, List.of(), List.of(), MATCHER, used)
                : ContentKeys.reconcile(records, says, earlier.keyed(), earlier.says(), MATCHER, used);
        List<Integer> origins =
                records.stream().map(r -> order.get(rowOf.get(r.key()) - 1)).toList();
        return new Run(records, says, o.keys(), origins, o.salted());
    }

    private static String column(JsonNode config, String field) {
        JsonNode c = config.path(field).path("colonne");
        return c.isString()
                ? c.asString()
                : c.isArray() && c.size() > 0 ? c.get(0).asString() : null;
    }

    private static String longestWord(String s) {
        String best = "";
        for (String w : s.split("[^\\p{L}]+")) {
            best = w.length() > best.length() ? w : best;
        }
        return best;
    }

    @AfterAll
    static void writeFigures() throws IOException {
        if (FIGURES.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder("| source | lignes | fiches | collisions | champ modifié, lignes | URI "
                + "nommant une autre fiche | nouvelles 410 | nouvelles clés | indiscernables après la modification | "
                + "nom mal orthographié : même clé | clés de rang mal redirigées | indiscernables (rangs) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        FIGURES.values().forEach(l -> out.append(l).append('\n'));
        Path file = Path.of("target/cles-contenu/figures.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
    }

    /** The rows of a JSON array of objects or of a CSV file, reordered, edited and written back in kind. */
    private static final class Rows {
        private final List<Map<String, String>> rows;
        private final List<String> header;
        private final JsonNode json;
        private final char delimiter;

        private Rows(List<Map<String, String>> rows, List<String> header, JsonNode json, char delimiter) {
            this.rows = rows;
            this.header = header;
            this.json = json;
            this.delimiter = delimiter;
        }

        static Rows read(Path file) throws IOException {
            if (file.toString().endsWith(".json")) {
                JsonNode array = JSON.readTree(file.toFile());
                List<Map<String, String>> rows = new ArrayList<>();
                for (JsonNode o : array) {
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    o.properties()
                            .forEach(e -> row.put(
                                    e.getKey(),
                                    e.getValue().isNull() ? "" : e.getValue().asString()));
                    rows.add(row);
                }
                return new Rows(rows, null, array, ',');
            }
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            char delimiter = first.chars().filter(c -> c == ';').count()
                            > first.chars().filter(c -> c == ',').count()
                    ? ';'
                    : ',';
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                List<Map<String, String>> rows = new ArrayList<>();
                var parser = CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in);
                for (CSVRecord r : parser) {
                    rows.add(new java.util.LinkedHashMap<>(r.toMap()));
                }
                return new Rows(rows, parser.getHeaderNames(), null, delimiter);
            }
        }

        int size() {
            return rows.size();
        }

        long distinct(String column) {
            return rows.stream()
                    .map(r -> r.getOrDefault(column, ""))
                    .filter(v -> !v.isBlank())
                    .distinct()
                    .count();
        }

        String extension() {
            return json != null ? ".json" : ".csv";
        }

        Rows reordered(List<Integer> order) {
            List<Map<String, String>> out = new ArrayList<>();
            order.forEach(i -> out.add(new java.util.LinkedHashMap<>(rows.get(i))));
            ArrayNode array = null;
            if (json != null) {
                array = JSON.createArrayNode();
                for (int i : order) {
                    array.add(json.get(i).deepCopy());
                }
            }
            return new Rows(out, header, array, delimiter);
        }

        String get(int row, String column) {
            return rows.get(row).getOrDefault(column, "");
        }

        void set(int row, String column, String value) {
            rows.get(row).put(column, value);
            if (json != null) {
                ((ObjectNode) json.get(row)).put(column, value);
            }
        }

        Path write(Path file) throws IOException {
            if (json != null) {
                JSON.writeValue(file.toFile(), json);
                return file;
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter p = new CSVPrinter(
                            w,
                            CSVFormat.DEFAULT
                                    .builder()
                                    .setDelimiter(delimiter)
                                    .setHeader(header.toArray(String[]::new))
                                    .get())) {
                for (Map<String, String> r : rows) {
                    List<String> cells = new ArrayList<>();
                    header.forEach(h -> cells.add(r.getOrDefault(h, "")));
                    p.printRecord(cells);
                }
            }
            return file;
        }
    }
}
