package org.mednumlod.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.context.LinkedDataContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What the controller slice tests ({@code @WebMvcTest}) of the dereferencing controllers share: the flow and the RDF
 * writers, the release's figures for the validators, and the four states a mocked lookup can give: {@code found},
 * {@code moved} (to {@code successor}), {@code gone}, {@code absent}. A test names a state, a request and its
 * {@code Accept}, and the status and headers it expects.
 */
@Import({Dereferencing.class, RdfDocuments.class})
@EnableConfigurationProperties(SiteProperties.class)
public abstract class DereferencingSlice {
    /** The tiny page every mocked kind answers with. */
    public static final Page PAGE = new Page(
            "slice-page", Map.of("title", "page d'essai"), Map.of(HttpHeaders.CACHE_CONTROL, "public, max-age=60"));
    /** The tiny description every mocked kind answers with. */
    public static final Model DESCRIPTION = ModelFactory.createDefaultModel()
            .add(ResourceFactory.createResource("http://data.example.org/id/x"), RDFS.label, "x");

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    LinkedDataContext context;

    @MockitoBean
    NationalFigures figures;

    @BeforeEach
    void release() {
        when(figures.get())
                .thenReturn(new NationalFigures.Figures("r1", Instant.parse("2026-01-15T10:00:00Z"), 0, 0, 0));
    }

    /** A lookup in one of the four states: found at {@code path}, moved to {@code successor}, gone, absent. */
    public static <T> Lookup<T> state(String state, String path, String successor, T thing, String pageElsewhere) {
        return switch (state) {
            case "found" -> new Lookup.Found<>(path, thing, pageElsewhere);
            case "moved" -> new Lookup.Moved<>(successor);
            case "gone" ->
                new Lookup.Gone<>(path, () -> DESCRIPTION, new Page("slice-page", Map.of("title", "retiré"), Map.of()));
            case "absent" -> new Lookup.Absent<>("inconnu");
            default -> throw new IllegalArgumentException(state);
        };
    }

    /**
     * GET {@code url} with {@code accept} and check the answer: its status, {@code Location}, media type (null: not
     * checked) and the alternate its {@code Link} names (null: no {@code Link}).
     */
    protected MockHttpServletResponse expect(
            String url, String accept, int status, String location, String type, String link) throws Exception {
        MockHttpServletResponse r = get(url, accept).getResponse();
        assertEquals(status, r.getStatus(), url);
        assertEquals(location, r.getHeader(HttpHeaders.LOCATION), "Location");
        if (type != null) {
            assertTrue(r.getContentType().startsWith(type), r.getContentType());
        }
        assertEquals(link != null, r.getHeader(HttpHeaders.LINK) != null, "Link: " + r.getHeader(HttpHeaders.LINK));
        if (link != null) {
            assertTrue(
                    r.getHeader(HttpHeaders.LINK).contains(link + "; rel=\"alternate\""),
                    r.getHeader(HttpHeaders.LINK));
        }
        return r;
    }

    /** GET {@code url} with {@code accept} (none when blank). */
    protected MvcResult get(String url, String accept) throws Exception {
        var request = MockMvcRequestBuilders.get(url);
        if (accept != null && !accept.isBlank()) {
            request.header(HttpHeaders.ACCEPT, accept);
        }
        return mvc.perform(request).andReturn();
    }
}
