package org.mednumlod.site.sparql;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /query}: a plain, accessible form that sends a SPARQL query to {@code /sparql} (GET). */
@Controller
class QueryPageController {

    @GetMapping("/query")
    String page() {
        return "query";
    }
}
