package org.mednumlod.site.place;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.apache.jena.rdf.model.Resource;
import org.mednumlod.site.web.Documents;
import org.mednumlod.site.web.Negotiation;
import org.mednumlod.site.web.NotAcceptableException;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.RdfDocuments;
import org.mednumlod.site.web.Representation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Places: {@code /id/lieu/{key}} (303 to a document), {@code /page/lieu/{key}} (HTML) and
 * {@code /data/lieu/{key}.{ext}} (RDF; JSON-LD against the published context). A place merged into another
 * answers 301 to the other's URI or document; a withdrawn place answers 410 with its tombstone.
 */
@Controller
class PlaceController {
    private final PlaceService places;
    private final RdfDocuments documents;
    private final PlacePageSettings settings;
    private final ObjectProvider<PlacePageSection> sections;

    PlaceController(PlaceService places, RdfDocuments documents, PlacePageSettings settings,
                    ObjectProvider<PlacePageSection> sections) {
        this.places = places;
        this.documents = documents;
        this.settings = settings;
        this.sections = sections;
    }

    @GetMapping("/id/lieu/{key}")
    Object thing(@PathVariable String key, @RequestParam(required = false) String format,
                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        PlaceService.Lookup found = places.find(key);
        if (found instanceof PlaceService.Merged m) {
            return moved("/id/" + m.successorPath());
        }
        if (found instanceof PlaceService.Withdrawn w) {
            Representation r = Negotiation.choose(format, accept).orElseThrow(NotAcceptableException::new);
            return gone(w, r, key);
        }
        place(found, key);
        return Documents.seeOther(path(key), format, accept);
    }

    @GetMapping("/page/lieu/{key}")
    Object page(@PathVariable String key, @RequestParam(name = "voisins", defaultValue = "1") int page,
                HttpServletResponse response) {
        PlaceService.Lookup found = places.find(key);
        if (found instanceof PlaceService.Merged m) {
            return moved("/page/" + m.successorPath());
        }
        if (found instanceof PlaceService.Withdrawn w) {
            return gone(w, Representation.HTML, key);
        }
        Resource s = place(found, key);
        response.setHeader(HttpHeaders.LINK, Documents.alternates(path(key)));
        // "Ouvert maintenant" is computed for this request: caches may keep the page a minute, no more.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        ModelAndView mav = new ModelAndView("place");
        mav.addObject("p", places.view(s, page));
        mav.addObject("map", settings);
        sections.orderedStream().forEach(section -> mav.addObject(section.attribute(), section.model(key)));
        return mav;
    }

    @GetMapping("/data/lieu/{file:.+}")
    Object data(@PathVariable String file) {
        Documents.DataFile document = Documents.dataFile(file);
        String key = document.name();
        Representation r = document.representation();
        PlaceService.Lookup found = places.find(key);
        if (found instanceof PlaceService.Merged m) {
            return moved(Documents.dataPath(m.successorPath(), r));
        }
        if (found instanceof PlaceService.Withdrawn w) {
            return gone(w, r, key);
        }
        Resource s = place(found, key);
        return documents.ok(places.describe(s), r, path(key));
    }

    private static Resource place(PlaceService.Lookup found, String key) {
        if (found instanceof PlaceService.Found f) {
            return f.place();
        }
        throw new NotFoundException("lieu « " + key + " » inconnu");
    }

    private static String path(String key) {
        return "lieu/" + key;
    }

    private static ResponseEntity<Void> moved(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** 410 Gone with the tombstone: an HTML page or the tombstone's triples. */
    private Object gone(PlaceService.Withdrawn w, Representation r, String key) {
        if (r == Representation.HTML) {
            ModelAndView mav = new ModelAndView("place-gone");
            mav.setStatus(HttpStatus.GONE);
            mav.addObject("uri", w.place().getURI());
            mav.addObject("at", w.at());
            mav.addObject("key", key);
            return mav;
        }
        return documents.document(HttpStatus.GONE, places.tombstone(w.place()), r, path(key));
    }
}
