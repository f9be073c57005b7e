package org.mednumlod.site.web;

import org.mednumlod.site.store.Tombstones;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer of a withdrawn URI (a source record, a source, a source's graph): 410 Gone with its tombstone, as a
 * French page or as the tombstone's triples (docs/uri-policy.md). Places have their own page ({@code place-gone}).
 */
@Component
public class Gone {
    private final RdfDocuments documents;

    public Gone(RdfDocuments documents) {
        this.documents = documents;
    }

    /**
     * @param what  what the URI named, in French with its article (« la fiche », « la source »…)
     * @param title the page's title (« Fiche retirée »…)
     * @param path  the document path of the URI ({@code fiche/x}), for the RDF document's links
     * @param alive the page of what took over, when there is one (a record's place still published), else null
     */
    public Object answer(Tombstones.Tombstone t, String what, String title, Representation r, String path, String alive) {
        if (r == Representation.HTML) {
            ModelAndView mav = new ModelAndView("gone");
            mav.setStatus(HttpStatus.GONE);
            mav.addObject("title", title);
            mav.addObject("what", what);
            mav.addObject("uri", t.uri().getURI());
            mav.addObject("at", t.withdrawnAt().orElse(null));
            mav.addObject("label", t.label().orElse(null));
            mav.addObject("alive", alive);
            return mav;
        }
        return documents.document(HttpStatus.GONE, t.model(), r, path);
    }
}
