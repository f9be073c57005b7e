package org.mednumlod.site.sparql;

import org.mednumlod.endpoint.endpoint.UiRowCap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /query}: the query editor (YASGUI, served from {@code /vendor/yasgui}) over a plain, accessible form that
 * sends a SPARQL query to {@code /sparql} (GET) and stays the route without JavaScript, with the gallery of example
 * queries; {@code ?exemple=NAME} puts one of them in the editor and the form, {@code ?requete=TEXT} any query (the
 * « voir en SPARQL » links of the pages; shown as text, run only when the user asks).
 */
@Controller
class QueryPageController {
    private final ExampleQueries examples;
    private final UiRowCap cap;
    private final String prefixesJson;

    QueryPageController(ExampleQueries examples, UiRowCap cap, ObjectMapper json) {
        this.examples = examples;
        this.cap = cap;
        this.prefixesJson = json.writeValueAsString(examples.prefixes());
    }

    /** The longest query text accepted in {@code ?requete=} (longer: the default example). */
    static final int MAX_QUERY_LENGTH = 8_000;

    @GetMapping("/query")
    String page(
            @RequestParam(name = "exemple", required = false) String name,
            @RequestParam(name = "requete", required = false) String text,
            Model model) {
        ExampleQueries.Example current = text != null && !text.isBlank() && text.length() <= MAX_QUERY_LENGTH
                ? new ExampleQueries.Example("requete", "Requête de la page", text)
                : name == null
                        ? examples.all().get(0)
                        : examples.byName(name).orElse(examples.all().get(0));
        model.addAttribute("examples", examples.all());
        model.addAttribute("current", current);
        model.addAttribute("plafond", cap.maxRows());
        model.addAttribute("prefixes", prefixesJson);
        model.addAttribute("marqueur", UiRowCap.MARKER_HEADER);
        model.addAttribute("enTeteLimite", UiRowCap.APPLIED_HEADER);
        return "query";
    }
}
