package org.mednumlod.site.map;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.mednumlod.site.map.MapService.Named;
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
class EmbedController {
    private final MapService mapService;

    /**
     * The form as filled in, the territory found (or the candidates when a name matches several, or an error), the
     * widget's URL and the snippet.
     */
    record Integration(
            String territory,
            String colour,
            String mode,
            String latitude,
            String longitude,
            String zoom,
            Filters filters,
            Named found,
            List<Named> candidates,
            String error,
            String src,
            String snippet,
            String component,
            List<MapService.FormGroup> options) {}

    EmbedController(MapService mapService) {
        this.mapService = mapService;
    }

    @GetMapping("/integrer")
    String page(
            @RequestParam(name = "territoire", defaultValue = "") String territory,
            @RequestParam(name = "couleur", defaultValue = "") String colour,
            @RequestParam(defaultValue = "les-deux") String mode,
            @RequestParam(defaultValue = "") String latitude,
            @RequestParam(defaultValue = "") String longitude,
            @RequestParam(defaultValue = "") String zoom,
            HttpServletRequest request,
            Model model) {
        Filters filters = Filters.of(request.getParameterMap());
        Lookup lookup = new Lookup(null, List.of(), null);
        Snippet snippet = new Snippet(null, null, null);
        if (!territory.isBlank()) {
            try {
                lookup = lookup(territory);
                if (lookup.found() != null) {
                    snippet = snippet(
                            lookup.found(),
                            filters,
                            Widget.of(lookup.found().territory(), colour, mode, latitude, longitude, zoom));
                }
            } catch (BadRequestException e) {
                lookup = new Lookup(lookup.found(), lookup.candidates(), e.getMessage());
            }
        }
        model.addAttribute(
                "i",
                new Integration(
                        territory,
                        colour.isBlank() ? Widget.DEFAULT_COLOUR : colour,
                        mode,
                        latitude,
                        longitude,
                        zoom,
                        filters,
                        lookup.found(),
                        lookup.candidates(),
                        lookup.error(),
                        snippet.src(),
                        snippet.iframe(),
                        snippet.component(),
                        mapService.formOptions()));
        return "integrer";
    }

    /** The territory typed in the form: found, or the candidates when a name matches several, or an error. */
    private record Lookup(Named found, List<Named> candidates, String error) {}

    /** The widget's URL and the two ways to embed it: an iframe, or the web component. */
    private record Snippet(String src, String iframe, String component) {}

    /** Finds the territory by its code ({@code departement:16}) or by the start of its name. */
    private Lookup lookup(String territory) {
        Optional<TerritoryRef> code = territory.contains(":") ? MapController.territory(territory) : Optional.empty();
        if (code.isPresent()) {
            Named found = mapService.find(code.get()).orElse(null);
            return new Lookup(
                    found,
                    List.of(),
                    found == null ? "Aucun territoire « " + territory + " » dans les données servies." : null);
        }
        List<Named> candidates = mapService.byName(territory);
        if (candidates.size() == 1) {
            return new Lookup(candidates.get(0), List.of(), null);
        }
        if (candidates.isEmpty()) {
            return new Lookup(
                    null,
                    candidates,
                    "Aucune région, aucun département, aucune intercommunalité ni aucune commune dont le nom "
                            + "commence par « " + territory + " ».");
        }
        return new Lookup(null, candidates, null);
    }

    /** The widget's URL for the territory found, the settings and the filters, and the snippets embedding it. */
    private static Snippet snippet(Named found, Filters filters, Widget w) {
        String origin =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String src = origin
                + filters.link(
                        "/widget",
                        "territoire",
                        found.territory().key(),
                        "couleur",
                        w.colour(),
                        "mode",
                        w.mode(),
                        "latitude",
                        text(w.latitude()),
                        "longitude",
                        text(w.longitude()),
                        "zoom",
                        w.zoom() == null ? null : w.zoom().toString());
        String title = "Lieux de médiation numérique — " + found.label();
        String iframe = "<iframe src=\"" + attribute(src) + "\" title=\"" + attribute(title)
                + "\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\"></iframe>";
        String component = "<script src=\"" + origin + "/js/mednum-carte.js\" defer></script>\n"
                + "<mednum-carte src=\"" + attribute(src) + "\" titre=\"" + attribute(title)
                + "\"></mednum-carte>";
        return new Snippet(src, iframe, component);
    }

    private static String text(Double d) {
        return d == null ? null : d.toString();
    }

    /** Escapes a value for an HTML attribute of the snippet (the snippet is then shown escaped again, as text). */
    private static String attribute(String s) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
