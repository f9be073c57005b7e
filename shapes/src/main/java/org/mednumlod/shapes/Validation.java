package org.mednumlod.shapes;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Reference;
import org.mednumlod.ontology.Territories;

/**
 * Validates places against the rules of national schema 1.0.1, the quality checks and the publication gate.
 * Create one instance and share it: the shapes are parsed once and validation is thread-safe.
 *
 * <pre>
 * Validation validation = Validation.create();
 * PlaceReport report = validation.validate(placeGraph, placeNode);       // one place
 * report.conforms();      // no violation of schema 1.0.1
 * report.publishable();   // id, name, current commune, no personal data
 *
 * try (ReportWriter html = Validation.htmlReport(out, "Fichier de la source angers")) {
 *     validation.validateAll(places, 2, (in, r) -&gt; html.write(r));    // a stream, 2 threads: also checks id uniqueness
 * }
 * validation.writeQualityAnnotations(report, streamRdf);                 // findings of a published place, DQV
 * </pre>
 *
 * A place is its triples (docs/place-model.md) in a graph that may hold more: only the triples of the place
 * node are read, plus the types of the resources it links to. The graph is never modified.
 */
public final class Validation {
    private static final Node WARM_UP = NodeFactory.createURI("urn:x-mednum-lod:validation:warm-up");

    private final RuleCatalog catalog;
    private final ReferenceGraph reference;
    private final ShaclStep conformance;
    private final ShaclStep publication;
    private final JavaChecks checks;
    private final Comparator<ValidationResult> order;

    private Validation(Clock clock, Territories territories) {
        catalog = new RuleCatalog();
        reference = new ReferenceGraph(Reference.codeLists(), catalog.fields(), territories);
        conformance = new ShaclStep(catalog.conformanceShapes(), catalog, reference);
        publication = new ShaclStep(catalog.publicationShapes(), catalog, reference);
        checks = new JavaChecks(catalog, reference, territories, clock);
        SchemaFields fields = catalog.fields();
        order = Comparator.comparing(ValidationResult::severity)
                .thenComparingInt(r -> fields.rank(r.field()))
                .thenComparing(ValidationResult::field)
                .thenComparing(ValidationResult::rule)
                .thenComparing(ValidationResult::value);
        warmUp();
    }

    /** A validation whose date checks use the system clock (dates are compared in Europe/Paris). */
    public static Validation create() {
        return create(Clock.systemUTC());
    }

    /** A validation whose date checks ({@code date_maj} in the future or too old) use this clock. */
    public static Validation create(Clock clock) {
        return new Validation(clock, Reference.territories());
    }

    /** Validates one place; its record is read from its provenance triples ({@link PlaceInput#of}). */
    public PlaceReport validate(Graph graph, Node place) {
        return validate(PlaceInput.of(graph, place));
    }

    /** Validates one place held in a model. */
    public PlaceReport validate(Model model, Resource place) {
        return validate(model.getGraph(), place.asNode());
    }

    /**
     * Validates one place. Uniqueness of {@code id} within a source needs the other places: it is checked by
     * {@link #validateAll}, not here.
     */
    public PlaceReport validate(PlaceInput input) {
        Node place = input.place();
        Graph data = reference.augment(input.graph(), place);
        List<ValidationResult> results = new ArrayList<>();
        conformance.run(data, place, results);
        checks.run(new PlaceFacts(data, place), new Findings(catalog, reference, place, results));
        publication.run(data, place, results);
        return report(input.record(), place, results);
    }

    /**
     * Validates a stream of places in the calling thread and hands each report to the sink, in the stream's order.
     * Also checks that {@code id} is unique within each source: the first record with an id is accepted, the later
     * ones get a violation naming the first one's row, which also keeps them from being published.
     */
    public void validateAll(Stream<PlaceInput> places, BiConsumer<PlaceInput, PlaceReport> sink) {
        validateAll(places, 1, sink);
    }

