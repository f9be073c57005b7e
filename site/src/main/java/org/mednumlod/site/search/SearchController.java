package org.mednumlod.site.search;

import jakarta.servlet.http.HttpServletResponse;
import org.mednumlod.site.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /recherche?q=…&page=…}: places by name, communes by the start of their name. */
@Controller
class SearchController {
    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/recherche")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") String page,
            Model model,
            HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("q", q == null ? "" : q);
        if (q == null || q.isBlank()) {
            return "search";
        }
        if (q.length() > SearchService.MAX_LENGTH) {
            throw new BadRequestException("le texte recherché dépasse " + SearchService.MAX_LENGTH + " caractères");
        }
        if (!page.matches("[0-9]{1,5}") || Integer.parseInt(page) < 1) {
            throw new BadRequestException("numéro de page invalide : " + page);
        }
        String folded = SearchService.fold(q);
        if (folded.length() < SearchService.MIN_LENGTH) {
            model.addAttribute("message", "Saisissez au moins " + SearchService.MIN_LENGTH + " lettres ou chiffres.");
            return "search";
        }
        int current = Integer.parseInt(page);
        model.addAttribute("page", current);
        model.addAttribute("results", search.search(folded, current));
        return "search";
    }
}
