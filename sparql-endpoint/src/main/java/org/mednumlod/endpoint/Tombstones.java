package org.mednumlod.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.mednumlod.ontology.Identifiers;

/**
 * Place URIs are forever: a place published once and absent from a later release keeps answering, with a
 * tombstone (410 Gone) rather than a 404. Each release keeps beside its database the list of its places
 * ({@code lieux.tsv}: URI, name, source graph) and its tombstones ({@code tombstones.nt}); a publish compares the
 * served release's list with its own, carries the earlier tombstones forward (dropping those whose place is back)
 * and writes the tombstone graph: {@code prov:invalidatedAtTime} (when it was first missing), {@code rdfs:label}
 * (its last name), {@code prov:wasDerivedFrom} (its last source). A place merged into another ({@link Fusion}'s
 * redirects, carried forward there) gets {@code dcterms:isReplacedBy} (301) instead.
 */
final class Tombstones {
    static final String PLACES = "lieux.tsv";
    static final String TOMBSTONES = "tombstones.nt";
    private static final Node INVALIDATED = NodeFactory.createURI("http://www.w3.org/ns/prov#invalidatedAtTime");
    private static final Node REPLACED_BY = NodeFactory.createURI("http://purl.org/dc/terms/isReplacedBy");
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private record Place(String uri, String name, String graph) {
    }

    private Tombstones() {
    }

    /**
     * Writes {@code lieux.tsv} and {@code tombstones.nt} into {@code release} and the tombstone graph into
     * {@code dsg}, from the places now in {@code dsg} and those of {@code previous} (the served release's folder).
     */
    static void write(DatasetGraph dsg, Node graph, String base, Path release, Optional<Path> previous,
                      Map<String, String> redirects, Instant now, Consumer<String> progress) {
        write(dsg, graph, base, release, previous, redirects, Map.of(), now, progress);
    }

    /**
     * Same, with {@code renamedRecords}: record keys that answer 301 to another record key (the row keys of a source
     * without ids, {@link ContentKeys#RENAMED}), written as {@code dcterms:isReplacedBy} between record IRIs.
     */
    static void write(DatasetGraph dsg, Node graph, String base, Path release, Optional<Path> previous,
                      Map<String, String> redirects, Map<String, String> renamedRecords, Instant now,
                      Consumer<String> progress) {
        Dataset ds = DatasetFactory.wrap(dsg);
        List<Place> places = Txn.calculateRead(ds, () -> {
            List<Place> all = new ArrayList<>();
            for (QuerySolution r : ReleaseQueries.select(ds, "tombstones-places")) {
                all.add(new Place(r.getResource("place").getURI(),
                        r.contains("name") ? r.getLiteral("name").getLexicalForm() : "", r.getResource("g").getURI()));
            }
            return all;
        });
        Set<String> present = new HashSet<>();
        places.forEach(p -> present.add(p.uri()));
        Graph tombstones = GraphFactory.createDefaultGraph();
        Identifiers ids = new Identifiers(base);
        for (Map.Entry<String, String> r : redirects.entrySet()) { // merged into another place: 301, not 410
            Node s = ids.place(r.getKey());
            present.add(s.getURI());
            tombstones.add(Triple.create(s, REPLACED_BY, ids.place(r.getValue())));
        }
        for (Map.Entry<String, String> r : renamedRecords.entrySet()) {
            if (Identifiers.isKey(r.getKey()) && Identifiers.isKey(r.getValue())) {
                tombstones.add(Triple.create(ids.record(r.getKey()), REPLACED_BY, ids.record(r.getValue())));
            }
        }
        int carried = 0;
        int withdrawn = 0;
        if (previous.isPresent()) {
            Graph earlier = readTombstones(previous.get().resolve(TOMBSTONES));
            for (Triple t : earlier.find().toList()) {
                if (!present.contains(t.getSubject().getURI()) && !REPLACED_BY.equals(t.getPredicate())) {
                    tombstones.add(t);
                }
            }
            carried = (int) tombstones.find(Node.ANY, INVALIDATED, Node.ANY).toList().size();
            Node when = NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime);
            for (Place p : readPlaces(previous.get().resolve(PLACES)).values()) {
                if (!present.contains(p.uri())) {
                    Node s = NodeFactory.createURI(p.uri());
                    tombstones.add(Triple.create(s, INVALIDATED, when));
                    tombstones.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(p.name(), "fr")));
                    tombstones.add(Triple.create(s, DERIVED_FROM, NodeFactory.createURI(p.graph())));
                    withdrawn++;
                }
            }
        }
        writePlaces(release.resolve(PLACES), places);
        try (OutputStream out = Files.newOutputStream(release.resolve(TOMBSTONES))) {
            RDFDataMgr.write(out, tombstones, Lang.NTRIPLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Txn.executeWrite(ds, () -> tombstones.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(),
                t.getPredicate(), t.getObject())));
        progress.accept(String.format(Locale.FRANCE, "Lieux retirés : %d depuis la version servie, %d plus anciens "
                + "(chaque URI retirée répond 410 avec sa pierre tombale)", withdrawn, carried));
    }

    private static Graph readTombstones(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                RDFDataMgr.read(g, in, Lang.NTRIPLES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }

    /** The URIs of the places a release listed beside it ({@code lieux.tsv}), in its order; none if it has no list. */
    static java.util.Collection<String> placeUris(Path release) {
        return readPlaces(release.resolve(PLACES)).keySet();
    }

    private static Map<String, Place> readPlaces(Path file) {
        Map<String, Place> places = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return places;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 3) {
                    places.put(f[0], new Place(f[0], unescape(f[1]), f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return places;
    }

    private static void writePlaces(Path file, List<Place> places) {
        StringBuilder text = new StringBuilder();
        for (Place p : places) {
            text.append(p.uri()).append('\t').append(escape(p.name())).append('\t').append(p.graph()).append('\n');
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names may hold tabs or line breaks: escaped so that a line stays one place. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
