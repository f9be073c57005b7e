package org.mednumlod.converters;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mednumlod.converters.clean.PlaceBuilder;
import org.mednumlod.converters.internal.Place;
import org.mednumlod.converters.internal.RawRecord;
import org.mednumlod.converters.internal.SchemaRecord;
import org.mednumlod.converters.map.RecordMapping;
import org.mednumlod.converters.rdf.PlaceRdf;
import org.mednumlod.converters.rdf.RecordKeys;
import org.mednumlod.converters.read.RecordReader;
import org.mednumlod.shapes.PlaceInput;
import org.mednumlod.shapes.RecordRef;

/**
 * Reads and converts the records of one source one at a time, as the places to validate; a record that cannot be
 * read is quarantined on the spot. Each place handed out is kept with its conversion until the validation hands it
 * back ({@link #claim}): a report finds its record by the place it is about, whatever the order of the reports.
 * Runs in the calling thread, like the validation's sink.
 */
final class ConvertedRecords implements Iterator<PlaceInput> {

    /** A converted record and its triples, waiting for its validation report. */
    record Converted(Place place, Graph graph) {}

    private final Map<PlaceInput, Converted> inFlight = new IdentityHashMap<>();
    private final Set<String> seenColumns = new LinkedHashSet<>();
    private final Source source;
    private final Mode mode;
    private final RecordReader in;
    private final RecordMapping mapping;
    private final PlaceRdf rdf;
    private final String fileName;
    private final Consumer<Outcome> unreadable;
    private final boolean byContent;
    private final RecordKeys keys;
    private PlaceBuilder builder;
    private PlaceInput next;
    private boolean done;

    /** @param unreadable told of every record that could not be read (quarantined) */
    ConvertedRecords(
            Source source,
            Mode mode,
            RecordReader in,
            RecordMapping mapping,
            PlaceRdf rdf,
            String fileName,
            Consumer<Outcome> unreadable) {
        this.source = source;
        this.mode = mode;
        this.in = in;
        this.mapping = mapping;
        this.rdf = rdf;
        this.fileName = fileName;
        this.unreadable = unreadable;
        this.byContent = mapping.mapped() && source.identity().isEmpty() && !mapping.mapsId();
        this.keys = new RecordKeys(source.name(), source.identity(), byContent);
    }

    /** The places to validate, in file order. */
    Stream<PlaceInput> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The conversion of a place handed out, once its report is known (each place is claimed once). */
    Converted claim(PlaceInput place) {
        Converted c = inFlight.remove(place);
        if (c == null) {
            throw new IllegalStateException("place inconnue ou déjà traitée : " + place.record());
        }
        return c;
    }

    /** The columns met in the data so far. */
    Set<String> seenColumns() {
        return seenColumns;
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
            throw new NoSuchElementException();
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
            unreadable.accept(new Outcome(
                    source,
                    e.row(),
                    null,
                    null,
                    true,
                    List.of(Finding.quarantine("(fiche)", null, "lecture.illisible", e.getMessage())),
                    null));
            done = e.row() == 0;
            return null;
        }
        seenColumns.addAll(r.fields().keySet());
        SchemaRecord rec = mapping.apply(r);
        if (builder == null) {
            builder = new PlaceBuilder(
                    mode,
                    mapping.version(),
                    source.producer() != null ? source.producer() : source.title(),
                    mode == Mode.PUBLICATION && !source.personalContactsPublished());
        }
        Place place = keys.key(
                builder.build(rec, mapping.mapped() && !byContent ? Long.toString(r.row()) : null, byContent), r);
        Graph g = GraphFactory.createDefaultGraph();
        rdf.write(place, fileName, g);
        PlaceInput input = new PlaceInput(
                new RecordRef(
                        source.name(), place.contentKey() != null ? place.contentKey() : place.localId(), r.row()),
                g,
                rdf.recordNode(place));
        inFlight.put(input, new Converted(place, g));
        return input;
    }
}
