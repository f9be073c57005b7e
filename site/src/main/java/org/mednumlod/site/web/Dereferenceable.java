package org.mednumlod.site.web;

import org.apache.jena.rdf.model.Model;

/**
 * A kind of thing the site dereferences (place, record, territory, concept…): all it supplies to the one flow of
 * {@link Dereferencing} is its lookup and its RDF description; its page model is given at the page's route, with
 * the page's own parameters.
 *
 * @param <T> what the lookup finds
 */
public interface Dereferenceable<T> {

    /** Where the key stands (the key is the kind's own: a place key, a territory's kind and code…). */
    Lookup<T> lookup(String key);

    /** The RDF description of a found thing ({@code /data/….{ext}}). */
    Model describe(T thing);
}
