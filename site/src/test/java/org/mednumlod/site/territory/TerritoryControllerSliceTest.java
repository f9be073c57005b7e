package org.mednumlod.site.territory;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.web.DereferencingSlice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The territory controller over a mocked lookup: a kind of territory is checked before the lookup (404). */
@WebMvcTest(controllers = TerritoryController.class)
class TerritoryControllerSliceTest extends DereferencingSlice {
    private static final Resource COMMUNE = ResourceFactory.createResource("http://data.example.org/id/commune/16015");

    @MockitoBean
    TerritoryDocuments territories;

    /** state | URL | Accept | status | Location | media type | Link has. */
    @ParameterizedTest(name = "{0} {1} ({2}) → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            found  | /id/commune/16015          | text/html   | 303 | /page/commune/16015     | -           | </data/commune/16015.ttl>
            found  | /id/commune/16015          | text/turtle | 303 | /data/commune/16015.ttl | -           | </page/commune/16015>
            found  | /id/commune/16015          | image/png   | 406 | -                       | text/plain  | -
            absent | /id/commune/16015          | text/plain  | 404 | -                       | text/plain  | -
            found  | /id/planete/16015          | text/plain  | 404 | -                       | text/plain  | -
            found  | /page/commune/16015        | -           | 200 | -                       | text/html   | </data/commune/16015.ttl>
            absent | /page/commune/16015        | text/plain  | 404 | -                       | text/plain  | -
            found  | /data/commune/16015.ttl    | -           | 200 | -                       | text/turtle | </page/commune/16015>
            found  | /data/planete/16015.ttl    | text/plain  | 404 | -                       | text/plain  | -
            found  | /data/commune/16015        | text/plain  | 404 | -                       | text/plain  | -
            """)
    void answers(String state, String url, String accept, int status, String location, String type, String link)
            throws Exception {
        when(territories.lookup(anyString())).thenReturn(state(state, "commune/16015", null, COMMUNE, null));
        when(territories.describe(any())).thenReturn(DESCRIPTION);
        when(territories.page(any(), anyString(), anyInt(), anyInt(), anyInt())).thenReturn(PAGE);
        expect(url, accept, status, location, type, link);
    }
}
