package org.mednumlod.site.graph;

import jakarta.servlet.http.HttpServletRequest;
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
 * Named graphs: {@code /graph/{nom}} and {@code /graph/source/{nom}} (303), their page {@code /page/graph/…} (what the
 * graph holds, its size, its dump: the graph's own N-Quads file of the release, and a SPARQL query over it) and RDF
 * document {@code /data/graph/….{ext}} (its VoID subset in the catalogue). A graph every release may have answers
 * even when this release leaves it empty; the graph of a source no longer published answers 410.
 */
@Controller
class GraphController {
    private final Dereferencing flow;
    private final GraphDocuments graphs;

    GraphController(Dereferencing flow, GraphDocuments graphs) {
        this.flow = flow;
        this.graphs = graphs;
    }

    @GetMapping({"/graph/{name}", "/graph/source/{name}"})
    Object thing(
            @PathVariable String name,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request) {
        return flow.thing(
                graphs, GraphDocuments.path(request.getRequestURI().substring("/graph/".length())), format, accept);
    }

    @GetMapping({"/page/graph/{name}", "/page/graph/source/{name}"})
    Object page(@PathVariable String name, HttpServletRequest request, HttpServletResponse response) {
        String path = GraphDocuments.path(request.getRequestURI().substring("/page/graph/".length()));
        return flow.page(graphs, path, response, uri -> graphs.page(uri, path));
    }

    @GetMapping({"/data/graph/{file:.+}", "/data/graph/source/{file:.+}"})
    Object data(@PathVariable String file, HttpServletRequest request) {
        String rest = request.getRequestURI().substring("/data/graph/".length());
        Documents.DataFile document = Documents.dataFile(rest.substring(rest.lastIndexOf('/') + 1));
        String path = GraphDocuments.path(rest.substring(0, rest.lastIndexOf('/') + 1) + document.name());
        return flow.data(graphs, path, document.representation());
    }
}
