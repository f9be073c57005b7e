package org.mednumlod.converters;

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
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.shapes.PlaceInput;
import org.mednumlod.shapes.PlaceReport;
import org.mednumlod.shapes.RecordRef;
import org.mednumlod.shapes.Validation;
import org.mednumlod.shapes.ValidationResult;
import org.mednumlod.converters.NationalSchemaMapping.Version;

/**
 * Converts one source file into places, streamed as quads: read → map (national schema of any version, or a
 * mednum-cli mapping file) → clean → RDF. Every record read ends converted or quarantined with its reasons.
 *
 * <pre>
 * Summary s = Conversion.of(source).baseUri("http://localhost:8080")
 *         .mode(Mode.PUBLICATION).run(streamRDF, outcome -> report.add(outcome));
 * assert s.read() == s.converted() + s.quarantined();
 * </pre>
 */
public final class Conversion {

    private final Source source;
    private String baseUri = "http://localhost:8080";
    private Mode mode = Mode.PUBLICATION;
    private Clock clock = Clock.systemUTC();
    private Validation validation;

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

    /** The validation to use (default: one shared instance on the system clock); tests pass one on a fixed clock. */
    public Conversion validation(Validation validation) {
        this.validation = validation;
        return this;
    }

    /**
     * Whether the source's records are keyed by their content: a mapped source whose mapping has no {@code id} rule
     * and that names no identity columns (docs/deduplication.md §Sources without ids).
     */
    public boolean keysFromContent() throws IOException {
        return source.mapping() != null && source.identity().isEmpty() && !CliConfigMapping.read(source.mapping()).maps("id");
    }

    /**
     * Runs the conversion: writes the source and its converted places to {@code out} (quads; no start/finish)
     * and tells {@code each} what happened to every record.
     */
    public Summary run(StreamRDF out, Consumer<Outcome> each) throws IOException {
        CliConfigMapping mapping = source.mapping() == null ? null : CliConfigMapping.read(source.mapping());
        MappingRules rules = source.rules() == null ? null : MappingRules.read(source.rules());
        String fileName = source.file().getFileName().toString();
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        PlaceRdf rdf = new PlaceRdf(baseUri, source, now, out);
        Counts counts = new Counts();
        Validation validation = validation();
        String format;
        Records records;
        try (RecordReader in = RecordReader.open(source.file(), source.arrayKey())) {
            format = in.describe();
            rdf.writeSource(fileName);
            records = new Records(in, mapping, rules, rdf, fileName, counts, each);
            validation.validateAll(StreamSupport.stream(Spliterators.spliteratorUnknownSize(records,
                    Spliterator.ORDERED | Spliterator.NONNULL), false), THREADS, (input, report) -> {
                        Pending p = records.pending.poll();
                        publish(p, report, rdf, out, validation, counts, each);
                    });
        }
        return summary(format, mapping, rules, records, counts);
    }

    /** Validation threads beside the reading thread. */
    private static final int THREADS = 2;

    /** Decides the fate of one converted record once its validation report is known. */
    private void publish(Pending p, PlaceReport report, PlaceRdf rdf, StreamRDF out, Validation validation,
                         Counts counts, Consumer<Outcome> each) {
        List<Finding> findings = new ArrayList<>(p.place().findings());
        boolean quarantined = false;
        if (mode == Mode.PUBLICATION) {
            quarantined = p.place().quarantined() || !report.publishable();
            if (!report.publishable() && !p.place().quarantined()) {
                for (ValidationResult r : report.blockingResults()) {
                    findings.add(Finding.quarantine(r.field(), r.value(), r.rule(), r.messageFr()
                            + " : fiche mise en quarantaine"));
                }
            }
        }
        String uri = p.place().localId() == null && p.place().contentKey() == null ? null
                : rdf.recordNode(p.place()).getURI();
        Outcome o = new Outcome(source, p.place().row(), p.place().localId(), uri, quarantined, findings, report);
        if (quarantined) {
            counts.quarantine(each, o);
            return;
        }
        p.graph().find().forEachRemaining(t -> out.quad(Quad.create(rdf.graph(), t)));
        if (mode == Mode.PUBLICATION) {
            validation.writeQualityAnnotations(report, rdf.graph(), out);
        }
        counts.converted++;
        counts.fidelity(p.place());
        counts.count(o);
        each.accept(o);
    }

    private Summary summary(String format, CliConfigMapping mapping, MappingRules rules, Records records, Counts counts) {
        Set<String> ignored = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        if (rules != null) {
            rules.columns().forEach(c -> {
                if (!records.seenColumns.contains(c)) {
                    missing.add(c);
                }
            });
        }
        if (mapping != null) {
            mapping.columns().forEach(c -> {
                if (!records.seenColumns.contains(c)) {
                    missing.add(c);
                }
            });
        } else {
            records.seenColumns.forEach(c -> {
                String col = c.startsWith("properties.") ? c.substring("properties.".length()) : c;
                if (!col.contains(".") && Fields.get().resolve(col).isEmpty() && !col.equals("horaires")) {
                    ignored.add(c);
                }
            });
        }
        String describedVersion = mapping != null ? "correspondance " + source.mapping().getFileName()
                + (rules != null ? " + règles " + source.rules().getFileName() : "")
                : records.version == null ? "(aucune fiche)" : records.version.label();
        return new Summary(source, format, describedVersion, counts.read(), counts.converted, counts.quarantined,
                Collections.unmodifiableMap(counts.fixes), Collections.unmodifiableMap(counts.quarantineRules),
                ignored, missing, new Fidelity(counts.converted, counts.sourceFilled, counts.linked, counts.communeOfficial));
    }