    /**
     * Same as {@link #validateAll(Stream, BiConsumer)} with {@code threads} validation threads. The stream is read
     * in the calling thread, at most {@code 32 × threads} places are in flight (memory stays bounded), and the sink
     * is called in the stream's order, from the calling thread, one report at a time.
     */
    public void validateAll(Stream<PlaceInput> places, int threads, BiConsumer<PlaceInput, PlaceReport> sink) {
        IdRegistry ids = new IdRegistry();
        BiConsumer<PlaceInput, PlaceReport> ordered = (in, report) -> sink.accept(in, checkUnique(ids, in, report));
        Iterator<PlaceInput> it = places.iterator();
        if (threads <= 1) {
            it.forEachRemaining(in -> ordered.accept(in, validate(in)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "validation");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<PlaceReport>> inFlight = new ArrayDeque<>();
        Deque<PlaceInput> inputs = new ArrayDeque<>();
        try {
            while (it.hasNext()) {
                PlaceInput in = it.next();
                inputs.add(in);
                inFlight.add(pool.submit(() -> validate(in)));
                if (inFlight.size() >= 32 * threads) {
                    ordered.accept(inputs.poll(), result(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                ordered.accept(inputs.poll(), result(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static PlaceReport result(Future<PlaceReport> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrompue", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Writes the findings of a place as DQV quality annotations ({@code {place}#constat-{n}}) and its
     * conformance as a DQV measurement ({@code {place}#conformite}), as triples.
     */
    public void writeQualityAnnotations(PlaceReport report, StreamRDF out) {
        QualityAnnotations.write(report, null, out);
    }

    /** Same as {@link #writeQualityAnnotations(PlaceReport, StreamRDF)}, as quads of the given graph. */
    public void writeQualityAnnotations(PlaceReport report, Node graph, StreamRDF out) {
        QualityAnnotations.write(report, graph, out);
    }

    /** A CSV producer report: one row per finding. */
    public static ReportWriter csvReport(OutputStream out) {
        return new CsvReport(out);
    }

    /** A self-contained HTML producer report: a summary by field, then every finding. */
    public static ReportWriter htmlReport(OutputStream out, String title) {
        return new HtmlReport(out, title);
    }

    /** A SHACL validation report ({@code sh:ValidationReport}) in Turtle. */
    public static ReportWriter rdfReport(OutputStream out) {
        return rdfReport(out, RDFFormat.TURTLE_BLOCKS);
    }

    /** A SHACL validation report in a streaming RDF format (Turtle, N-Triples, TriG, N-Quads). */
    public static ReportWriter rdfReport(OutputStream out, RDFFormat format) {
        return new RdfReport(out, format);
    }

    private PlaceReport checkUnique(IdRegistry ids, PlaceInput in, PlaceReport report) {
        List<ValidationResult> added = new ArrayList<>();
        Findings findings = new Findings(catalog, reference, in.place(), added);
        // The record's identity within its source (what its URI is built from) when the caller gives one (e.g. the
        // data·inclusion sub-source + id), else its `id` values.
        List<String> keys = in.record().recordId() != null
                ? List.of(in.record().recordId())
                : in.graph().find(in.place(), MNL.id.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
                        .filter(Node::isLiteral)
                        .map(Node::getLiteralLexicalForm)
                        .toList();
        keys.forEach(id -> {
            long first = ids.firstRow(in.record().source(), id, in.record().row());
            if (first >= 0) {
                findings.add(
                        JavaChecks.ID_UNIQUE,
                        NodeFactory.createLiteralString(id),
                        Map.of("ligne", Long.toString(first)));
            }
        });
        if (added.isEmpty()) {
            return report;
        }
        added.addAll(report.results());
        return report(report.record(), report.place(), added);
    }

    private PlaceReport report(RecordRef record, Node place, List<ValidationResult> results) {
        results.sort(order);
        boolean conforms = results.stream()
                .noneMatch(r -> r.severity() == Severity.VIOLATION && !catalog.isPublicationGate(r.rule()));
        boolean publishable = results.stream().noneMatch(ValidationResult::blocksPublication);
        return new PlaceReport(record, place, conforms, publishable, results);
    }

    /** Runs every rule once before the instance is shared, so that lazy state is built on one thread. */
    private void warmUp() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(WARM_UP, RDF.type.asNode(), MNL.LieuMediationNumerique.asNode()));
        g.add(Triple.create(WARM_UP, MNL.horaires.asNode(), NodeFactory.createLiteralString("Mo-Fr 09:00-12:00")));
        validate(new PlaceInput(new RecordRef("", "", 0), g, WARM_UP));
    }
}
