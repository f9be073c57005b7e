package org.mednumlod.site.catalogue;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.web.DereferencingSlice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The catalogue controller over a mocked catalogue: {@code /catalogue}, its page and its documents. */
@WebMvcTest(controllers = CatalogueController.class)
class CatalogueControllerSliceTest extends DereferencingSlice {
    @MockitoBean
    CatalogueDocuments catalogue;

    /** URL | Accept | status | Location | media type | Link has. */
    @ParameterizedTest(name = "{0} ({1}) → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /catalogue          | -                   | 303 | /page/catalogue         | -           | </data/catalogue.ttl>
            /catalogue          | application/ld+json | 303 | /data/catalogue.jsonld  | -           | </page/catalogue>
            /catalogue?format=ttl | -                 | 303 | /data/catalogue.ttl     | -           | </page/catalogue>
            /catalogue          | image/png           | 406 | -                       | text/plain  | -
            /page/catalogue     | -                   | 200 | -                       | text/html   | </data/catalogue.ttl>
            /data/catalogue.ttl | -                   | 200 | -                       | text/turtle | </page/catalogue>
            /data/catalogue.png | text/plain          | 404 | -                       | text/plain  | -
            """)
    void answers(String url, String accept, int status, String location, String type, String link) throws Exception {
        when(catalogue.lookup(anyString())).thenReturn(state("found", "catalogue", null, "catalogue", null));
        when(catalogue.describe(any())).thenReturn(DESCRIPTION);
        when(catalogue.page()).thenReturn(PAGE);
        expect(url, accept, status, location, type, link);
    }
}
