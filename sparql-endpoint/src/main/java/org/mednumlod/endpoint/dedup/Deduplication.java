package org.mednumlod.endpoint.dedup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.mednumlod.ontology.Identifiers;

/**
 * The records of one publish, from the sources to the places: every source's records pass through here on their
 * way to the store ({@link #source}); a source without ids first gets its record keys from their content, kept from
 * the served release where the same records are found again ({@link ContentKeys}); then the records describing the
 * same place are merged into places whose keys stay those of the served release ({@link #merge}).
 *
 * <pre>{@code Deduplication d = new Deduplication(base, placesGraph, releaseDir, served, idless, sink);
 * d.source("angers", false, sink -> conversion.run(sink, outcomes), progress);
 * d.closeArchive();
 * d.keepRenamed();
 * d.merge(progress);  // then d.redirects(), d.renamed() for the tombstones}</pre>
 */
public final class Deduplication {
    private final String baseUri;
    private final Node placesGraph;
    private final Path release;
    private final Optional<Path> served;
    private final StreamRDF sink;
    private final Identifiers ids;
    private final RecordCollector collector;
    private final EarlierRecords earlier;
    private final Matcher contentMatcher = new Matcher(MatchSettings.load());
    private final ContentKeys.Archive archive;
    private final Map<String, String> renamed = new TreeMap<>();
    private Fusion.Result fusion;

    /** What writes one source's records to the stream it is given (the conversion of the source). */
    @FunctionalInterface
    public interface SourceRun<T> {
        T run(StreamRDF records) throws IOException;
    }

    /**
     * @param release       the folder of the release being built (the keys are kept there for the next publish)
     * @param served        the folder of the served release, if any
     * @param idlessSources the names of the sources whose records have no ids
     * @param sink          where the records go on (the store being loaded)
     */
    public Deduplication(
            String baseUri,
            Node placesGraph,
            Path release,
            Optional<Path> served,
            Set<String> idlessSources,
            StreamRDF sink) {
        this.baseUri = baseUri;
        this.placesGraph = placesGraph;
        this.release = release;
        this.served = served;
        this.sink = sink;
        this.ids = new Identifiers(baseUri);
        this.collector = new RecordCollector(ids, sink);
        this.earlier = new EarlierRecords(ids, served, idlessSources);
        this.renamed.putAll(earlier.renamed());
        this.archive = new ContentKeys.Archive(release.resolve(ContentKeys.RECORDS));
    }

    /**
     * Runs {@code convert} with the stream the source's records are written to, and returns what it returns; for a
     * source without ids ({@code idless}) the records get their content keys once the source is read whole.
     */
    public <T> T source(String name, boolean idless, SourceRun<T> convert, Consumer<String> progress)
            throws IOException {
        if (!idless) {
            return convert.run(collector);
        }
        IdlessSource records = new IdlessSource(ids);
        T result = convert.run(records.sink());
        ContentKeys.Outcome keys = ContentKeys.reconcile(
                records.features(),
                records.says(),
                earlier.records(name),
                earlier.says(name),
                contentMatcher,
                earlier.used());
        records.send(keys.keys(), archive.tee(collector));
        renamed.putAll(keys.legacy());
        progress.accept(String.format(
                Locale.FRANCE,
                "Source « %s » sans identifiant : clés tirées du "
                        + "contenu (nom, commune, adresse) ; %d gardées de la version servie, %d nouvelles, "
                        + "%d anciennes clés de rang redirigées (301), %d collisions départagées",
                name,
                keys.kept(),
                keys.fresh(),
                keys.fromRows(),
                keys.salted()));
        return result;
    }

    /** Once the sources are read (or failed): closes the archive of the records without ids. */
    public void closeArchive() throws IOException {
        archive.close();
    }

    /** Once every source is read: keeps the renamed keys beside the release, for the next publish. */
    public void keepRenamed() {
        Fusion.writePairs(release.resolve(ContentKeys.RENAMED), renamed);
    }

    /** Groups the records into places and writes them (merged-places graph, keys beside the release). */
    public void merge(Consumer<String> progress) {
        fusion = Fusion.write(
                collector.records(),
                Fusion.matching(MatchSettings.load(), progress),
                new MergedPlaces(baseUri, placesGraph),
                release,
                served,
                renamed,
                sink,
                progress);
    }

    /** After {@link #merge}: the place keys that now redirect (old key → successor key). */
    public Map<String, String> redirects() {
        return fusion.redirects();
    }

    /** Record keys of the served release now carried under another key (row keys → content keys). */
    public Map<String, String> renamed() {
        return Collections.unmodifiableMap(renamed);
    }
}
