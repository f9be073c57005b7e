package org.mednumlod.site.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
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

/** The catalogue of the served release (DCAT-AP, VoID): {@code /catalogue} → 303 → page or RDF. */
@Controller
class CatalogueController {
    private static final String PATH = "catalogue";

    private final Store store;
    private final String base;

    private final RdfDocuments documents;

    CatalogueController(Store store, SiteProperties properties, RdfDocuments documents) {
        this.documents = documents;
        this.store = store;
        this.base = properties.baseUri();
    }

    @GetMapping("/catalogue")
    ResponseEntity<Void> thing(@RequestParam(required = false) String format,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return Documents.seeOther(PATH, format, accept);
    }

    @GetMapping("/page/catalogue")
    String page(Model model, HttpServletResponse response) {
        Map<String, RDFNode> bind = Map.of("dataset", ResourceFactory.createResource(base + "/catalogue#jeu-de-donnees"));
        store.read(ds -> {
            List<QuerySolution> facts = Queries.select(ds, "catalogue-facts", bind);
            model.addAttribute("facts", facts.isEmpty() ? null : facts.get(0));
            model.addAttribute("subsets", Queries.select(ds, "catalogue-subsets", bind));
            model.addAttribute("classes", Queries.select(ds, "catalogue-classes", bind));
            return null;
        });
        model.addAttribute("release", store.releaseId());
        response.setHeader(HttpHeaders.LINK, Documents.alternates(PATH));
        return "catalogue";
    }

    @GetMapping("/data/catalogue.{ext}")
    ResponseEntity<byte[]> data(@PathVariable String ext) {
        Representation r = Representation.byName(ext).filter(Representation::isRdf)
                .orElseThrow(() -> new NotFoundException("format inconnu : " + ext));
        Map<String, RDFNode> bind = Map.of("g", ResourceFactory.createResource(new Identifiers(base).graph(Identifiers.Graph.CATALOGUE).getURI()));
        return documents.ok(store.read(ds -> Queries.construct(ds, "vocabulary-graph", bind)), r, PATH);
    }
}
