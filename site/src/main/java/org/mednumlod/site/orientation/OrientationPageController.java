package org.mednumlod.site.orientation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mednumlod.site.territory.TerritoryKind;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /orientation}: the orientation search as one server-rendered page with one GET form (the state is in the
 * URL: shareable, the back button works, no JavaScript needed). A commune typed by name or postcode is resolved
 * here from the territory graph: one match → redirect to the same search with its INSEE code; several → a choice.
 */
@Controller
class OrientationPageController {
    /** The parameters of the contract, in the order the page's URLs write them. */
    static final List<String> PARAMETERS;

    static {
        List<String> names = new ArrayList<>();
        for (Facet f : Facet.values()) {
            names.add(f.parameter());
        }
        names.addAll(List.of(
                "accessibilite", "rdv", "ouvert", "jour", "de", "a", "commune", "lat", "lon", "rayon", "territoire"));
        PARAMETERS = List.copyOf(names);
    }

    private final Orientation orientation;
    private final OrientationForm form;

    OrientationPageController(Orientation orientation) {
        this.orientation = orientation;
        this.form = new OrientationForm(orientation);
    }

    @GetMapping("/orientation")
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, OrientationApiController.CACHE);
        Map<String, List<String>> params = known(OrientationApiController.params(request));
        String typed = first(params, "commune");
        model.addAttribute("sparqlUi", null);
        if (!typed.isEmpty()
                && first(params, "lat").isEmpty()
                && orientation
                        .catalogue()
                        .territory(TerritoryKind.COMMUNE, typed)
                        .isEmpty()) {
            List<Territory> found = orientation.catalogue().communes(typed);
            if (found.size() == 1) {
                return "redirect:" + url(with(params, "commune", found.get(0).code()), 0);
            }
            form.fill(model, params, null);
            model.addAttribute("typed", typed);
            model.addAttribute(
                    "choices",
                    found.stream()
                            .map(t -> new OrientationForm.Choice(
                                    t.name() + " (" + t.code()
                                            + (t.postcodes().isEmpty() ? "" : ", " + String.join(", ", t.postcodes()))
                                            + ")",
                                    url(with(params, "commune", t.code()), 0)))
                            .toList());
            return "orientation";
        }
        Criteria c = orientation.criteria(params);
        String pageParam = request.getParameter("page");
        int page = pageParam != null && pageParam.matches("[0-9]{1,6}") && Integer.parseInt(pageParam) > 0
                ? Integer.parseInt(pageParam)
                : 1;
        form.fill(model, params, c);
        List<Orientation.Match> all = orientation.matches(c);
        int pages =
                Math.max(1, (all.size() + OrientationApiController.PAGE_SIZE - 1) / OrientationApiController.PAGE_SIZE);
        model.addAttribute("total", all.size());
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute(
                "results",
                all.stream()
                        .skip((long) (page - 1) * OrientationApiController.PAGE_SIZE)
                        .limit(OrientationApiController.PAGE_SIZE)
                        .map(m -> form.result(m, c))
                        .toList());
        model.addAttribute("pagerBase", url(params, 0));
        String sparql = orientation.sparql(c);
        model.addAttribute("sparql", sparql);
        model.addAttribute("sparqlUi", "/query?requete=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        model.addAttribute("api", url(params, 0).replaceFirst("^/orientation", "/api/lieux"));
        return "orientation";
    }

    /** Only the contract's parameters, in a fixed order. */
    private static Map<String, List<String>> known(Map<String, List<String>> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            List<String> values = params.getOrDefault(name, List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::trim)
                    .toList();
            if (!values.isEmpty()) {
                out.put(name, values);
            }
        }
        return out;
    }

    private static Map<String, List<String>> with(Map<String, List<String>> params, String name, String value) {
        Map<String, List<String>> out = new LinkedHashMap<>(params);
        out.put(name, List.of(value));
        return out;
    }

    static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.getOrDefault(name, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    /** {@code /orientation?…} with the parameters URL-encoded (and {@code page} when > 1). */
    static String url(Map<String, List<String>> params, int page) {
        List<String> pairs = new ArrayList<>();
        params.forEach((k, values) -> values.forEach(v -> pairs.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        if (page > 1) {
            pairs.add("page=" + page);
        }
        return pairs.isEmpty() ? "/orientation" : "/orientation?" + String.join("&", pairs);
    }
}
