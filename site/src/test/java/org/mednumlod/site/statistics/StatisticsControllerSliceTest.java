package org.mednumlod.site.statistics;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.web.DereferencingSlice;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The statistics controller over a mocked lookup: the data set, an observation, a path outside the grammar. */
@WebMvcTest(controllers = StatisticsController.class)
class StatisticsControllerSliceTest extends DereferencingSlice {
    @MockitoBean
    StatisticsDocuments resources;

    /** state | URL | Accept | status | Location | media type | Link has. */
    @ParameterizedTest(name = "{0} {1} ({2}) → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            found  | /statistiques                  | text/html   | 303 | /page/statistiques          | -           | </data/statistiques.ttl>
            found  | /statistiques/obs/a-1          | text/turtle | 303 | /data/statistiques/obs/a-1.ttl | -        | </page/statistiques/obs/a-1>
            absent | /statistiques/obs/a-1          | text/plain  | 404 | -                           | text/plain  | -
            found  | /statistiques/obs/a_1          | text/plain  | 404 | -                           | text/plain  | -
            found  | /page/statistiques/obs/a-1     | -           | 200 | -                           | text/html   | </data/statistiques/obs/a-1.ttl>
            found  | /page/statistiques             | -           | 200 | -                           | text/html   | </data/statistiques.nt>
            found  | /data/statistiques.ttl         | -           | 200 | -                           | text/turtle | </page/statistiques>
            found  | /data/statistiques/obs/a-1.nt  | -           | 200 | -                           | application/n-triples | </page/statistiques/obs/a-1>
            """)
    void answers(String state, String url, String accept, int status, String location, String type, String link)
            throws Exception {
        String path = url.replaceFirst("^/(page/|data/)?", "").replaceFirst("\\.[a-z]+$", "");
        when(resources.lookup(anyString())).thenReturn(state(state, path, null, null, null));
        when(resources.describe(any())).thenReturn(DESCRIPTION);
        when(resources.page(any(), anyString())).thenReturn(PAGE);
        expect(url, accept, status, location, type, link);
    }
}
