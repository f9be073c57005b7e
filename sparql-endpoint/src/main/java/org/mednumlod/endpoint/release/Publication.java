package org.mednumlod.endpoint.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.mednumlod.converters.Conversion;
import org.mednumlod.converters.Outcome;
import org.mednumlod.converters.Source;
import org.mednumlod.converters.Summary;
import org.mednumlod.endpoint.dedup.Deduplication;
import org.mednumlod.endpoint.identity.Tombstones;
import org.mednumlod.endpoint.identity.UriRegistry;
import org.mednumlod.endpoint.publication.Catalogue;
import org.mednumlod.endpoint.publication.Dumps;
import org.mednumlod.endpoint.publication.SourceFacts;
import org.mednumlod.endpoint.publication.Statistics;
import org.mednumlod.ontology.TerritoryUris;

/**
 * One publish, as the named steps that build a release in a new TDB2 database beside the served one, in this order:
 * the reference data (copied from the template, {@link ReferenceTemplate}); the sources, converted and validated
 * (one named graph each; a source without ids gets content keys) and their deduplication into places, both streamed
 * into the database while it loads ({@link OverlappedLoad}), then the end of that load; the tombstones of what is no
 * longer published; the facts of each source; the statistics; the downloadable files; the catalogue; in remote store
 * mode the upload into the free remote dataset; then the switch of the pointer and the URI registry (identity across
 * releases). Each step is timed ({@link Published}).
 */
final class Publication {
    private final ReleaseDirectory layout;
    private final String baseUri;
    private final ReleaseGraphs graphs;
    private final Optional<RemoteStore> remote;
    private final String id;
    private final Consumer<String> progress;
    private final List<Published.Step> steps = new CopyOnWriteArrayList<>();
    private final Optional<String> previous;
    private final Optional<java.nio.file.Path> served;
    private Set<String> idless;

    private ReferenceTemplate.Copy reference;
    private DatasetGraph dsg;
    private Deduplication deduplication;
    private final List<Summary> summaries = new CopyOnWriteArrayList<>();
    private List<Dumps.File> dumps;

    Publication(
            ReleaseDirectory layout,
            String baseUri,
            Optional<RemoteStore> remote,
            String id,
            Consumer<String> progress) {
        this.layout = layout;
        this.baseUri = baseUri;
        this.graphs = new ReleaseGraphs(baseUri);
        this.remote = remote;
        this.id = id;
        this.progress = progress;
        this.previous = layout.pointer();
        this.served = previous.map(layout::release);
    }

    /** Builds the release, makes it current and records it in the URI registry. */
    Published run(List<Source> sources, Consumer<Outcome> outcomes, Consumer<Summary> onSummary) {
        progress.accept("Nouvelle version " + id + " : construction dans " + layout.release(id));
        step("données de référence", this::referenceData);
        dsg = DatabaseMgr.connectDatasetGraph(Location.create(layout.database(id)));
        try {
            load(sources, outcomes, onSummary);
            step("pierres tombales", this::tombstones);
            step("faits des sources", () -> SourceFacts.write(dsg, baseUri, graphs.places(), summaries));
            // The statistics before the dumps and the catalogue: their observations are in the national dump and
            // counted in the catalogue like every other graph.
            step(
                    "statistiques",
                    () -> new Statistics(baseUri, graphs.territories(), graphs.statistics())
                            .reference(reference.fingerprint())
                            .write(dsg, progress));
            step("fichiers téléchargeables", this::dumps);
            step("catalogue", () -> {
                progress.accept("Catalogue (DCAT-AP, VoID)…");
                new Catalogue(baseUri, graphs.catalogue()).write(dsg, id, Instant.now(), dumps);
            });
            remote.ifPresent(store -> step("magasin distant", () -> upload(store)));
        } finally {
            // Let go of the database before the pointer names it: the serving process (maybe another JVM) opens it.
            Releases.release(dsg);
        }
        layout.markComplete(id, Instant.now().toString());
        layout.switchPointer(id);
        step("registre des URI", () -> UriRegistry.recordPublish(layout.root(), served, layout.release(id)));
        progress.accept("Version " + id + " publiée"
                + previous.map(p -> " (précédente : " + p + ")").orElse(""));
        return new Published(id, new ArrayList<>(steps));
    }

