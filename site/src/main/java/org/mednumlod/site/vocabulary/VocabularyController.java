package org.mednumlod.site.vocabulary;

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

/**
 * The vocabulary document. Its terms have hash URIs in a fixed namespace ({@code https://w3id.org/mednum-lod/def#});
 * here the ontology answers at {@code /def} (and {@code /id/def}) with 303 to {@code /page/def} or {@code /data/def.{ext}}.
 */
@Controller
class VocabularyController {
    private final Dereferencing flow;
    private final VocabularyDocuments vocabulary;

    VocabularyController(Dereferencing flow, VocabularyDocuments vocabulary) {
        this.flow = flow;
        this.vocabulary = vocabulary;
    }

    @GetMapping({"/def", "/id/def"})
    Object thing(
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return flow.thing(vocabulary, VocabularyDocuments.PATH, format, accept);
    }

    @GetMapping("/page/def")
    Object page(HttpServletResponse response) {
        return flow.page(vocabulary, VocabularyDocuments.PATH, response, path -> vocabulary.page());
    }

    @GetMapping("/data/def.{ext}")
    Object data(@PathVariable String ext) {
        Representation r = Representation.byName(ext)
                .filter(Representation::isRdf)
                .orElseThrow(() -> new NotFoundException("format inconnu : " + ext));
        return flow.data(vocabulary, VocabularyDocuments.PATH, r);
    }
}
