package org.mednumlod.site.territory;

import jakarta.servlet.http.HttpServletResponse;
import org.mednumlod.site.web.Dereferencing;
import org.mednumlod.site.web.Documents;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Territories: {@code /id/{kind}/{code}} (303), {@code /page/…} (HTML) and {@code /data/….{ext}} (RDF). */
@Controller
class TerritoryController {
    private final Dereferencing flow;
    private final TerritoryDocuments territories;

    TerritoryController(Dereferencing flow, TerritoryDocuments territories) {
        this.flow = flow;
        this.territories = territories;
    }

    @GetMapping("/id/{kind}/{code}")
    Object thing(
            @PathVariable String kind,
            @PathVariable String code,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return flow.thing(territories, TerritoryDocuments.key(kind, code), format, accept);
    }

    @GetMapping("/page/{kind}/{code}")
    Object page(
            @PathVariable String kind,
            @PathVariable String code,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "lieux", defaultValue = "1") int placesPage,
            @RequestParam(name = "sans-lieu", defaultValue = "1") int withoutPlacePage,
            HttpServletResponse response) {
        String key = TerritoryDocuments.key(kind, code);
        return flow.page(territories, key, response, t -> territories.page(t, key, page, placesPage, withoutPlacePage));
    }

    @GetMapping("/data/{kind}/{file:.+}")
    Object data(@PathVariable String kind, @PathVariable String file) {
        String segment = TerritoryDocuments.segment(kind); // an unknown kind is told before a bad file name
        Documents.DataFile document = Documents.dataFile(file);
        return flow.data(territories, segment + "/" + document.name(), document.representation());
    }
}
