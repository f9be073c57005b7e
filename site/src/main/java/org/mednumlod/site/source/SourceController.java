package org.mednumlod.site.source;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.store.Tombstones;
import org.mednumlod.site.web.Documents;
import org.mednumlod.site.web.Gone;
import org.mednumlod.site.web.Negotiation;
import org.mednumlod.site.web.NotAcceptableException;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.RdfDocuments;
import org.mednumlod.site.web.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sources: {@code /id/source/{nom}} (303), {@code /page/source/{nom}} (producer, licence, file, dates, records read,
 * published and quarantined, places, conformance) and {@code /data/source/{nom}.{ext}}. A source no longer published
 * answers 410 with its tombstone (docs/uri-policy.md).
 */
@Controller
class SourceController {
    private final Store store;
    private final RdfDocuments documents;
    private final Tombstones tombstones;
    private final Gone gone;
    private final Identifiers ids;

    SourceController(Store store, RdfDocuments documents, Tombstones tombstones, Gone gone, SiteProperties properties) {
        this.store = store;
        this.documents = documents;
        this.tombstones = tombstones;
        this.gone = gone;
        this.ids = properties.identifiers();
    }

    @GetMapping("/id/source/{name}")
    Object thing(@PathVariable String name, @RequestParam(required = false) String format,
                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Model m = describe(name);
        if (m.isEmpty()) {
            return gone(name, Negotiation.choose(format, accept).orElseThrow(NotAcceptableException::new));
        }
        return Documents.seeOther(path(name), format, accept);
    }

    @GetMapping("/page/source/{name}")
    Object page(@PathVariable String name, HttpServletResponse response) {
        Model m = describe(name);
        if (m.isEmpty()) {
            return gone(name, Representation.HTML);
        }
        response.setHeader(HttpHeaders.LINK, Documents.alternates(path(name)));
        ModelAndView mav = new ModelAndView("source");
        mav.addObject("s", SourceView.of(m, uri(name), name, ids.sourceGraph(name).getURI()));
        return mav;
    }

    @GetMapping("/data/source/{file:.+}")
    Object data(@PathVariable String file) {
        Documents.DataFile document = Documents.dataFile(file);
        Model m = describe(document.name());
        if (m.isEmpty()) {
            return gone(document.name(), document.representation());
        }
        return documents.ok(m, document.representation(), path(document.name()));
    }

    private Model describe(String name) {
        if (!Identifiers.isSourceName(name)) {
            throw new NotFoundException("source « " + name + " » inconnue");
        }
        Resource s = uri(name);
        Model m = store.read(ds -> Queries.construct(ds, "source-describe", Map.of("s", s)));
        m.setNsPrefix("mnl", "https://w3id.org/mednum-lod/def#").setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        return m;
    }

    private Object gone(String name, Representation r) {
        Tombstones.Tombstone t = tombstones.find(uri(name).getURI()).filter(x -> x.withdrawnAt().isPresent())
                .orElseThrow(() -> new NotFoundException("source « " + name + " » inconnue"));
        return gone.answer(t, "la source", "Source retirée", r, path(name), null);
    }

    private Resource uri(String name) {
        return ResourceFactory.createResource(ids.source(name).getURI());
    }

    private static String path(String name) {
        return "source/" + name;
    }
}
