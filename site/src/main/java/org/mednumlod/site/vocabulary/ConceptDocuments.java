package org.mednumlod.site.vocabulary;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.mednumlod.site.web.Dereferenceable;
import org.mednumlod.site.web.Lookup;
import org.mednumlod.site.web.Page;
import org.springframework.stereotype.Component;

/** Code-list concepts as things to dereference; the key is {@code {liste}/{valeur}}, the path {@code code/…}. */
@Component
class ConceptDocuments implements Dereferenceable<Resource> {
    private final ConceptService concepts;

    ConceptDocuments(ConceptService concepts) {
        this.concepts = concepts;
    }

    /** The key of a concept: {@code {liste}/{valeur}}. */
    static String key(String list, String value) {
        return list + "/" + value;
    }

    @Override
    public Lookup<Resource> lookup(String key) {
        int slash = key.indexOf('/');
        return concepts.find(key.substring(0, slash), key.substring(slash + 1))
                .<Lookup<Resource>>map(c -> new Lookup.Found<>(path(key), c))
                .orElseGet(() -> new Lookup.Absent<>("concept « " + key + " » inconnu"));
    }

    @Override
    public Model describe(Resource concept) {
        return concepts.describe(concept);
    }

    /** The page of the concept with page {@code page} of the places that use it. */
    Page page(Resource concept, String key, int page) {
        return Page.of("concept", "c", concepts.view(concept, path(key), page));
    }

    private static String path(String key) {
        return "code/" + key;
    }
}
