package org.mednumlod.converters;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.mednumlod.converters.internal.Place;
import org.mednumlod.converters.map.RecordMapping;
import org.mednumlod.converters.rdf.PlaceRdf;
import org.mednumlod.converters.read.RecordReader;
import org.mednumlod.shapes.PlaceReport;
import org.mednumlod.shapes.Validation;
import org.mednumlod.shapes.ValidationResult;

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
    /** Validation threads beside the reading thread. */
    private static final int THREADS = 2;

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
        return source.mapping() != null
                && source.identity().isEmpty()
                && !RecordMapping.open(source.mapping(), null, null).mapsId();
    }

    /**
     * Runs the conversion: writes the source and its converted places to {@code out} (quads; no start/finish)
     * and tells {@code each} what happened to every record.
     */
    public Summary run(StreamRDF out, Consumer<Outcome> each) throws IOException {
        RecordMapping mapping = RecordMapping.open(source.mapping(), source.rules(), source.version());
        String fileName = source.file().getFileName().toString();
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        PlaceRdf rdf = new PlaceRdf(baseUri, source, now, out);
        Tally tally = new Tally(source);
        Validation validation = validation();
        try (RecordReader in = RecordReader.open(source.file(), source.arrayKey())) {
            String format = in.describe();
            rdf.writeSource(fileName);
            ConvertedRecords records = new ConvertedRecords(source, mode, in, mapping, rdf, fileName, o -> {
                tally.quarantined(o);
                each.accept(o);
            });
            validation.validateAll(
                    records.stream(),
                    THREADS,
                    (input, report) -> each.accept(publish(records.claim(input), report, rdf, out, validation, tally)));
            return tally.summary(format, mapping, records.seenColumns());
        }
    }

    /** Decides the fate of one converted record with its validation report, writes it if published, counts it. */
    private Outcome publish(
            ConvertedRecords.Converted c,
            PlaceReport report,
            PlaceRdf rdf,
            StreamRDF out,
            Validation validation,
            Tally tally) {
        Place place = c.place();
        List<Finding> findings = new ArrayList<>(place.findings());
        boolean quarantined = false;
        if (mode == Mode.PUBLICATION) {
            quarantined = place.quarantined() || !report.publishable();
            if (!report.publishable() && !place.quarantined()) {
                for (ValidationResult r : report.blockingResults()) {
                    findings.add(Finding.quarantine(
                            r.field(), r.value(), r.rule(), r.messageFr() + " : fiche mise en quarantaine"));
                }
            }
        }
        String uri = place.localId() == null && place.contentKey() == null
                ? null
                : rdf.recordNode(place).getURI();
        Outcome o = new Outcome(source, place.row(), place.localId(), uri, quarantined, findings, report);
        if (quarantined) {
            tally.quarantined(o);
            return o;
        }
        c.graph().find().forEachRemaining(t -> out.quad(Quad.create(rdf.graph(), t)));
        if (mode == Mode.PUBLICATION) {
            validation.writeQualityAnnotations(report, rdf.graph(), out);
        }
        tally.converted(o, place);
        return o;
    }

    /** One validation for every conversion of this JVM (parsing the shapes takes a second; it is thread-safe). */
    private Validation validation() {
        return validation != null ? validation : SharedValidation.INSTANCE;
    }

    private static final class SharedValidation {
        static final Validation INSTANCE = Validation.create();
    }
}
