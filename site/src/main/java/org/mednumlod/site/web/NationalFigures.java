package org.mednumlod.site.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.PerRelease;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.springframework.stereotype.Component;

/**
 * Facts of the served release read once from its catalogue: publication time (Last-Modified of every page) and
 * the national figures of the home page (places, sources, communes covered), all computed at publish.
 */
@Component
public class NationalFigures {

    /** The figures of one release. */
    public record Figures(String release, Instant published, long places, int sources, long communes) {}

    private final PerRelease<Figures> figures;

    NationalFigures(Store store, SiteProperties properties) {
        String base = properties.baseUri();
        Identifiers ids = properties.identifiers();
        Map<String, RDFNode> bind =
                Map.of("dataset", ResourceFactory.createResource(base + "/catalogue#jeu-de-donnees"));
        this.figures = new PerRelease<>(store, release -> {
            List<QuerySolution> rows = Queries.select(release, "catalogue-national", bind);
            QuerySolution row = rows.isEmpty() ? null : rows.get(0);
            int sources = (int) Queries.select(release, "catalogue-graphs", bind).stream()
                    .filter(r ->
                            ids.sourceOfGraph(r.getResource("graph").getURI()).isPresent())
                    .count();
            Instant published = row == null
                    ? Instant.EPOCH
                    : Instant.parse(row.getLiteral("modified").getLexicalForm());
            return new Figures(release.id(), published, number(row, "places"), sources, number(row, "communes"));
        });
    }

    public Figures get() {
        return figures.get();
    }

    private static long number(QuerySolution row, String var) {
        return row != null && row.contains(var) ? row.getLiteral(var).getLong() : 0;
    }
}
