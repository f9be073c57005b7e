package org.mednumlod.site.map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.map.MapService.Entry;
import org.mednumlod.site.map.MapService.Named;
import org.mednumlod.site.map.MapService.View;
import org.mednumlod.site.territory.TerritoryRef;
import org.mednumlod.site.web.BadRequestException;
import org.mednumlod.site.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national map ({@code /carte}) and the embeddable map of a territory ({@code /widget}): a list of the
 * territories one level down with their number of places (or of a commune's places), rendered on the server so
 * that the page works without JavaScript; {@code carte.js} draws the same on a map and follows the filters.
 */
@Controller
class MapController {
    private final MapService mapService;
    private final SiteProperties.MapTiles tiles;

    /** A link of the page (breadcrumb, pager). */
    record Link(String label, String href) {}

    /** A line of the list with its link (a territory of the next level on this page, or a place's page). */
    record Line(Entry entry, String href) {}

    /** What the map's template shows. */
    record MapPage(
            String action,
            View view,
            Filters filters,
            List<Line> lines,
            List<Link> trail,
            Link previous,
            Link next,
            List<MapService.FormGroup> options,
            Widget widget,
            String heading) {}

    MapController(MapService mapService, SiteProperties properties) {
        this.mapService = mapService;
        this.tiles = properties.map();
    }

    @GetMapping("/carte")
    String map(
            @RequestParam(name = "territoire", required = false) String territory,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        Named within = territory(territory).map(this::existing).orElse(null);
        model.addAttribute("c", page("/carte", within, null, page, Filters.of(request.getParameterMap()), null));
        model.addAttribute("tiles", tiles);
        return "carte";
    }

    @GetMapping("/widget")
    String widget(
            @RequestParam(name = "territoire", required = false) String territory,
            @RequestParam(name = "dans", required = false) String within,
            @RequestParam(name = "couleur", required = false) String colour,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String latitude,
            @RequestParam(required = false) String longitude,
            @RequestParam(required = false) String zoom,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        TerritoryRef root = territory(territory)
                .orElseThrow(
                        () -> new BadRequestException(
                                "paramètre territoire manquant : le widget montre un territoire (par exemple territoire=departement:16)"));
        Named rootNamed = existing(root);
        Widget w = Widget.of(root, colour, mode, latitude, longitude, zoom);
        Named current = rootNamed;
        if (within != null && !within.isBlank()) {
            TerritoryRef inner = territory(within).orElseThrow();
            if (!mapService.within(inner, root)) {
                throw new BadRequestException(
                        "« " + within + " » n'est pas dans le territoire du widget (" + root.key() + ")");
            }
            current = existing(inner);
        }
        model.addAttribute("c", page("/widget", current, root, page, Filters.of(request.getParameterMap()), w));
        model.addAttribute("tiles", tiles);
        // Any site may frame the widget; the page itself loads nothing from another origin (tiles excepted).
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data: " + tiles.origin().trim()
                        + "; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors *");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        return "widget";
    }

    /** The {@code territoire} or {@code dans} parameter; a malformed one is a 400 in French. */
    static Optional<TerritoryRef> territory(String value) {
        try {
            return TerritoryRef.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private Named existing(TerritoryRef t) {
        return mapService
                .find(t)
                .orElseThrow(() -> new NotFoundException(
                        t.kind().label() + " « " + t.code() + " » inconnu(e) dans la version servie"));
    }

    /** The page of the map inside {@code within} (null: France); the widget's links keep its settings. */
    private MapPage page(String action, Named within, TerritoryRef root, int page, Filters filters, Widget w) {
        View v = mapService.view(within, root, page, filters);
        String[] keep = w == null
                ? new String[0]
                : new String[] {"territoire", root.key(), "couleur", w.colour(), "mode", w.mode()};
        String levelParam = w == null ? "territoire" : "dans";
        List<Line> lines = new ArrayList<>();
        for (Entry e : v.entries()) {
            lines.add(new Line(
                    e,
                    e.territory() == null ? e.page() : filters.link(action, concat(keep, levelParam, e.territory()))));
        }
        List<Link> trail = new ArrayList<>();
        for (MapService.Crumb crumb : v.trail()) {
            boolean isRoot = root != null && root.key().equals(crumb.territory());
            trail.add(new Link(
                    crumb.label(), filters.link(action, concat(keep, levelParam, isRoot ? null : crumb.territory()))));
        }
        String here = within == null || (root != null && within.territory().equals(root))
                ? null
                : within.territory().key();
        Link previous = v.page() > 1
                ? new Link(
                        "Page précédente",
                        filters.link(action, concat(keep, levelParam, here, "page", Integer.toString(v.page() - 1))))
                : null;
        Link next = v.page() < v.pages()
                ? new Link(
                        "Page suivante",
                        filters.link(action, concat(keep, levelParam, here, "page", Integer.toString(v.page() + 1))))
                : null;
        String heading = within == null ? "France : les régions" : within.label() + " : les " + v.level().plural;
        return new MapPage(action, v, filters, lines, trail, previous, next, mapService.formOptions(), w, heading);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
