package org.mednumlod.site.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The OpenAPI 3.1 description ({@code /api/openapi.json}, a static resource) is valid for swagger-parser and
 * describes every path of {@link OrientationApiController} and every parameter the API reads.
 */
class OpenApiDescriptionTest {

    static OpenAPI parsed() throws Exception {
        String json;
        try (InputStream in = OpenApiDescriptionTest.class.getResourceAsStream("/openapi/orientation.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @Test
    void theDescriptionIsValidOpenApi31() throws Exception {
        OpenAPI api = parsed();
        assertEquals("3.1.0", api.getOpenapi());
        assertTrue(api.getInfo().getTitle().contains("médiation numérique"));
    }

    @Test
    void everyPathOfTheControllerIsDescribed() throws Exception {
        Set<String> mapped = new TreeSet<>();
        for (var m : OrientationApiController.class.getDeclaredMethods()) {
            GetMapping g = m.getAnnotation(GetMapping.class);
            if (g != null) {
                mapped.addAll(List.of(g.value()));
            }
        }
        assertEquals(4, mapped.size(), mapped.toString());
        assertEquals(mapped, new TreeSet<>(parsed().getPaths().keySet()));
    }

    @Test
    void everyParameterTheApiReadsIsDescribed() throws Exception {
        OpenAPI api = parsed();
        List<String> filters = new ArrayList<>(OrientationPageController.PARAMETERS);
        check(api, "/api/lieux", filters, "page", "par-page");
        check(api, "/api/lieux/points", filters);
        check(api, "/api/territoires/comptes", filters, "niveau", "dans");
        Operation lieux = api.getPaths().get("/api/lieux").getGet();
        assertNotNull(lieux.getResponses().get("200").getContent().get("application/json"));
        assertNotNull(lieux.getResponses().get("400").getContent().get("application/problem+json"));
        for (Facet f : Facet.values()) {
            Parameter p = lieux.getParameters().stream()
                    .filter(x -> x.getName().equals(f.parameter()))
                    .findFirst()
                    .orElseThrow();
            assertTrue(p.getDescription().contains(f.all() ? "(ET)" : "(OU)"), f + ": " + p.getDescription());
        }
    }

    private static void check(OpenAPI api, String path, List<String> filters, String... more) {
        Set<String> described = new TreeSet<>();
        api.getPaths().get(path).getGet().getParameters().forEach(p -> {
            assertEquals("query", p.getIn(), p.getName());
            assertTrue(p.getDescription() != null && !p.getDescription().isBlank(), p.getName());
            described.add(p.getName());
        });
        Set<String> expected = new TreeSet<>(filters);
        expected.addAll(List.of(more));
        assertEquals(expected, described, path);
    }
}
