package org.mednumlod.site.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one dereferencing flow of every kind of thing (docs/uri-policy.md): the thing ({@code /id/x}) answers 303 to
 * its document in the negotiated representation, the page ({@code /page/x}) and the RDF document
 * ({@code /data/x.{ext}}) answer 200 with the {@code Link} to their alternates; whatever was merged answers 301 to
 * the same kind of URI of its successor, whatever was withdrawn 410 with its tombstone (page or triples), whatever
 * is unknown 404. A kind supplies only its {@link Dereferenceable lookup and description} and its {@link Page}.
 */
@Component
public class Dereferencing {
    private final RdfDocuments documents;

    public Dereferencing(RdfDocuments documents) {
        this.documents = documents;
    }

    /** {@code /id/…}: 303 to the document (406 if no representation fits), 301, 410 or 404. */
    public Object thing(Dereferenceable<?> kind, String key, String format, String accept) {
        Lookup<?> found = kind.lookup(key);
        if (found instanceof Lookup.Moved<?> m) {
            return moved("/id/" + m.path());
        }
        if (found instanceof Lookup.Gone<?> g) {
            return gone(g, Negotiation.choose(format, accept).orElseThrow(NotAcceptableException::new));
        }
        Lookup.Found<?> f = found(found);
        if (f.page() == null) {
            return Documents.seeOther(f.path(), format, accept);
        }
        Representation r = Negotiation.choose(format, accept).orElseThrow(NotAcceptableException::new);
        String location = r == Representation.HTML ? f.page() : Documents.dataPath(f.path(), r);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(location))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    /** {@code /page/…}: the kind's page with the {@code Link} to its alternates, 301, 410 or 404. */
    public <T> Object page(Dereferenceable<T> kind, String key, HttpServletResponse response, Function<T, Page> page) {
        Lookup<T> found = kind.lookup(key);
        if (found instanceof Lookup.Moved<T> m) {
            return moved(Documents.pagePath(m.path()));
        }
        if (found instanceof Lookup.Gone<T> g) {
            return gone(g, Representation.HTML);
        }
        Lookup.Found<T> f = found(found);
        Page p = page.apply(f.thing());
        response.setHeader(HttpHeaders.LINK, Documents.alternates(f.path()));
        p.headers().forEach(response::setHeader);
        return view(p);
    }

    /** {@code /data/….{ext}}: the kind's description in {@code r}, 301, 410 or 404. */
    public <T> Object data(Dereferenceable<T> kind, String key, Representation r) {
        Lookup<T> found = kind.lookup(key);
        if (found instanceof Lookup.Moved<T> m) {
            return moved(Documents.dataPath(m.path(), r));
        }
        if (found instanceof Lookup.Gone<T> g) {
            return gone(g, r);
        }
        Lookup.Found<T> f = found(found);
        return documents.ok(kind.describe(f.thing()), r, f.path());
    }

    private static <T> Lookup.Found<T> found(Lookup<T> found) {
        if (found instanceof Lookup.Absent<T> a) {
            throw new NotFoundException(a.message());
        }
        return (Lookup.Found<T>) found;
    }

    private static ResponseEntity<Void> moved(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create(location))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    /** 410 Gone with the tombstone: its page, or its triples. */
    private Object gone(Lookup.Gone<?> g, Representation r) {
        if (r == Representation.HTML) {
            ModelAndView mav = view(g.page());
            mav.setStatus(HttpStatus.GONE);
            return mav;
        }
        return documents.document(HttpStatus.GONE, g.tombstone().get(), r, g.path());
    }

    private static ModelAndView view(Page p) {
        ModelAndView mav = new ModelAndView(p.view());
        mav.addAllObjects(p.model());
        return mav;
    }
}
