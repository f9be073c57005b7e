package org.mednumlod.site.place;

import jakarta.servlet.http.HttpServletResponse;
import org.mednumlod.site.web.Dereferencing;
import org.mednumlod.site.web.Documents;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Places: {@code /id/lieu/{key}} (303 to a document), {@code /page/lieu/{key}} (HTML) and
 * {@code /data/lieu/{key}.{ext}} (RDF; JSON-LD against the published context). A place merged into another
 * answers 301 to the other's URI or document; a withdrawn place answers 410 with its tombstone ({@link Dereferencing}).
 */
@Controller
class PlaceController {
    private final Dereferencing flow;
    private final PlaceDocuments places;

    PlaceController(Dereferencing flow, PlaceDocuments places) {
        this.flow = flow;
        this.places = places;
    }

    @GetMapping("/id/lieu/{key}")
    Object thing(
            @PathVariable String key,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return flow.thing(places, key, format, accept);
    }

    @GetMapping("/page/lieu/{key}")
    Object page(
            @PathVariable String key,
            @RequestParam(name = "voisins", defaultValue = "1") int page,
            HttpServletResponse response) {
        return flow.page(places, key, response, place -> places.page(place, key, page));
    }

    @GetMapping("/data/lieu/{file:.+}")
    Object data(@PathVariable String file) {
        Documents.DataFile document = Documents.dataFile(file);
        return flow.data(places, document.name(), document.representation());
    }
}
