package org.mednumlod.site.orientation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mednumlod.site.territory.TerritoryKind;
import org.mednumlod.site.web.BadRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the orientation search (issue 7 contract): {@code /api/lieux} (a page of places),
 * {@code /api/lieux/points} (GeoJSON of every matching place with coordinates), {@code /api/territoires/comptes}
 * (counts per child territory) and {@code /api/openapi.json} (their OpenAPI 3.1 description). Open to any origin
 * (GET), cacheable one minute at most (« ouvert maintenant » changes), never in the page cache (not a release
 * document). A refused value answers 400 {@code application/problem+json} whatever the {@code Accept}.
 */
@RestController
class OrientationApiController {
    static final String CACHE = "public, max-age=60";
    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Orientation orientation;

    OrientationApiController(Orientation orientation) {
        this.orientation = orientation;
    }

    record CommuneJson(String code, String nom, String uri) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PlaceJson(
            String uri,
            String cle,
            String nom,
            String adresse,
            String codePostal,
            CommuneJson commune,
            Double latitude,
            Double longitude,
            Double distanceKm,
            Boolean ouvert,
            String statut,
            List<String> services,
            String page) {}

    record PageJson(long total, int page, int parPage, int pages, List<PlaceJson> lieux, String requeteSparql) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CountJson(String code, String nom, String uri, int nombre, Double latitude, Double longitude, String page) {}

    record CountsJson(String niveau, String dans, long total, List<CountJson> territoires) {}

    @GetMapping("/api/lieux")
    ResponseEntity<PageJson> places(
            HttpServletRequest request,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "par-page", defaultValue = "20") String perPage) {
        Criteria c = orientation.criteria(params(request));
        int p = number("page", page, 1, Integer.MAX_VALUE);
        int size = number("par-page", perPage, 1, MAX_PAGE_SIZE);
        List<Orientation.Match> all = orientation.matches(c);
        List<PlaceJson> lieux = all.stream()
                .skip((long) (p - 1) * size)
                .limit(size)
                .map(m -> json(m, c))
                .toList();
        int pages = (int) Math.max(1, (all.size() + size - 1) / size);
        return ok(MediaType.APPLICATION_JSON)
                .body(new PageJson(all.size(), p, size, pages, lieux, orientation.sparql(c)));
    }

    PlaceJson json(Orientation.Match m, Criteria c) {
        IndexedPlace p = m.place();
        Territory t = p.commune();
        return new PlaceJson(
                p.uri(),
                p.key(),
                p.name(),
                p.address(),
                p.postcode(),
                t == null ? null : new CommuneJson(t.code(), t.name(), t.uri()),
                p.hasCoordinates() ? p.latitude() : null,
                p.hasCoordinates() ? p.longitude() : null,
                Double.isNaN(m.distanceKm()) ? null : Math.round(m.distanceKm() * 1000) / 1000.0,
                orientation.open(p, c).orElse(null),
                orientation.status(p, c).orElse(null),
                orientation.slugs(p, Facet.SERVICES),
                "/page/lieu/" + p.key());
    }

    @GetMapping("/api/lieux/points")
    ResponseEntity<Map<String, Object>> points(HttpServletRequest request) {
        Criteria c = orientation.criteria(params(request));
        List<Map<String, Object>> features = new ArrayList<>();
        for (Orientation.Match m : orientation.matches(c)) {
            IndexedPlace p = m.place();
            if (!p.hasCoordinates()) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("uri", p.uri());
            properties.put("nom", p.name());
            properties.put("ouvert", orientation.open(p, c).orElse(null));
            properties.put("page", "/page/lieu/" + p.key());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return ok(GEO_JSON).body(collection);
    }

    @GetMapping("/api/territoires/comptes")
    ResponseEntity<CountsJson> counts(
            HttpServletRequest request,
            @RequestParam(required = false) String niveau,
            @RequestParam(required = false) String dans) {
        List<String> levels = List.of("region", "departement", "commune");
        if (niveau == null || !levels.contains(niveau)) {
            throw new InvalidCriterion(
                    "niveau",
                    "valeur inconnue pour « niveau » : « " + niveau + " ». Valeurs admises : "
                            + String.join(", ", levels),
                    levels);
        }
        Criteria c = orientation.criteria(params(request));
        Territory within = dans == null || dans.isBlank()
                ? null
                : orientation.criteria(Map.of("territoire", List.of(dans))).territory();
        List<CountJson> out = new ArrayList<>();
        long total = 0;
        for (Orientation.TerritoryCount tc :
                orientation.counts(TerritoryKind.bySegment(niveau).orElseThrow(), within, c)) {
            Territory t = tc.territory();
            total += tc.count();
            out.add(new CountJson(
                    t.code(),
                    t.name(),
                    t.uri(),
                    tc.count(),
                    Double.isNaN(tc.latitude()) ? null : tc.latitude(),
                    Double.isNaN(tc.longitude()) ? null : tc.longitude(),
                    t.page()));
        }
        return ok(MediaType.APPLICATION_JSON)
                .body(new CountsJson(niveau, within == null ? null : within.reference(), total, out));
    }

    @GetMapping("/api/openapi.json")
    ResponseEntity<byte[]> openApi() throws IOException {
        try (InputStream in = OrientationApiController.class.getResourceAsStream("/openapi/orientation.json")) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .body(in.readAllBytes());
        }
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, Object>> refused(BadRequestException e, HttpServletRequest request) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Requête incorrecte");
        problem.put("status", 400);
        problem.put("detail", e.getMessage());
        problem.put("instance", request.getRequestURI());
        if (e instanceof InvalidCriterion ic) {
            problem.put("parametre", ic.parameter());
            if (!ic.allowed().isEmpty()) {
                problem.put("valeursAdmises", ic.allowed());
            }
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(problem);
    }

    private static ResponseEntity.BodyBuilder ok(MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }

    private static int number(String name, String value, int min, int max) {
        if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new InvalidCriterion(
                    name,
                    "valeur invalide pour « " + name + " » : « " + value + " » (entier de " + min
                            + (max == Integer.MAX_VALUE ? " ou plus" : " à " + max) + ")",
                    List.of());
        }
        return Integer.parseInt(value);
    }

    /** The query parameters as name → values. */
    static Map<String, List<String>> params(HttpServletRequest request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> out.put(k, Arrays.asList(v)));
        return out;
    }
}
