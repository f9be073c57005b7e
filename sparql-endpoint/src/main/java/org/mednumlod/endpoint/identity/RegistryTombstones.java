package org.mednumlod.endpoint.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The tombstones the URI registry keeps beside the releases ({@link UriRegistry}), for a URI that the served release
 * neither publishes nor tombstones: one minted by a release that a rollback left (docs/uri-policy.md). The file is
 * read again when it changed (a publish or a rollback by another process).
 */
public final class RegistryTombstones {
    private final Path dataDir;
    private volatile Read read;

    private record Read(long modified, Graph tombstones) {}

    public RegistryTombstones(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * What the registry says of {@code uri} ({@code prov:invalidatedAtTime}, {@code rdfs:label},
     * {@code prov:wasDerivedFrom}, {@code mnl:lieu}, or {@code dcterms:isReplacedBy}); empty when no release ever
     * published it.
     */
    public Optional<Graph> find(String uri) {
        Graph all = tombstones();
        Node s = NodeFactory.createURI(uri);
        if (!all.contains(s, Node.ANY, Node.ANY)) {
            return Optional.empty();
        }
        Graph g = GraphFactory.createDefaultGraph();
        all.find(s, Node.ANY, Node.ANY).forEachRemaining(g::add);
        return Optional.of(g);
    }

    private Graph tombstones() {
        Path file = UriRegistry.tombstonesFile(dataDir);
        long modified;
        try {
            modified = Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Read r = read;
        if (r == null || r.modified() != modified) {
            r = new Read(modified, UriRegistry.tombstones(dataDir));
            read = r;
        }
        return r.tombstones();
    }
}