    /** A converted record waiting for its validation report: the place and its triples. */
    private record Pending(PlaceBuilder.Place place, Graph graph) {
    }

    /**
     * Reads and converts records one at a time for the validation stream; a record that cannot be read is
     * quarantined on the spot. Runs in the calling thread, like the sink.
     */
    private final class Records implements Iterator<PlaceInput> {
        final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
        final Set<String> seenColumns = new LinkedHashSet<>();
        Version version;
        private final RecordReader in;
        private final CliConfigMapping mapping;
        private final MappingRules rules;
        private final NationalSchemaMapping national = new NationalSchemaMapping();
        private final PlaceRdf rdf;
        private final String fileName;
        private final Counts counts;
        private final Consumer<Outcome> each;
        private PlaceBuilder builder;
        private final RecordContentKeys contentKeys = new RecordContentKeys(source.name());
        private PlaceInput next;
        private boolean done;

        Records(RecordReader in, CliConfigMapping mapping, MappingRules rules, PlaceRdf rdf, String fileName,
                Counts counts, Consumer<Outcome> each) {
            this.in = in;
            this.mapping = mapping;
            this.rules = rules;
            this.rdf = rdf;
            this.fileName = fileName;
            this.counts = counts;
            this.each = each;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public PlaceInput next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            PlaceInput n = next;
            next = null;
            return n;
        }

        /** The next place to validate, or null when a record was quarantined or the file ended. */
        private PlaceInput advance() {
            RawRecord r;
            try {
                if (!in.hasNext()) {
                    done = true;
                    return null;
                }
                r = in.next();
            } catch (RecordReader.Unreadable e) {
                counts.quarantine(each, new Outcome(source, e.row(), null, null, true, List.of(Finding.quarantine(
                        "(fiche)", null, "lecture.illisible", e.getMessage())), null));
                done = e.row() == 0;
                return null;
            }
            seenColumns.addAll(r.fields().keySet());
            if (builder == null) {
                version = source.version() != null ? Version.parse(source.version())
                        : mapping != null ? Version.HYBRID : NationalSchemaMapping.detect(r.fields().keySet());
                builder = new PlaceBuilder(mode, version, source.producer() != null ? source.producer() : source.title());
            }
            SchemaRecord rec = mapping != null ? mapping.apply(r) : national.apply(r);
            if (rules != null) {
                rules.apply(r, rec);
            }
            List<Finding> withheld = mode == Mode.PUBLICATION && !source.personalContactsPublished()
                    ? PersonalDataFilter.apply(rec) : List.of();
            boolean byContent = mapping != null && source.identity().isEmpty() && !mapping.maps("id");
            PlaceBuilder.Place place = builder.build(rec, mapping != null && !byContent ? Long.toString(r.row()) : null,
                    byContent);
            if (!withheld.isEmpty()) {
                List<Finding> all = new ArrayList<>(withheld);
                all.addAll(place.findings());
                place = new PlaceBuilder.Place(place.localId(), place.row(), place.values(), place.latitude(),
                        place.longitude(), place.commune(), all, place.contentKey());
            }
            if (byContent) {
                place = contentKeys.key(place);
            }
            if (!source.identity().isEmpty() && place.localId() != null) {
                List<String> parts = new ArrayList<>();
                source.identity().forEach(c -> parts.add(r.get(c).strip()));
                if (parts.stream().noneMatch(String::isEmpty)) {
                    place = new PlaceBuilder.Place(String.join(".", parts), place.row(), place.values(),
                            place.latitude(), place.longitude(), place.commune(), place.findings(), null);
                }
            }
            Graph g = GraphFactory.createDefaultGraph();
            rdf.write(place, fileName, g);
            pending.add(new Pending(place, g));
            return new PlaceInput(new RecordRef(source.name(), place.contentKey() != null ? place.contentKey()
                    : place.localId(), r.row()), g, rdf.recordNode(place));
        }
    }

    /** One validation for every conversion of this JVM (parsing the shapes takes a second; it is thread-safe). */
    private Validation validation() {
        if (validation != null) {
            return validation;
        }
        return SharedValidation.INSTANCE;
    }

    private static final class SharedValidation {
        static final Validation INSTANCE = Validation.create();
    }

    private static final class Counts {
        long converted;
        long quarantined;
        long sourceFilled;
        long linked;
        long communeOfficial;
        final Map<String, Integer> fixes = new TreeMap<>();
        final Map<String, Integer> quarantineRules = new TreeMap<>();

        long read() {
            return converted + quarantined;
        }

        void fidelity(PlaceBuilder.Place place) {
            Fields fields = Fields.get();
            if (place.values().containsKey(fields.field("source"))) {
                sourceFilled++;
            }
            var commune = place.commune() == null ? java.util.Optional.<org.mednumlod.ontology.Territories.Commune>empty()
                    : org.mednumlod.ontology.Reference.territories().commune(place.commune());
            if (commune.isPresent()) {
                linked++;
                List<org.apache.jena.graph.Node> names = place.values().get(fields.field("commune"));
                if (names != null && names.size() == 1 && names.get(0).getLiteralLexicalForm().equals(commune.get().nom())) {
                    communeOfficial++;
                }
            }
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
