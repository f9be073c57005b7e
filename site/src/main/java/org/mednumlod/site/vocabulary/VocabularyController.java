package org.mednumlod.site.vocabulary;

import jakarta.servlet.http.HttpServletResponse;
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
 * The vocabulary document. Its terms have hash URIs in a fixed namespace ({@code https://w3id.org/mednum-lod/def#});
 * here the ontology answers at {@code /def} (and {@code /id/def}) with 303 to {@code /page/def} or {@code /data/def.{ext}}.
 */
@Controller
class VocabularyController {
    private static final String PATH = "def";

    private final VocabularyService vocabulary;

    private final RdfDocuments documents;

    VocabularyController(VocabularyService vocabulary, RdfDocuments documents) {
        this.documents = documents;
        this.vocabulary = vocabulary;
    }

    @GetMapping({"/def", "/id/def"})
    ResponseEntity<Void> thing(@RequestParam(required = false) String format,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return Documents.seeOther(PATH, format, accept);
    }

    @GetMapping("/page/def")
    String page(Model model, HttpServletResponse response) {
        model.addAllAttributes(vocabulary.document());
        response.setHeader(HttpHeaders.LINK, Documents.alternates(PATH));
        return "vocabulary";
    }

    @GetMapping("/data/def.{ext}")
    ResponseEntity<byte[]> data(@PathVariable String ext) {
        Representation r = Representation.byName(ext).filter(Representation::isRdf)
                .orElseThrow(() -> new NotFoundException("format inconnu : " + ext));
        return documents.ok(vocabulary.graph(), r, PATH);
    }
}
