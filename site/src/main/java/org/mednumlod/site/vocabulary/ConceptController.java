package org.mednumlod.site.vocabulary;

import jakarta.servlet.http.HttpServletResponse;
import org.mednumlod.site.web.Dereferencing;
import org.mednumlod.site.web.Documents;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
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
    private final Dereferencing flow;
    private final ConceptDocuments concepts;

    ConceptController(Dereferencing flow, ConceptDocuments concepts) {
        this.flow = flow;
        this.concepts = concepts;
    }

    @GetMapping({"/code/{list}/{value}", "/id/code/{list}/{value}"})
    Object thing(
            @PathVariable String list,
            @PathVariable String value,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return flow.thing(concepts, ConceptDocuments.key(list, value), format, accept);
    }

    @GetMapping({"/code", "/code/{list}"})
    ResponseEntity<Void> scheme(
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return Documents.seeOther(VocabularyDocuments.PATH, format, accept);
    }

    @GetMapping("/page/code/{list}/{value}")
    Object page(
            @PathVariable String list,
            @PathVariable String value,
            @RequestParam(defaultValue = "1") int page,
            HttpServletResponse response) {
        String key = ConceptDocuments.key(list, value);
        return flow.page(concepts, key, response, c -> concepts.page(c, key, page));
    }

    @GetMapping("/data/code/{list}/{file:.+}")
    Object data(@PathVariable String list, @PathVariable String file) {
        Documents.DataFile document = Documents.dataFile(file);
        return flow.data(concepts, ConceptDocuments.key(list, document.name()), document.representation());
    }
}
