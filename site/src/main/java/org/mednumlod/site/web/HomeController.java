package org.mednumlod.site.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: search form, national figures (from the catalogue), ways into the data. */
@Controller
class HomeController {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy à HH:mm", Locale.FRENCH).withZone(ZoneId.of("Europe/Paris"));
    private final NationalFigures figures;

    HomeController(NationalFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/")
    String home(Model model) {
        NationalFigures.Figures f = figures.get();
        model.addAttribute("figures", f);
        model.addAttribute("published", DATE.format(f.published()));
        return "home";
    }
}