    private void referenceData() {
        reference = new ReferenceTemplate(
                        ReferenceTemplate.folder(layout.root()),
                        new TerritoryUris(baseUri),
                        graphs.vocabulary(),
                        graphs.territories())
                .copyInto(layout.database(id), progress);
    }

    /** The sources and their deduplication, streamed into the database while it loads; then the end of the load. */
    private void load(List<Source> sources, Consumer<Outcome> outcomes, Consumer<Summary> onSummary) {
        DataLoader loader = LoaderFactory.basicLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        try {
            OverlappedLoad.run(
                    sink -> {
                        progress.accept("Sources…");
                        idless = idless(sources);
                        deduplication =
                                new Deduplication(baseUri, graphs.places(), layout.release(id), served, idless, sink);
                        step("sources", () -> sources(sources, outcomes, onSummary));
                        step("dédoublonnage", () -> {
                            progress.accept("Dédoublonnage des fiches en lieux…");
                            deduplication.merge(progress);
                        });
                    },
                    loader.stream());
            step("chargement", loader::finishBulk);
        } catch (IOException | RuntimeException e) {
            loader.finishException(e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        progress.accept(String.format(
                Locale.FRANCE,
                "%,d triplets chargés (et %,d du référentiel)",
                loader.countTriples() + loader.countQuads(),
                reference.quads()));
    }

    private static Set<String> idless(List<Source> sources) throws IOException {
        Set<String> idless = new HashSet<>();
        for (Source source : sources) {
            if (Conversion.of(source).keysFromContent()) {
                idless.add(source.name());
            }
        }
        return idless;
    }

    private void sources(List<Source> sources, Consumer<Outcome> outcomes, Consumer<Summary> onSummary) {
        try {
            try {
                for (Source source : sources) {
                    Conversion conversion = Conversion.of(source).baseUri(baseUri);
                    Summary s = deduplication.source(
                            source.name(),
                            idless.contains(source.name()),
                            sink -> conversion.run(sink, outcomes),
                            progress);
                    summaries.add(s);
                    onSummary.accept(s);
                    progress.accept(String.format(
                            Locale.FRANCE,
                            "Source « %s » : %d fiches lues, %d publiées, " + "%d en quarantaine",
                            source.name(),
                            s.read(),
                            s.converted(),
                            s.quarantined()));
                }
            } finally {
                deduplication.closeArchive();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deduplication.keepRenamed();
    }

    private void tombstones() {
        Tombstones.write(
                dsg,
                graphs.tombstones(),
                graphs.places(),
                baseUri,
                layout.release(id),
                UriRegistry.read(layout.root(), served),
                deduplication.redirects(),
                deduplication.renamed(),
                Instant.now(),
                progress);
    }

    private void dumps() {
        progress.accept("Fichiers téléchargeables…");
        dumps = new Dumps(dsg, graphs.catalogue(), layout.dumps(id), baseUri)
                .reference(reference.dumps(), Set.of(graphs.vocabulary(), graphs.territories()))
                .write(progress);
    }

    private void upload(RemoteStore store) {
        int slot = layout.pointer().flatMap(layout::slot).map(s -> 1 - s).orElse(0); // the dataset not serving
        progress.accept("Magasin distant : chargement dans " + store.queryUrl(slot) + "…");
        layout.forgetSlot(slot); // the releases that were there are overwritten: no rollback to them
        store.upload(dsg, slot, layout.release(id).resolve("envoi"), progress);
        layout.writeSlot(id, slot);
    }

    /** Runs one step, timed. */
    private void step(String name, Runnable action) {
        long start = System.nanoTime();
        action.run();
        steps.add(new Published.Step(name, Duration.ofNanos(System.nanoTime() - start)));
    }
}
