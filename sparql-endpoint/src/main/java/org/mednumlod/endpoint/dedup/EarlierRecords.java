package org.mednumlod.endpoint.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mednumlod.endpoint.identity.Tombstones;
import org.mednumlod.endpoint.publication.Dumps;
import org.mednumlod.ontology.Identifiers;

/**
 * What the served release knows of the sources without ids, for {@link ContentKeys}: their records (from
 * {@link ContentKeys#RECORDS} beside it; a release from before content keys has none, its records are read from its
 * national dump), every key it ever used (records, places, redirects, tombstones: never given to another record) and
 * the row keys redirected so far ({@link ContentKeys#RENAMED}, carried forward for ever).
 */
final class EarlierRecords {
    private final Identifiers ids;
    private final Optional<Path> release;
    private final Set<String> sources;
    private Map<String, List<MatchRecord>> bySource;
    private Map<String, List<Set<String>>> saysBySource = new LinkedHashMap<>();
    private Set<String> used;

    /** @param sources the names of the sources without ids being published (only their records are read) */
    EarlierRecords(Identifiers ids, Optional<Path> release, Set<String> sources) {
        this.ids = ids;
        this.release = release;
        this.sources = Set.copyOf(sources);
    }

    /** Row key of an earlier release → the content key that took it over. */
    Map<String, String> renamed() {
        return release.map(r -> Fusion.readPairs(r.resolve(ContentKeys.RENAMED)))
                .orElse(new LinkedHashMap<>());
    }

    /** The records of {@code source} in the served release. */
    List<MatchRecord> records(String source) {
        if (bySource == null) {
            bySource = read();
        }
        return bySource.getOrDefault(source, List.of());
    }

    /** What each of those records says ({@link IdlessSource#says}), in the same order. */
    List<Set<String>> says(String source) {
        records(source);
        return saysBySource.getOrDefault(source, List.of());
    }

    /** Every key the served release and those before it used. */
    Set<String> used() {
        if (used == null) {
            used = new HashSet<>();
            release.ifPresent(r -> {
                for (String file : List.of(Fusion.RECORDS, Fusion.REDIRECTS, ContentKeys.RENAMED)) {
                    Fusion.readPairs(r.resolve(file)).forEach((k, v) -> {
                        used.add(k);
                        used.add(v);
                    });
                }
                Tombstones.placeUris(r).forEach(u -> ids.placeKey(u).ifPresent(used::add));
                Path tombstones = r.resolve(Tombstones.TOMBSTONES);
                if (Files.exists(tombstones)) {
                    Graph g = GraphFactory.createDefaultGraph();
                    RDFDataMgr.read(g, tombstones.toString(), Lang.NTRIPLES);
                    for (Triple t : g.find().toList()) {
                        if (t.getSubject().isURI()) {
                            ids.placeKey(t.getSubject().getURI()).ifPresent(used::add);
                            ids.recordKey(t.getSubject().getURI()).ifPresent(used::add);
                        }
                    }
                }
            });
        }
        return used;
    }

    private Map<String, List<MatchRecord>> read() {
        Map<String, List<MatchRecord>> out = new LinkedHashMap<>();
        saysBySource = new LinkedHashMap<>();
        if (release.isEmpty()) {
            return out;
        }
        Path file = release.get().resolve(ContentKeys.RECORDS);
        if (!Files.exists(file)) {
            file = release.get().resolve("dumps").resolve(Dumps.WHOLE + ".nq.gz");
        }
        if (!Files.exists(file)) {
            return out;
        }
        RecordCollector collector = new RecordCollector(ids, new StreamRDFBase());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFWrapper(collector) {
                @Override
                public void quad(Quad q) {
                    if (q.getGraph().isURI()
                            && ids.sourceOfGraph(q.getGraph().getURI())
                                    .filter(sources::contains)
                                    .isPresent()) {
                        super.quad(q);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (RecordCollector.Record r : collector.records()) {
            out.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(MatchFeatures.of(r));
            saysBySource.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(IdlessSource.says(r));
        }
        return out;
    }
}
