package org.mednumlod.site.territory;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Resource;
import org.mednumlod.site.web.Documents;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.RdfDocuments;
import org.mednumlod.site.web.Representation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Territories: {@code /id/{kind}/{code}} (303), {@code /page/…} (HTML) and {@code /data/….{ext}} (RDF). */
@Controller
class TerritoryController {
    private final TerritoryService territories;
    private final MapTiles map;

    /** The map's tiles ({@code mednum.map.tile-url}, empty by default: no request leaves the site). */
    record MapTiles(String tileUrl, String attribution) {
    }

    private final RdfDocuments documents;

    TerritoryController(TerritoryService territories, RdfDocuments documents,
                        @Value("${mednum.map.tile-url:}") String tileUrl,
                        @Value("${mednum.map.attribution:}") String attribution) {
        this.territories = territories;
        this.documents = documents;
        this.map = new MapTiles(tileUrl, attribution);
    }

    @GetMapping("/id/{kind}/{code}")
    ResponseEntity<Void> thing(@PathVariable String kind, @PathVariable String code,
                               @RequestParam(required = false) String format,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        TerritoryKind k = kind(kind);
        find(k, code);
        return Documents.seeOther(k.segment() + "/" + code, format, accept);
    }

    @GetMapping("/page/{kind}/{code}")
    String page(@PathVariable String kind, @PathVariable String code,
                @RequestParam(defaultValue = "1") int page, @RequestParam(name = "lieux", defaultValue = "1") int placesPage,
                @RequestParam(name = "sans-lieu", defaultValue = "1") int withoutPlacePage,
                Model model, HttpServletResponse response) {
        TerritoryKind k = kind(kind);
        Resource s = find(k, code);
        model.addAttribute("t", territories.view(k, s, code, page, placesPage, withoutPlacePage));
        model.addAttribute("map", map);
        response.setHeader(HttpHeaders.LINK, Documents.alternates(k.segment() + "/" + code));
        return "territory";
    }

    @GetMapping("/data/{kind}/{file:.+}")
    ResponseEntity<byte[]> data(@PathVariable String kind, @PathVariable String file) {
        TerritoryKind k = kind(kind);
        Documents.DataFile document = Documents.dataFile(file);
        String code = document.name();
        Representation r = document.representation();
        Resource s = find(k, code);
        return documents.ok(territories.describe(s), r, k.segment() + "/" + code);
    }

    private static TerritoryKind kind(String segment) {
        return TerritoryKind.bySegment(segment)
                .orElseThrow(() -> new NotFoundException("type de ressource inconnu : " + segment));
    }

    private Resource find(TerritoryKind kind, String code) {
        return territories.find(kind, code)
                .orElseThrow(() -> new NotFoundException(kind.label() + " « " + code + " » inconnu(e)"));
    }
}
