package org.mednumlod.converters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.riot.system.StreamRDF;
import org.mednumlod.converters.NationalSchemaMapping.Version;

/**
 * Converts one source file into places, streamed as quads: read → map (national schema of any version, or a
 * mednum-cli mapping file) → clean → RDF. Every record read ends converted or quarantined with its reasons.
 *
 * <pre>
 * Conversion.Summary s = Conversion.of(source).baseUri("http://localhost:8080")
 *         .mode(Conversion.Mode.PUBLICATION).run(streamRDF, outcome -> report.add(outcome));
 * assert s.read() == s.converted() + s.quarantined();
 * </pre>
 */
public final class Conversion {
    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How values are treated; see docs/place-model.md. */
    public enum Mode {
        /** As declared, typed but never changed: what a producer's validation report needs. */
        STRICT,
        /** Cleaned, each fix recorded; a record without id, name or resolvable commune is quarantined. */
        PUBLICATION
    }

    /**
     * A configured source.
     *
     * @param name     the source's stable name ({@code [a-z0-9-]}), part of every place URI of the source
     * @param file     the data file
     * @param mapping  a mednum-cli mapping file, or null when the file is in the national schema
     * @param version  the national-schema version to assume ({@code 1.0}, {@code 0.1}, {@code pre-0.1},
     *                 {@code hybride}), or null to detect it from the columns
     * @param arrayKey for a JSON object holding several arrays, the key of the records' array (null: detect)
     * @param identity source columns whose values, joined with {@code .}, identify a record within the source
     *                 when its {@code id} alone does not (a file merging several sub-sources whose ids overlap)
     */
    public record Source(String name, Path file, Path mapping, String version, String arrayKey, String title,
                         String producer, String licence, List<String> identity) {
        /** Without identity columns: a record is identified by its {@code id} (or its position). */
        public Source(String name, Path file, Path mapping, String version, String arrayKey, String title,
                      String producer, String licence) {
            this(name, file, mapping, version, arrayKey, title, producer, licence, List.of());
        }

        public Source {
            identity = identity == null ? List.of() : List.copyOf(identity);
            Objects.requireNonNull(file, "fichier");
            if (name == null || !SOURCE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("nom de source invalide « " + name + " » : [a-z0-9-] attendus");
            }
            title = title == null ? name : title;
        }

        /** A national-schema file, version detected, named after nothing but what the caller gives. */
        public static Source nationalSchema(String name, Path file) {
            return new Source(name, file, null, null, null, null, null, null);
        }
    }

    /** What happened to one record. {@code placeUri} is null for a record without identity. */
    public record Outcome(Source source, long row, String localId, String placeUri, boolean quarantined,
                          List<Finding> findings) {
    }

    /**
     * Counts for one source. Invariant: {@code read == converted + quarantined}.
     *
     * @param format          the file format read
     * @param version         the schema version detected (national-schema files), or the mapping used
     * @param fixes           number of findings by rule (fixes and values dropped)
     * @param quarantineRules number of quarantined records by first reason
     * @param ignoredColumns  columns of the data that no field takes
     * @param missingColumns  columns a mapping names that the data lacks (read as empty)
     */
    public record Summary(Source source, String format, String version, long read, long converted, long quarantined,
                          Map<String, Integer> fixes, Map<String, Integer> quarantineRules,
                          Set<String> ignoredColumns, Set<String> missingColumns) {
    }

    private final Source source;
    private String baseUri = "http://localhost:8080";
    private Mode mode = Mode.PUBLICATION;
    private Clock clock = Clock.systemUTC();

    private Conversion(Source source) {
        this.source = source;
    }

    public static Conversion of(Source source) {
        return new Conversion(source);
    }

    public Conversion baseUri(String baseUri) {
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        return this;
    }

    public Conversion mode(Mode mode) {
        this.mode = mode;
        return this;
    }

