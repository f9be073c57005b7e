package org.mednumlod.site.vocabulary;

import org.apache.jena.rdf.model.Model;
import org.mednumlod.site.web.Dereferenceable;
import org.mednumlod.site.web.Lookup;
import org.mednumlod.site.web.Page;
import org.springframework.stereotype.Component;

/** The vocabulary document ({@code def}) as a thing to dereference: always there, whatever the key. */
@Component
class VocabularyDocuments implements Dereferenceable<String> {
    static final String PATH = "def";

    private final VocabularyService vocabulary;

    VocabularyDocuments(VocabularyService vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Lookup<String> lookup(String key) {
        return new Lookup.Found<>(PATH, PATH);
    }

    @Override
    public Model describe(String path) {
        return vocabulary.graph();
    }

    Page page() {
        return Page.of("vocabulary", vocabulary.document());
    }
}
