package org.mednumlod.site.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mednumlod.site.store.Tombstones;

/**
 * The tombstone of a withdrawn URI (a source record, a source, a source's graph) as a {@link Lookup.Gone}: the
 * French page {@code gone} or the tombstone's triples (docs/uri-policy.md). Places have their own page
 * ({@code place-gone}).
 */
public final class Gone {
    private Gone() {}

    /**
     * @param what  what the URI named, in French with its article (« la fiche », « la source »…)
     * @param title the page's title (« Fiche retirée »…)
     * @param path  the document path of the URI ({@code fiche/x}), for the RDF document's links
     * @param alive the page of what took over, when there is one (a record's place still published), else null
     */
    public static <T> Lookup.Gone<T> of(Tombstones.Tombstone t, String what, String title, String path, String alive) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("what", what);
        model.put("uri", t.uri().getURI());
        model.put("at", t.withdrawnAt().orElse(null));
        model.put("label", t.label().orElse(null));
        model.put("alive", alive);
        return new Lookup.Gone<>(path, t::model, Page.of("gone", model));
    }
}