    public Conversion clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * Runs the conversion: writes the source and its converted places to {@code out} (quads; no start/finish)
     * and tells {@code each} what happened to every record.
     */
    public Summary run(StreamRDF out, Consumer<Outcome> each) throws IOException {
        CliConfigMapping mapping = source.mapping() == null ? null : CliConfigMapping.read(source.mapping());
        String fileName = source.file().getFileName().toString();
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        PlaceRdf rdf = new PlaceRdf(baseUri, source, now, out);
        Counts counts = new Counts();
        Set<String> seenColumns = new LinkedHashSet<>();
        Set<String> seenIds = new java.util.HashSet<>();
        Version version = null;
        PlaceBuilder builder = null;
        String format;
        try (RecordReader in = RecordReader.open(source.file(), source.arrayKey())) {
            format = in.describe();
            rdf.writeSource(fileName);
            while (true) {
                RawRecord r;
                try {
                    if (!in.hasNext()) {
                        break;
                    }
                    r = in.next();
                } catch (RecordReader.Unreadable e) {
                    counts.quarantine(each, new Outcome(source, e.row(), null, null, true, List.of(Finding.quarantine(
                            "(fiche)", null, "lecture.illisible", e.getMessage()))));
                    if (e.row() == 0) {
                        break;
                    }
                    continue;
                }
                seenColumns.addAll(r.fields().keySet());
                if (builder == null) {
                    version = source.version() != null ? Version.parse(source.version())
                            : mapping != null ? Version.HYBRID : NationalSchemaMapping.detect(r.fields().keySet());
                    builder = new PlaceBuilder(mode, version);
                }
                SchemaRecord rec = mapping != null ? mapping.apply(r) : new NationalSchemaMapping().apply(r);
                String defaultId = mapping != null ? Long.toString(r.row()) : null;
                PlaceBuilder.Place place = builder.build(rec, defaultId);
                if (!source.identity().isEmpty() && place.localId() != null) {
                    List<String> parts = new ArrayList<>();
                    source.identity().forEach(c -> parts.add(r.get(c).strip()));
                    if (parts.stream().noneMatch(String::isEmpty)) {
                        place = new PlaceBuilder.Place(String.join(".", parts), place.row(), place.values(),
                                place.latitude(), place.longitude(), place.commune(), place.findings());
                    }
                }
                String uri = place.localId() == null ? null : rdf.placeUri(place.localId());
                if (mode == Mode.PUBLICATION && place.localId() != null && !seenIds.add(place.localId())) {
                    List<Finding> f = new ArrayList<>(place.findings());
                    f.add(Finding.quarantine("id", place.localId(), "publication.id-en-double", "L'id « "
                            + place.localId() + " » est déjà celui d'une fiche précédente de la source : fiche mise en quarantaine"));
                    place = new PlaceBuilder.Place(place.localId(), place.row(), place.values(), place.latitude(),
                            place.longitude(), place.commune(), f);
                }
                boolean quarantined = mode == Mode.PUBLICATION && place.quarantined();
                if (!quarantined) {
                    rdf.write(place, fileName);
                    counts.converted++;
                }
                Outcome o = new Outcome(source, r.row(), place.localId(), uri, quarantined, place.findings());
                if (quarantined) {
                    counts.quarantine(each, o);
                } else {
                    counts.count(o);
                    each.accept(o);
                }
            }
        }
        Set<String> ignored = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        if (mapping != null) {
            mapping.columns().forEach(c -> {
                if (!seenColumns.contains(c)) {
                    missing.add(c);
                }
            });
        } else {
            seenColumns.forEach(c -> {
                String col = c.startsWith("properties.") ? c.substring("properties.".length()) : c;
                if (!col.contains(".") && Fields.get().resolve(col).isEmpty() && !col.equals("horaires")) {
                    ignored.add(c);
                }
            });
        }
        String describedVersion = mapping != null ? "correspondance " + source.mapping().getFileName()
                : version == null ? "(aucune fiche)" : version.label();
        return new Summary(source, format, describedVersion, counts.read(), counts.converted, counts.quarantined,
                Collections.unmodifiableMap(counts.fixes), Collections.unmodifiableMap(counts.quarantineRules),
                ignored, missing);
    }

    /** Reads a sources file (JSON: {@code {"sources": [{"nom", "fichier", "correspondance"?, …}]}}); paths are relative to it. */
    public static List<Source> readSources(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        Path dir = file.toAbsolutePath().getParent();
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            sources.add(new Source(s.path("nom").asText(null), dir.resolve(s.path("fichier").asText()),
                    s.hasNonNull("correspondance") ? dir.resolve(s.get("correspondance").asText()) : null,
                    s.path("version").asText(null), s.path("tableau").asText(null), s.path("titre").asText(null),
                    s.path("producteur").asText(null), s.path("licence").asText(null), strings(s.path("identifiant"))));
        }
        return sources;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static final class Counts {
        long converted;
        long quarantined;
        final Map<String, Integer> fixes = new TreeMap<>();
        final Map<String, Integer> quarantineRules = new TreeMap<>();

        long read() {
            return converted + quarantined;
        }

        void count(Outcome o) {
            for (Finding f : o.findings()) {
                if (f.kind() != Finding.Kind.QUARANTINE) {
                    fixes.merge(f.rule(), 1, Integer::sum);
                }
            }
        }

        void quarantine(Consumer<Outcome> each, Outcome o) {
            quarantined++;
            count(o);
            o.findings().stream().filter(f -> f.kind() == Finding.Kind.QUARANTINE).findFirst()
                    .ifPresent(f -> quarantineRules.merge(f.rule(), 1, Integer::sum));
            each.accept(o);
        }
    }
}
