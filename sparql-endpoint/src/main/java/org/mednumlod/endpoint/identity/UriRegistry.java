package org.mednumlod.endpoint.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The registry of every URI the releases ever published, beside the releases ({@code dir/registre-uri/}): what each
 * release published ({@code publiees.tsv}, the union of the releases' {@code lieux.tsv}, last name and graph kept)
 * and every tombstone ({@code tombstones.nt}). A release's own tombstones only know the releases before it; the
 * registry also knows those published after it, so that after a rollback a URI minted by a later release answers
 * 410 (or 301) instead of 404, and the next publish tombstones it too (docs/uri-policy.md). Written under the
 * publish lock: after each publish (what it published and its tombstones) and at each rollback (the URIs of the
 * release left that the release served again does not have get their tombstone, dated from the rollback).
 */
public final class UriRegistry {
    static final String DIR = "registre-uri";
    static final String PUBLISHED = "publiees.tsv";

    /** What earlier releases published (URI → last description) and the tombstones they left. */
    public record State(Map<String, Tombstones.Published> published, Graph tombstones) {}

    private UriRegistry() {}

    /**
     * The registry united with the served release's own lists (a registry older than the served release, or none
     * at all: the data folder of a version before the registry existed).
     */
    public static State read(Path dataDir, Optional<Path> served) {
        Path dir = dataDir.resolve(DIR);
        Map<String, Tombstones.Published> published =
                new LinkedHashMap<>(Tombstones.readPublished(dir.resolve(PUBLISHED)));
        Graph tombstones = Tombstones.readTombstones(dir.resolve(Tombstones.TOMBSTONES));
        if (served.isPresent()) {
            published.putAll(Tombstones.readPublished(served.get().resolve(Tombstones.PLACES)));
            merge(tombstones, Tombstones.readTombstones(served.get().resolve(Tombstones.TOMBSTONES)));
        }
        return new State(published, tombstones);
    }

    /**
     * After a publish: the registry learns what {@code release} published; its tombstones become the registry's
     * (they carry every earlier one, {@link Tombstones#write}), and the earlier tombstones of URIs the release
     * publishes again are dropped (they answer 200).
     */
    public static void recordPublish(Path dataDir, Optional<Path> previous, Path release) {
        State state = read(dataDir, previous);
        Map<String, Tombstones.Published> now = Tombstones.readPublished(release.resolve(Tombstones.PLACES));
        state.published().putAll(now);
        Graph tombstones = Tombstones.readTombstones(release.resolve(Tombstones.TOMBSTONES));
        for (Triple t : state.tombstones().find().toList()) {
            Node s = t.getSubject();
            if (!now.containsKey(s.getURI()) && !tombstones.contains(s, Node.ANY, Node.ANY)) {
                tombstones.add(t); // defensive: a tombstone is never lost, whatever the release wrote
            }
        }
        write(dataDir, state.published(), tombstones);
    }

    /**
     * At a rollback from {@code from} to {@code to}: each URI {@code from} published or redirected that {@code to}
     * neither publishes nor tombstones gets a tombstone in the registry (410, or its redirect kept: 301).
     */
    public static int recordRollback(Path dataDir, Path from, Path to, Instant now) {
        State state = read(dataDir, Optional.of(from));
        Map<String, Tombstones.Published> kept = Tombstones.readPublished(to.resolve(Tombstones.PLACES));
        Graph keptTombstones = Tombstones.readTombstones(to.resolve(Tombstones.TOMBSTONES));
        Node when = NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime);
        int withdrawn = 0;
        for (Tombstones.Published p :
                Tombstones.readPublished(from.resolve(Tombstones.PLACES)).values()) {
            Node s = NodeFactory.createURI(p.uri());
            if (!kept.containsKey(p.uri())
                    && !keptTombstones.contains(s, Node.ANY, Node.ANY)
                    && !state.tombstones().contains(s, Tombstones.INVALIDATED, Node.ANY)) {
                state.tombstones().remove(s, Node.ANY, Node.ANY);
                Tombstones.withdraw(state.tombstones(), p, when);
                withdrawn++;
            }
        }
        write(dataDir, state.published(), state.tombstones());
        return withdrawn;
    }

    /** The registry's tombstones (empty graph when there is no registry). */
    static Graph tombstones(Path dataDir) {
        return Tombstones.readTombstones(dataDir.resolve(DIR).resolve(Tombstones.TOMBSTONES));
    }

    static Path tombstonesFile(Path dataDir) {
        return dataDir.resolve(DIR).resolve(Tombstones.TOMBSTONES);
    }

    /** Adds the tombstones of {@code more} whose subject {@code into} does not describe (the registry is newer). */
    private static void merge(Graph into, Graph more) {
        for (Node s : more.find().mapWith(Triple::getSubject).toSet()) {
            if (!into.contains(s, Node.ANY, Node.ANY)) {
                more.find(s, Node.ANY, Node.ANY).forEachRemaining(into::add);
            }
        }
    }

    /** Both files, each written to a temporary file and renamed over the old one. */
    private static void write(Path dataDir, Map<String, Tombstones.Published> published, Graph tombstones) {
        Path dir = dataDir.resolve(DIR);
        try {
            Files.createDirectories(dir);
            Path list = dir.resolve(PUBLISHED + ".tmp");
            Tombstones.writePublished(list, published.values());
            Files.move(
                    list, dir.resolve(PUBLISHED), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Path graph = dir.resolve(Tombstones.TOMBSTONES + ".tmp");
            try (OutputStream out = Files.newOutputStream(graph)) {
                RDFDataMgr.write(out, tombstones, Lang.NTRIPLES);
            }
            Files.move(
                    graph,
                    dir.resolve(Tombstones.TOMBSTONES),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
