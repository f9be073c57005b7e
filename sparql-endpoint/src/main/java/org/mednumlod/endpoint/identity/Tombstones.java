package org.mednumlod.endpoint.identity;

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
import org.mednumlod.endpoint.SparqlFiles;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.PROV;

/**
 * URIs are forever (docs/uri-policy.md): a place, a source record or a source published once and absent from a
 * later release keeps answering, with a tombstone (410 Gone) rather than a 404. Each release keeps beside its
 * database the list of what it published ({@code lieux.tsv}: URI, name, graph, and for a record the place it
 * described) and its tombstones ({@code tombstones.nt}); a publish compares what every earlier release published
 * ({@link UriRegistry}: the registry beside the releases, which a rollback does not lose) with its own, carries the
 * earlier tombstones forward (dropping those whose URI is back) and writes the tombstone graph:
 * {@code prov:invalidatedAtTime} (when it was first missing), {@code rdfs:label} (its last name),
 * {@code prov:wasDerivedFrom} (its last graph), {@code mnl:lieu} (a record: the place it described). A place merged
 * into another (the deduplication's redirects) gets {@code dcterms:isReplacedBy} (301) instead; a redirect of an earlier
 * release that the served one no longer knows (published after a rollback) is kept while its target answers.
 */
public final class Tombstones {
    public static final String PLACES = "lieux.tsv";
    public static final String TOMBSTONES = "tombstones.nt";
    public static final Node INVALIDATED = PROV.invalidatedAtTime.asNode();
    public static final Node REPLACED_BY = NodeFactory.createURI("http://purl.org/dc/terms/isReplacedBy");
    static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    static final Node PLACE = MNL.lieu.asNode();

    /** A published URI: its name, the graph that held it, and for a source record the place it described (or ""). */
    record Published(String uri, String name, String graph, String place) {}

    private Tombstones() {}

    /**
     * Writes {@code lieux.tsv} and {@code tombstones.nt} into {@code release} and the tombstone graph into
     * {@code dsg}, from what is now in {@code dsg} and what {@code earlier} releases published and tombstoned.
     * {@code renamedRecords}: record keys that answer 301 to another record key (the row keys of a source without
     * ids, {@code ContentKeys.RENAMED}), written as {@code dcterms:isReplacedBy} between record IRIs.
     */
    public static void write(
            DatasetGraph dsg,
            Node graph,
            Node placesGraph,
            String base,
            Path release,
            UriRegistry.State earlier,
            Map<String, String> redirects,
            Map<String, String> renamedRecords,
            Instant now,
            Consumer<String> progress) {
        Dataset ds = DatasetFactory.wrap(dsg);
        List<Published> published = Txn.calculateRead(ds, () -> published(ds, placesGraph));
        Set<String> present = new HashSet<>();
        published.forEach(p -> present.add(p.uri()));
        Graph tombstones = GraphFactory.createDefaultGraph();
        Identifiers ids = new Identifiers(base);
        Redirects.ofRelease(tombstones, ids, present, redirects, renamedRecords);
        Redirects.ofMergedRecords(tombstones, ids, present, published, earlier);
        // Whatever this release redirects (301) is neither carried from earlier nor withdrawn.
        Set<Node> carried = new HashSet<>(tombstones
                .find(Node.ANY, REPLACED_BY, Node.ANY)
                .mapWith(Triple::getSubject)
                .toSet());
        int redirected = carried.size();
        carry(earlier.tombstones(), present, tombstones, carried);
        int withdrawn = 0;
        Node when = NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime);
        for (Published p : earlier.published().values()) {
            Node s = NodeFactory.createURI(p.uri());
            if (!present.contains(p.uri()) && !carried.contains(s)) {
                withdraw(tombstones, p, when);
                withdrawn++;
            }
        }
        keep(release, published, tombstones);
        Txn.executeWrite(
                ds,
                () -> tombstones
                        .find()
                        .forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
        progress.accept(String.format(
                Locale.FRANCE,
                "URI retirées (lieux, fiches, sources) : %d depuis les versions "
                        + "précédentes, %d plus anciennes (chaque URI retirée répond 410 avec sa pierre tombale, ou 301 vers "
                        + "le lieu qui l'a reprise)",
                withdrawn,
                carried.size() - redirected));
    }

