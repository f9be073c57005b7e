package org.mednumlod.site.web;

import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;

/**
 * Where a key of some kind of thing stands ({@link Dereferencing}): found, moved into another thing (merged: 301),
 * gone (withdrawn: 410 with its tombstone) or absent (404).
 *
 * @param <T> what the kind's lookup found (a place's resource, a source's description…)
 */
public sealed interface Lookup<T> {

    /**
     * A thing of the served release.
     *
     * @param path  its document path ({@code lieu/x}, {@code commune/16015}…)
     * @param thing what its description and page are made from
     * @param page  where its HTML representation is when it has no page of its own (a source record: the page of its
     *              place, at its anchor), else null
     */
    record Found<T>(String path, T thing, String page) implements Lookup<T> {
        public Found(String path, T thing) {
            this(path, thing, null);
        }
    }

    /** Merged into another thing: {@code path} is the successor's document path. */
    record Moved<T>(String path) implements Lookup<T> {}

    /**
     * Withdrawn: its tombstone, as triples (read only when asked for) and as a page.
     *
     * @param path the document path of the withdrawn thing, for the RDF document's links
     */
    record Gone<T>(String path, Supplier<Model> tombstone, Page page) implements Lookup<T> {}

    /** Unknown: {@code message} says so in French (404). */
    record Absent<T>(String message) implements Lookup<T> {}
}
