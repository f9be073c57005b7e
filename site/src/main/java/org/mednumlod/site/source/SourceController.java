package org.mednumlod.site.source;

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
 * Sources: {@code /id/source/{nom}} (303), {@code /page/source/{nom}} (producer, licence, file, dates, records read,
 * published and quarantined, places, conformance) and {@code /data/source/{nom}.{ext}}. A source no longer published
 * answers 410 with its tombstone (docs/uri-policy.md).
 */
@Controller
class SourceController {
    private final Dereferencing flow;
    private final SourceDocuments sources;

    SourceController(Dereferencing flow, SourceDocuments sources) {
        this.flow = flow;
        this.sources = sources;
    }

    @GetMapping("/id/source/{name}")
    Object thing(
            @PathVariable String name,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return flow.thing(sources, name, format, accept);
    }

    @GetMapping("/page/source/{name}")
    Object page(@PathVariable String name, HttpServletResponse response) {
        return flow.page(sources, name, response, m -> sources.page(m, name));
    }

    @GetMapping("/data/source/{file:.+}")
    Object data(@PathVariable String file) {
        Documents.DataFile document = Documents.dataFile(file);
        return flow.data(sources, document.name(), document.representation());
    }
}
