package org.mednumlod.site.source;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.web.DereferencingSlice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The source controller over a mocked lookup: a source published, withdrawn (410 with its tombstone) or unknown. */
@WebMvcTest(controllers = SourceController.class)
class SourceControllerSliceTest extends DereferencingSlice {
    @MockitoBean
    SourceDocuments sources;

    /** state | URL | Accept | status | Location | media type | Link has. */
    @ParameterizedTest(name = "{0} {1} ({2}) → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            found  | /id/source/angers       | text/html   | 303 | /page/source/angers     | -           | </data/source/angers.ttl>
            found  | /id/source/angers       | text/turtle | 303 | /data/source/angers.ttl | -           | </page/source/angers>
            gone   | /id/source/angers       | text/html   | 410 | -                       | text/html   | -
            gone   | /id/source/angers       | text/turtle | 410 | -                       | text/turtle | </page/source/angers>
            gone   | /id/source/angers       | image/png   | 406 | -                       | text/plain  | -
            absent | /id/source/angers       | text/plain  | 404 | -                       | text/plain  | -
            found  | /page/source/angers     | -           | 200 | -                       | text/html   | </data/source/angers.ttl>
            gone   | /page/source/angers     | -           | 410 | -                       | text/html   | -
            found  | /data/source/angers.nt  | -           | 200 | -                       | application/n-triples | </page/source/angers>
            gone   | /data/source/angers.nt  | -           | 410 | -                       | application/n-triples | </page/source/angers>
            """)
    void answers(String state, String url, String accept, int status, String location, String type, String link)
            throws Exception {
        when(sources.lookup(anyString())).thenReturn(state(state, "source/angers", null, DESCRIPTION, null));
        when(sources.describe(any(Model.class))).thenReturn(DESCRIPTION);
        when(sources.page(any(), anyString())).thenReturn(PAGE);
        expect(url, accept, status, location, type, link);
    }
}