    /** Beside the release, for the next publish and the URI registry: what it publishes, and its tombstones. */
    private static void keep(Path release, List<Published> published, Graph tombstones) {
        writePublished(release.resolve(PLACES), published);
        try (OutputStream out = Files.newOutputStream(release.resolve(TOMBSTONES))) {
            RDFDataMgr.write(out, tombstones, Lang.NTRIPLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The places, records and sources {@code ds} publishes, with their names, graphs and (records) places. */
    private static List<Published> published(Dataset ds, Node placesGraph) {
        List<Published> all = new ArrayList<>();
        for (QuerySolution r : SparqlFiles.select(
                ds, SparqlFiles.beside(Tombstones.class, "tombstones-places"), Map.of("lieux", placesGraph))) {
            all.add(new Published(
                    r.getResource("s").getURI(),
                    r.contains("name") ? r.getLiteral("name").getLexicalForm() : "",
                    r.getResource("g").getURI(),
                    r.contains("place") ? r.getResource("place").getURI() : ""));
        }
        return all;
    }

    /**
     * The earlier tombstones that still hold (added to {@code tombstones}, their subjects to {@code carried}): a
     * redirect whose successor is published, or a withdrawal; a URI published again answers 200 again.
     */
    private static void carry(Graph earlier, Set<String> present, Graph tombstones, Set<Node> carried) {
        for (Node s : earlier.find().mapWith(Triple::getSubject).toSet()) {
            if (present.contains(s.getURI()) || carried.contains(s)) {
                continue; // back in this release: it answers 200 again
            }
            List<Triple> about = earlier.find(s, Node.ANY, Node.ANY).toList();
            Node successor = about.stream()
                    .filter(t -> t.getPredicate().equals(REPLACED_BY))
                    .map(Triple::getObject)
                    .findFirst()
                    .orElse(null);
            if (successor != null && present.contains(successor.getURI())) {
                tombstones.add(Triple.create(s, REPLACED_BY, successor));
                carried.add(s);
            } else if (about.stream().anyMatch(t -> t.getPredicate().equals(INVALIDATED))) {
                about.stream()
                        .filter(t -> !t.getPredicate().equals(REPLACED_BY))
                        .forEach(tombstones::add);
                carried.add(s);
            }
        }
    }

    /** The tombstone of a URI missing since {@code when}. */
    static void withdraw(Graph tombstones, Published p, Node when) {
        Node s = NodeFactory.createURI(p.uri());
        tombstones.add(Triple.create(s, INVALIDATED, when));
        if (!p.name().isEmpty()) {
            tombstones.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(p.name(), "fr")));
        }
        if (!p.graph().isEmpty()) {
            tombstones.add(Triple.create(s, DERIVED_FROM, NodeFactory.createURI(p.graph())));
        }
        if (!p.place().isEmpty()) {
            tombstones.add(Triple.create(s, PLACE, NodeFactory.createURI(p.place())));
        }
    }

    /** The URIs a release listed beside it ({@code lieux.tsv}), in its order; none if it has no list. */
    public static java.util.Collection<String> placeUris(Path release) {
        return readPublished(release.resolve(PLACES)).keySet();
    }

    static Graph readTombstones(Path file) {
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

    /** A list of published URIs (three columns, a fourth for records since records are listed). */
    static Map<String, Published> readPublished(Path file) {
        Map<String, Published> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length >= 3) {
                    out.put(f[0], new Published(f[0], unescape(f[1]), f[2], f.length > 3 ? f[3] : ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void writePublished(Path file, java.util.Collection<Published> published) {
        StringBuilder text = new StringBuilder();
        for (Published p : published) {
            text.append(p.uri())
                    .append('\t')
                    .append(escape(p.name()))
                    .append('\t')
                    .append(p.graph());
            if (!p.place().isEmpty()) {
                text.append('\t').append(p.place());
            }
            text.append('\n');
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
