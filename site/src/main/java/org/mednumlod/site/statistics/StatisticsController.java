package org.mednumlod.site.statistics;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mednumlod.site.web.Documents;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.RdfDocuments;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The resources of the territory statistics (docs/statistics.md): {@code /statistiques/…} (303) — the data set, its
 * indicators and breakdown values, each observation, the extent of a territory ({@code …#emprise}) — their page
 * {@code /page/statistiques/…} and RDF document {@code /data/statistiques/….{ext}}. A cell the sparse cube does not
 * write (its value is zero) answers with its zero.
 */
@Controller
class StatisticsController {
    private final StatisticsResources resources;
    private final RdfDocuments documents;

    StatisticsController(StatisticsResources resources, RdfDocuments documents) {
        this.resources = resources;
        this.documents = documents;
    }

    @GetMapping({"/statistiques", "/statistiques/**"})
    Object thing(HttpServletRequest request, @RequestParam(required = false) String format,
                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String path = path(request.getRequestURI().substring(1));
        find(path);
        return Documents.seeOther(path, format, accept);
    }

    // (One segment spelled out: /page/{kind}/{code}, the territories', would otherwise be as specific.)
    @GetMapping({"/page/statistiques", "/page/statistiques/{one}", "/page/statistiques/**"})
    Object page(HttpServletRequest request, HttpServletResponse response) {
        String path = path(request.getRequestURI().substring("/page/".length()));
        StatisticsResources.Described d = find(path);
        response.setHeader(HttpHeaders.LINK, Documents.alternates(path));
        ModelAndView mav = new ModelAndView("statistics");
        mav.addObject("r", resources.view(d));
        mav.addObject("path", path);
        return mav;
    }

    @GetMapping({"/data/statistiques.{ext}", "/data/statistiques/{one}", "/data/statistiques/**"})
    Object data(HttpServletRequest request) {
        String rest = request.getRequestURI().substring("/data/".length());
        if (!rest.contains("/")) { // the data set's own document, /data/statistiques.{ext}
            Documents.DataFile document = Documents.dataFile(rest);
            return documents.ok(find(path(document.name())).model(), document.representation(), document.name());
        }
        int slash = rest.lastIndexOf('/');
        Documents.DataFile document = Documents.dataFile(rest.substring(slash + 1));
        String path = path(rest.substring(0, slash + 1) + document.name());
        return documents.ok(find(path).model(), document.representation(), path);
    }

    /** {@code statistiques} or {@code statistiques/…} with segments of letters, digits and dashes; else 404. */
    private static String path(String path) {
        if (!path.matches("statistiques(/[A-Za-z0-9-]+)*")) {
            throw new NotFoundException("ressource statistique inconnue : /" + path);
        }
        return path;
    }

    private StatisticsResources.Described find(String path) {
        return resources.describe(path).orElseThrow(() -> new NotFoundException("ressource statistique inconnue : /" + path));
    }
}
