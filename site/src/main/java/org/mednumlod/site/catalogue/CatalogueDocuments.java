package org.mednumlod.site.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.web.Dereferenceable;
import org.mednumlod.site.web.Lookup;
import org.mednumlod.site.web.Page;
import org.springframework.stereotype.Component;

/** The catalogue of the served release (DCAT-AP, VoID) as a thing to dereference: always there. */
@Component
class CatalogueDocuments implements Dereferenceable<String> {
    static final String PATH = "catalogue";

    private final Store store;
    private final String base;

    CatalogueDocuments(Store store, SiteProperties properties) {
        this.store = store;
        this.base = properties.baseUri();
    }

    @Override
    public Lookup<String> lookup(String key) {
        return new Lookup.Found<>(PATH, PATH);
    }

    @Override
    public Model describe(String path) {
        Map<String, RDFNode> bind = Map.of(
                "g",
                ResourceFactory.createResource(
                        new Identifiers(base).graph(Identifiers.Graph.CATALOGUE).getURI()));
        return store.read(ds -> Queries.construct(ds, "vocabulary-graph", bind));
    }

    /** The data set's facts, its subsets and its classes. */
    Page page() {
        Map<String, RDFNode> bind =
                Map.of("dataset", ResourceFactory.createResource(base + "/catalogue#jeu-de-donnees"));
        Map<String, Object> model = new LinkedHashMap<>();
        store.read(ds -> {
            List<QuerySolution> facts = Queries.select(ds, "catalogue-facts", bind);
            model.put("facts", facts.isEmpty() ? null : facts.get(0));
            model.put("subsets", Queries.select(ds, "catalogue-subsets", bind));
            model.put("classes", Queries.select(ds, "catalogue-classes", bind));
            return null;
        });
        model.put("release", store.releaseId());
        return Page.of("catalogue", model);
    }
}
