package org.mednumlod.site.source;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.store.Tombstones;
import org.mednumlod.site.web.Dereferenceable;
import org.mednumlod.site.web.Gone;
import org.mednumlod.site.web.Lookup;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.Page;
import org.springframework.stereotype.Component;

/**
 * Sources as things to dereference, by name: found with their description (figures computed at publish), or no
 * longer published (410 with the tombstone, docs/uri-policy.md).
 */
@Component
class SourceDocuments implements Dereferenceable<Model> {
    private final Store store;
    private final Tombstones tombstones;
    private final Identifiers ids;

    SourceDocuments(Store store, Tombstones tombstones, SiteProperties properties) {
        this.store = store;
        this.tombstones = tombstones;
        this.ids = properties.identifiers();
    }

    @Override
    public Lookup<Model> lookup(String name) {
        if (!Identifiers.isSourceName(name)) {
            throw new NotFoundException("source « " + name + " » inconnue");
        }
        Model m = store.read(ds -> Queries.construct(ds, "source-describe", Map.of("s", uri(name))));
        if (!m.isEmpty()) {
            m.setNsPrefix("mnl", "https://w3id.org/mednum-lod/def#")
                    .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                    .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
            return new Lookup.Found<>(path(name), m);
        }
        return tombstones
                .find(uri(name).getURI())
                .filter(t -> t.withdrawnAt().isPresent())
                .<Lookup<Model>>map(t -> Gone.of(t, "la source", "Source retirée", path(name), null))
                .orElseGet(() -> new Lookup.Absent<>("source « " + name + " » inconnue"));
    }

    @Override
    public Model describe(Model description) {
        return description;
    }

    Page page(Model description, String name) {
        return Page.of(
                "source",
                "s",
                SourceView.of(
                        description, uri(name), name, ids.sourceGraph(name).getURI()));
    }

    private Resource uri(String name) {
        return ResourceFactory.createResource(ids.source(name).getURI());
    }

    private static String path(String name) {
        return "source/" + name;
    }
}
