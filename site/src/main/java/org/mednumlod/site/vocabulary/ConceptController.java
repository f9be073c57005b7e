package org.mednumlod.site.vocabulary;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Resource;
import org.mednumlod.site.web.Documents;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.RdfDocuments;
import org.mednumlod.site.web.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Code-list concepts. {@code https://w3id.org/mednum-lod/code/{liste}/{valeur}} is redirected by w3id to
 * {@code /code/{liste}/{valeur}} here (see {@code docs/w3id.htaccess}), which answers 303 to
 * {@code /page/code/{liste}/{valeur}} (HTML, with the places that use the concept, paged) or
 * {@code /data/code/{liste}/{valeur}.{ext}}. A scheme, {@code /code/{liste}}, is described in the vocabulary
 * document: 303 to {@code /page/def} or {@code /data/def.{ext}}.
 */
@Controller
class ConceptController {
    private final ConceptService concepts;

    private final RdfDocuments documents;

    ConceptController(ConceptService concepts, RdfDocuments documents) {
        this.documents = documents;
        this.concepts = concepts;
    }

    @GetMapping({"/code/{list}/{value}", "/id/code/{list}/{value}"})
    ResponseEntity<Void> thing(@PathVariable String list, @PathVariable String value,
                               @RequestParam(required = false) String format,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        find(list, value);
        return Documents.seeOther(path(list, value), format, accept);
    }

    @GetMapping({"/code", "/code/{list}"})
    ResponseEntity<Void> scheme(@RequestParam(required = false) String format,
                                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return Documents.seeOther("def", format, accept);
    }

    @GetMapping("/page/code/{list}/{value}")
    String page(@PathVariable String list, @PathVariable String value, @RequestParam(defaultValue = "1") int page,
                Model model, HttpServletResponse response) {
        Resource c = find(list, value);
        model.addAttribute("c", concepts.view(c, path(list, value), page));
        response.setHeader(HttpHeaders.LINK, Documents.alternates(path(list, value)));
        return "concept";
    }

    @GetMapping("/data/code/{list}/{file:.+}")
    ResponseEntity<byte[]> data(@PathVariable String list, @PathVariable String file) {
        Documents.DataFile document = Documents.dataFile(file);
        String value = document.name();
        Representation r = document.representation();
        return documents.ok(concepts.describe(find(list, value)), r, path(list, value));
    }

    private static String path(String list, String value) {
        return "code/" + list + "/" + value;
    }

    private Resource find(String list, String value) {
        return concepts.find(list, value)
                .orElseThrow(() -> new NotFoundException("concept « " + list + "/" + value + " » inconnu"));
    }
}
