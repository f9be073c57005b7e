package org.mednumlod.site.sparql;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /query}: a plain, accessible form that sends a SPARQL query to {@code /sparql} (GET), with the gallery
 * of example queries; {@code ?exemple=NAME} puts one of them in the form.
 */
@Controller
class QueryPageController {
    private final ExampleQueries examples;

    QueryPageController(ExampleQueries examples) {
        this.examples = examples;
    }

    @GetMapping("/query")
    String page(@RequestParam(name = "exemple", required = false) String name, Model model) {
        ExampleQueries.Example current = name == null ? examples.all().get(0)
                : examples.byName(name).orElse(examples.all().get(0));
        model.addAttribute("examples", examples.all());
        model.addAttribute("current", current);
        return "query";
    }
}
