package org.mednumlod.endpoint.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.SourcesFile;
import org.mednumlod.endpoint.release.Release;
import org.mednumlod.endpoint.release.Releases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The served release. On first start (no release yet) it publishes the configured sources. Every few seconds it looks
 * at the release pointer: when a publish or a rollback (usually another process) switched it, the new release is
 * opened and served; requests already running finish on the old one, which is closed once the longest query allowed
 * has had time to end.
 */
public class ServedRelease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServedRelease.class);

    /**
     * @param checkMs how often the pointer is read
     * @param graceMs how long a replaced release stays open for the requests that started on it
     */
    public record Settings(long checkMs, long graceMs) {}

    private final Releases releases;
    private final List<Consumer<Release>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Release>> preparers = new CopyOnWriteArrayList<>();
    private final ScheduledThreadPoolExecutor watcher = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "release-watcher");
        t.setDaemon(true);
        return t;
    });
    private final long graceMs;

    /**
     * Serves the current release of {@code releases}, publishing the sources of {@code sourcesFile} first when there
     * is none (only the reference data when the file is absent), and starts watching the pointer.
     */
    public ServedRelease(Releases releases, Path sourcesFile, Settings settings) {
        this.releases = releases;
        this.graceMs = settings.graceMs();
        if (releases.current().isEmpty()) {
            LOG.info("Aucune version publiée dans {} : publication des données embarquées", releases.directory());
            releases.publish(sources(sourcesFile), outcome -> {}, LOG::info);
        }
        LOG.info("Version servie : {}", releaseId());
        watcher.scheduleWithFixedDelay(
                this::checkPointer, settings.checkMs(), settings.checkMs(), TimeUnit.MILLISECONDS);
    }

    private static List<Source> sources(Path file) {
        if (!Files.exists(file)) {
            LOG.warn("Fichier des sources {} absent : seules les données de référence sont publiées", file);
            return List.of();
        }
        try {
            return SourcesFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("fichier des sources illisible : " + file, e);
        }
    }

    private void checkPointer() {
        try {
            releases.refresh(next -> preparers.forEach(p -> prepare(p, next))).ifPresent(old -> {
                Release now = releases.current().orElseThrow();
                LOG.info("Nouvelle version servie : {} (précédente : {})", now.id(), old.id());
                listeners.forEach(l -> l.accept(now));
                watcher.schedule(() -> closeUnlessServed(old), graceMs, TimeUnit.MILLISECONDS);
            });
        } catch (Throwable e) { // an Error escaping would cancel the periodic check for good, silently
            LOG.error("Lecture du pointeur de version impossible ; la version servie reste {}", releaseId(), e);
        }
    }

    /**
     * Closes a replaced release once the longest query has had time to end, unless it is served again (a rollback
     * within the grace period gets the same embedded database back: closing it would close the served one).
     */
    private void closeUnlessServed(Release old) {
        if (old.id().equals(releaseId())) {
            LOG.info("Version {} de nouveau servie : elle reste ouverte", old.id());
            return;
        }
        Releases.release(old);
    }

    /**
     * Runs {@code preparer} on the served release now, in the background, then on each new release before it is
     * served (on the thread that watches the pointer; the old release is served meanwhile). A preparer that fails
     * is logged and does not stop the switch.
     */
    public void prepareEach(Consumer<Release> preparer) {
        preparers.add(preparer);
        watcher.execute(() -> prepare(preparer, release()));
    }

    private void prepare(Consumer<Release> preparer, Release release) {
        try {
            preparer.accept(release);
        } catch (Throwable e) { // logged, and the switch goes on (the value is computed again by the first request)
            LOG.warn("Préparation de la version {} incomplète (calcul repris à la première requête)", release.id(), e);
        }
    }

    /** Called with the new release each time the served release changes. */
    public void onSwitch(Consumer<Release> listener) {
        listeners.add(listener);
    }

    /** The id of the served release (feeds ETags). */
    public String releaseId() {
        return releases.current().orElseThrow().id();
    }

    /** The folder of a release's downloadable files, while that release is on disk. */
    public Optional<Path> dumps(String releaseId) {
        return releases.dumps(releaseId);
    }

    /** The named graph that holds the vocabulary and the code lists. */
    public Node vocabularyGraph() {
        return releases.vocabularyGraph();
    }

    /** The graphs every release has, or may have (the tombstone graph is absent while empty). */
    public List<Node> platformGraphs() {
        return releases.platformGraphs();
    }

    /**
     * The tombstone the URI registry keeps for {@code uri} (a URI published by a release that is no longer served, a
     * rollback's included), as triples; empty when no release ever withdrew or redirected it.
     */
    public Optional<Graph> registryTombstone(String uri) {
        return releases.tombstone(uri);
    }

    /** Runs a function in a read transaction on the served release (union default graph), embedded or remote. */
    public <T> T read(Function<Release, T> action) {
        Release release = releases.current().orElseThrow();
        return release.read(() -> action.apply(release));
    }

    /** The served release (its id, its embedded dataset or the remote dataset that serves it). */
    public Release release() {
        return releases.current().orElseThrow();
    }

    /**
     * Stops watching and closes the releases. A preparation under way is let finish (not interrupted: an interrupt
     * closes TDB2's file channels, and a release with an active transaction cannot be closed); delayed closings are
     * dropped, {@link Releases#close()} closes everything.
     */
    @Override
    public void close() throws InterruptedException {
        watcher.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        watcher.shutdown();
        if (!watcher.awaitTermination(60, TimeUnit.SECONDS)) {
            LOG.warn("Préparation d'une version toujours en cours à l'arrêt");
        }
        releases.close();
    }
}
