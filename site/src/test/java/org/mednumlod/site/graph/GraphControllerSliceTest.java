package org.mednumlod.site.graph;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.web.DereferencingSlice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The graph controller over a mocked lookup: a graph of the release ({@code /graph/lieux}) or of a source
 * ({@code /graph/source/angers}), a withdrawn source's graph (410), a name outside the grammar (404 before any lookup).
 */
@WebMvcTest(controllers = GraphController.class)
class GraphControllerSliceTest extends DereferencingSlice {
    @MockitoBean
    GraphDocuments graphs;

    /** state | URL | Accept | status | Location | media type | Link has. */
    @ParameterizedTest(name = "{0} {1} ({2}) → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            found  | /graph/lieux                  | text/html   | 303 | /page/graph/lieux             | -           | </data/graph/lieux.ttl>
            found  | /graph/source/angers          | text/turtle | 303 | /data/graph/source/angers.ttl | -           | </page/graph/source/angers>
            gone   | /graph/source/angers          | text/turtle | 410 | -                             | text/turtle | </page/graph/source/angers>
            absent | /graph/lieux                  | text/plain  | 404 | -                             | text/plain  | -
            found  | /graph/Lieux_2                | text/plain  | 404 | -                             | text/plain  | -
            found  | /page/graph/source/angers     | -           | 200 | -                             | text/html   | </data/graph/source/angers.ttl>
            gone   | /page/graph/source/angers     | -           | 410 | -                             | text/html   | -
            found  | /data/graph/lieux.ttl         | -           | 200 | -                             | text/turtle | </page/graph/lieux>
            found  | /data/graph/source/angers.rdf | -           | 200 | -                             | application/rdf+xml | </page/graph/source/angers>
            gone   | /data/graph/source/angers.rdf | -           | 410 | -                             | application/rdf+xml | </page/graph/source/angers>
            """)
    void answers(String state, String url, String accept, int status, String location, String type, String link)
            throws Exception {
        String path = url.replaceFirst("^/(page/|data/)?", "").replaceFirst("\\.[a-z]+$", "");
        when(graphs.lookup(anyString())).thenReturn(state(state, path, null, "http://data.example.org/" + path, null));
        when(graphs.describe(any())).thenReturn(DESCRIPTION);
        when(graphs.page(anyString(), anyString())).thenReturn(PAGE);
        expect(url, accept, status, location, type, link);
    }
}
