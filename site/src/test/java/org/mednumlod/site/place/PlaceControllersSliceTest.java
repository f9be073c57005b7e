package org.mednumlod.site.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The place and record controllers over a mocked lookup: for each state (found, merged, withdrawn, unknown) and each
 * URL of a thing, its page and its RDF document, the status, {@code Location}, media type, {@code Link},
 * {@code Vary} and caching headers of the one dereferencing flow. The demo data's answers are PlaceHttpTest's.
 */
@WebMvcTest(controllers = {PlaceController.class, RecordController.class})
class PlaceControllersSliceTest extends DereferencingSlice {
    private static final Resource PLACE = ResourceFactory.createResource("http://data.example.org/id/lieu/a.1");

    @MockitoBean
    PlaceDocuments places;

    @MockitoBean
    RecordDocuments records;

    /** state | URL | Accept | status | Location | media type | Link has | Vary | Cache-Control | ETag. */
    @ParameterizedTest(name = "{0} {1} ({2}) → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            found  | /id/lieu/a.1       | text/html           | 303 | /page/lieu/a.1         | -           | </data/lieu/a.1.ttl> | Accept | -                                   | -
            found  | /id/lieu/a.1       | text/turtle         | 303 | /data/lieu/a.1.ttl     | -           | </page/lieu/a.1>     | Accept | -                                   | -
            found  | /id/lieu/a.1?format=nt | -               | 303 | /data/lieu/a.1.nt      | -           | </page/lieu/a.1>     | Accept | -                                   | -
            found  | /id/lieu/a.1       | image/png           | 406 | -                      | text/plain  | -                    | Accept | -                                   | -
            moved  | /id/lieu/a.1       | text/turtle         | 301 | /id/lieu/b.2           | -           | -                    | Accept | -                                   | -
            moved  | /page/lieu/a.1     | -                   | 301 | /page/lieu/b.2         | -           | -                    | Accept | -                                   | -
            moved  | /data/lieu/a.1.nt  | -                   | 301 | /data/lieu/b.2.nt      | -           | -                    | Accept | -                                   | -
            gone   | /id/lieu/a.1       | text/turtle         | 410 | -                      | text/turtle | </page/lieu/a.1>     | -      | -                                   | -
            gone   | /id/lieu/a.1       | image/png           | 406 | -                      | text/plain  | -                    | Accept | -                                   | -
            gone   | /page/lieu/a.1     | -                   | 410 | -                      | text/html   | -                    | -      | -                                   | -
            gone   | /data/lieu/a.1.ttl | -                   | 410 | -                      | text/turtle | </page/lieu/a.1>     | -      | -                                   | -
            absent | /id/lieu/a.1       | text/plain          | 404 | -                      | text/plain  | -                    | Accept | -                                   | -
            absent | /page/lieu/a.1     | -                   | 404 | -                      | text/html   | -                    | -      | -                                   | -
            absent | /data/lieu/a.1.ttl | text/plain          | 404 | -                      | text/plain  | -                    | Accept | -                                   | -
            found  | /page/lieu/a.1     | -                   | 200 | -                      | text/html   | </data/lieu/a.1.ttl> | -      | public, max-age=60                  | -
            found  | /data/lieu/a.1.ttl | -                   | 200 | -                      | text/turtle | </page/lieu/a.1>     | -      | public, max-age=300, must-revalidate | W/"r1-ttl"
            found  | /data/lieu/a.1     | text/plain          | 404 | -                      | text/plain  | -                    | Accept | -                                   | -
            found  | /id/fiche/a.1      | text/html           | 303 | /page/lieu/a.1#fiche-a.1 | -         | -                    | Accept | -                                   | -
            found  | /id/fiche/a.1      | text/turtle         | 303 | /data/fiche/a.1.ttl    | -           | -                    | Accept | -                                   | -
            moved  | /id/fiche/a.1      | text/turtle         | 301 | /id/fiche/b.2          | -           | -                    | Accept | -                                   | -
            moved  | /data/fiche/a.1.ttl | -                  | 301 | /data/fiche/b.2.ttl    | -           | -                    | Accept | -                                   | -
            gone   | /data/fiche/a.1.ttl | -                  | 410 | -                      | text/turtle | </page/fiche/a.1>    | -      | -                                   | -
            found  | /data/fiche/a.1.ttl | -                  | 200 | -                      | text/turtle | </data/fiche/a.1.nt> | -      | public, max-age=300, must-revalidate | W/"r1-ttl"
            """)
    void answers(
            String state,
            String url,
            String accept,
            int status,
            String location,
            String type,
            String link,
            String vary,
            String cacheControl,
            String etag)
            throws Exception {
        when(places.lookup(anyString())).thenReturn(state(state, "lieu/a.1", "lieu/b.2", PLACE, null));
        when(places.describe(any())).thenReturn(DESCRIPTION);
        when(places.page(any(), anyString(), anyInt())).thenReturn(PAGE);
        when(records.lookup(anyString()))
                .thenReturn(state(state, "fiche/a.1", "fiche/b.2", "a.1", "/page/lieu/a.1#fiche-a.1"));
        when(records.describe(any())).thenReturn(DESCRIPTION);

        MockHttpServletResponse r = get(url, accept).getResponse();
        assertEquals(status, r.getStatus(), url);
        assertEquals(location, r.getHeader(HttpHeaders.LOCATION), "Location");
        if (type != null) {
            assertTrue(r.getContentType().startsWith(type), r.getContentType());
        }
        if (link == null) {
            assertNull(r.getHeader(HttpHeaders.LINK), "no Link");
        } else {
            assertTrue(
                    r.getHeader(HttpHeaders.LINK).contains(link + "; rel=\"alternate\""),
                    r.getHeader(HttpHeaders.LINK));
        }
        assertEquals(vary, r.getHeader(HttpHeaders.VARY), "Vary");
        assertEquals(cacheControl, r.getHeader(HttpHeaders.CACHE_CONTROL), "Cache-Control");
        assertEquals(etag, r.getHeader(HttpHeaders.ETAG), "ETag");
        if (status == 200 || status == 410) {
            String contentLocation = r.getHeader(HttpHeaders.CONTENT_LOCATION);
            assertTrue(
                    type.equals("text/html") ? contentLocation == null : contentLocation.startsWith("/data/"),
                    "Content-Location " + contentLocation);
        }
    }
}
