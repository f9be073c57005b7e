package org.mednumlod.site.carte;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.mednumlod.site.carte.CarteService.Named;
import org.mednumlod.site.territory.TerritoryRef;
import org.mednumlod.site.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /integrer}: the page where a collectivité builds the snippet that embeds the map of its territory — the
 * territory (by code, {@code departement:16}, or by the start of its name), colour, start view, initial filters
 * and mode — with a live preview (the widget itself, in an iframe) and the snippet to copy.
 */
@Controller
class IntegrerController {
    private final CarteService carte;

    /**
     * The form as filled in, the territory found (or the candidates when a name matches several, or an error), the
     * widget's URL and the snippet.
     */
    record Integration(String territoire, String couleur, String mode, String latitude, String longitude, String zoom,
                       Filtres filtres, Named trouve, List<Named> candidats, String erreur, String src, String snippet,
                       String component, List<CarteService.FormGroup> options) {
    }

    IntegrerController(CarteService carte) {
        this.carte = carte;
    }

    @GetMapping("/integrer")
    String page(@RequestParam(defaultValue = "") String territoire, @RequestParam(defaultValue = "") String couleur,
                @RequestParam(defaultValue = "les-deux") String mode, @RequestParam(defaultValue = "") String latitude,
                @RequestParam(defaultValue = "") String longitude, @RequestParam(defaultValue = "") String zoom,
                HttpServletRequest request, Model model) {
        Filtres filtres = Filtres.of(request.getParameterMap());
        Named found = null;
        List<Named> candidates = List.of();
        String error = null;
        String src = null;
        String snippet = null;
        String component = null;
        if (!territoire.isBlank()) {
            try {
                Optional<TerritoryRef> code = territoire.contains(":") ? CarteController.territoire(territoire) : Optional.empty();
                if (code.isPresent()) {
                    found = carte.find(code.get()).orElse(null);
                    if (found == null) {
                        error = "Aucun territoire « " + territoire + " » dans les données servies.";
                    }
                } else {
                    candidates = carte.byName(territoire);
                    if (candidates.size() == 1) {
                        found = candidates.get(0);
                        candidates = List.of();
                    } else if (candidates.isEmpty()) {
                        error = "Aucune région, aucun département, aucune intercommunalité ni aucune commune dont le nom "
                                + "commence par « " + territoire + " ».";
                    }
                }
                if (found != null) {
                    Widget w = Widget.of(found.territoire(), couleur, mode, latitude, longitude, zoom);
                    String origin = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
                    Filtres settings = filtres;
                    src = origin + settings.link("/widget", "territoire", found.territoire().key(), "couleur",
                            w.couleur(), "mode", w.mode(), "latitude", text(w.latitude()), "longitude",
                            text(w.longitude()), "zoom", w.zoom() == null ? null : w.zoom().toString());
                    String title = "Lieux de médiation numérique — " + found.label();
                    snippet = "<iframe src=\"" + attribute(src) + "\" title=\"" + attribute(title)
                            + "\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\"></iframe>";
                    component = "<script src=\"" + origin + "/js/mednum-carte.js\" defer></script>\n"
                            + "<mednum-carte src=\"" + attribute(src) + "\" titre=\"" + attribute(title) + "\"></mednum-carte>";
                }
            } catch (BadRequestException e) {
                error = e.getMessage();
            }
        }
        model.addAttribute("i", new Integration(territoire, couleur.isBlank() ? Widget.DEFAULT_COLOUR : couleur, mode,
                latitude, longitude, zoom, filtres, found, candidates, error, src, snippet, component, carte.formOptions()));
        return "integrer";
    }

    private static String text(Double d) {
        return d == null ? null : d.toString();
    }

    /** Escapes a value for an HTML attribute of the snippet (the snippet is then shown escaped again, as text). */
    private static String attribute(String s) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
