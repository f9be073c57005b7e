package org.mednumlod.site.store;

import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.mednumlod.endpoint.Releases;
import org.mednumlod.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** The served release. On first start (no release yet) it publishes the bundled reference data. */
@Component
public class Store implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private final Releases releases;

    public Store(SiteProperties properties) {
        this.releases = Releases.open(properties.dataDir(), properties.baseUri());
        if (releases.current().isEmpty()) {
            LOG.info("Aucune version publiée dans {} : publication des données embarquées", properties.dataDir());
            releases.publish(sources(properties.sources()), outcome -> { }, LOG::info);
        }
        LOG.info("Version servie : {}", releaseId());
    }

    private static java.util.List<org.mednumlod.converters.Conversion.Source> sources(java.nio.file.Path file) {
        if (!java.nio.file.Files.exists(file)) {
            LOG.warn("Fichier des sources {} absent : seules les données de référence sont publiées", file);
            return java.util.List.of();
        }
        try {
            return org.mednumlod.converters.Conversion.readSources(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("fichier des sources illisible : " + file, e);
        }
    }

    /** The id of the served release (feeds ETags). */
    public String releaseId() {
        return releases.current().orElseThrow().id();
    }

    /** The named graph that holds the vocabulary and the code lists. */
    public org.apache.jena.graph.Node vocabularyGraph() {
        return releases.vocabularyGraph();
    }

    /** The served release's dataset, for components that manage their own transactions (the SPARQL endpoint). */
    public Dataset dataset() {
        return releases.current().orElseThrow().dataset();
    }

    /** Runs a function in a read transaction on the served release (union default graph). */
    public <T> T read(Function<Dataset, T> action) {
        Dataset ds = releases.current().orElseThrow().dataset();
        return Txn.calculateRead(ds, () -> action.apply(ds));
    }

    @Override
    public void destroy() {
        releases.close();
    }
}
