package org.mednumlod.site.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import org.mednumlod.site.web.Dereferencing;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue of the served release (DCAT-AP, VoID): {@code /catalogue} → 303 → page or RDF. */
@Controller
class CatalogueController {
    private final Dereferencing flow;
    private final CatalogueDocuments catalogue;

    CatalogueController(Dereferencing flow, CatalogueDocuments catalogue) {
        this.flow = flow;
        this.catalogue = catalogue;
    }

    @GetMapping("/catalogue")
    Object thing(
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return flow.thing(catalogue, CatalogueDocuments.PATH, format, accept);
    }

    @GetMapping("/page/catalogue")
    Object page(HttpServletResponse response) {
        return flow.page(catalogue, CatalogueDocuments.PATH, response, path -> catalogue.page());
    }

    @GetMapping("/data/catalogue.{ext}")
    Object data(@PathVariable String ext) {
        Representation r = Representation.byName(ext)
                .filter(Representation::isRdf)
                .orElseThrow(() -> new NotFoundException("format inconnu : " + ext));
        return flow.data(catalogue, CatalogueDocuments.PATH, r);
    }
}
