package org.mednumlod.site.statistics;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mednumlod.site.web.Dereferencing;
import org.mednumlod.site.web.Documents;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The resources of the territory statistics (docs/statistics.md): {@code /statistiques/…} (303) — the data set, its
 * indicators and breakdown values, each observation, the extent of a territory ({@code …#emprise}) — their page
 * {@code /page/statistiques/…} and RDF document {@code /data/statistiques/….{ext}}. A cell the sparse cube does not
 * write (its value is zero) answers with its zero.
 */
@Controller
class StatisticsController {
    private final Dereferencing flow;
    private final StatisticsDocuments resources;

    StatisticsController(Dereferencing flow, StatisticsDocuments resources) {
        this.flow = flow;
        this.resources = resources;
    }

    @GetMapping({"/statistiques", "/statistiques/**"})
    Object thing(
            HttpServletRequest request,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return flow.thing(
                resources, StatisticsDocuments.path(request.getRequestURI().substring(1)), format, accept);
    }

    // (One segment spelled out: /page/{kind}/{code}, the territories', would otherwise be as specific.)
    @GetMapping({"/page/statistiques", "/page/statistiques/{one}", "/page/statistiques/**"})
    Object page(HttpServletRequest request, HttpServletResponse response) {
        String path = StatisticsDocuments.path(request.getRequestURI().substring("/page/".length()));
        return flow.page(resources, path, response, d -> resources.page(d, path));
    }

    @GetMapping({"/data/statistiques.{ext}", "/data/statistiques/{one}", "/data/statistiques/**"})
    Object data(HttpServletRequest request) {
        String rest = request.getRequestURI().substring("/data/".length());
        int slash = rest.lastIndexOf('/'); // -1 for the data set's own document, /data/statistiques.{ext}
        Documents.DataFile document = Documents.dataFile(rest.substring(slash + 1));
        String path = StatisticsDocuments.path(rest.substring(0, slash + 1) + document.name());
        return flow.data(resources, path, document.representation());
    }
}
