package org.mednumlod.site.map;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.map.MapService.Crumb;
import org.mednumlod.site.map.MapService.Entry;
import org.mednumlod.site.map.MapService.Named;
import org.mednumlod.site.map.MapService.View;
import org.mednumlod.site.territory.TerritoryKind;
import org.mednumlod.site.territory.TerritoryRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The map's controllers alone ({@code /carte}, {@code /widget}), their service mocked: how the French URL
 * parameters reach the service, the links of the page (filters carried from one level to the next), the widget's
 * headers, and the 400 / 404 answers in French. The same pages over the demo release: {@code CarteHttpTest}.
 */
@WebMvcTest(
        useDefaultFilters = false,
        includeFilters = {
            @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = MapController.class),
            @Filter(type = FilterType.REGEX, pattern = "org\\.mednumlod\\.site\\.web\\.(ErrorAdvice|CanonicalLink)")
        })
@AutoConfigureMockMvc(addFilters = false)
class MapControllerTest {
    static final TerritoryRef CHARENTE = new TerritoryRef(TerritoryKind.DEPARTEMENT, "16");
    static final Named CHARENTE_NAMED = new Named(CHARENTE, "Charente", "45.2 -0.5 46.1 0.9", null, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MapService service;

    @BeforeEach
    void charente() {
        when(service.find(CHARENTE)).thenReturn(Optional.of(CHARENTE_NAMED));
        when(service.find(new TerritoryRef(TerritoryKind.DEPARTEMENT, "99"))).thenReturn(Optional.empty());
        when(service.view(any(), any(), any(int.class), any())).thenAnswer(call -> {
            Named within = call.getArgument(0);
            return new View(
                    within,
                    MapLevel.below(within == null ? null : within.territory()),
                    12,
                    List.of(new Entry(
                            "16015", "Angoulême", 12, 45.65, 0.16, "/page/territoire/commune/16015", "commune:16015")),
                    List.of(new Crumb("France", null), new Crumb("Charente", "departement:16")),
                    1,
                    1);
        });
    }

    @Test
    void aTerritoryAndItsFiltersReachTheServiceAndTheLinksKeepTheFilters() throws Exception {
        mvc.perform(get("/carte")
                        .param("territoire", "departement:16")
                        .param("services", "aide-aux-demarches")
                        .param("inconnu", "x"))
                .andExpect(status().isOk())
                .andExpect(view().name("carte"))
                .andExpect(content().string(containsString("Charente : les communes")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/carte?territoire=commune:16015&amp;services=aide-aux-demarches\"")));
        verify(service)
                .view(eq(CHARENTE_NAMED), isNull(), eq(1), eq(Filters.of(java.util.Map.of("services", new String[] {
                    "aide-aux-demarches"
                }))));
    }

    @Test
    void theWidgetMayBeFramedByAnySiteAndKeepsItsSettingsInItsLinks() throws Exception {
        mvc.perform(get("/widget")
                        .param("territoire", "departement:16")
                        .param("couleur", "#FF0000")
                        .param("mode", "carte"))
                .andExpect(status().isOk())
                .andExpect(view().name("widget"))
                .andExpect(header().string("Cache-Control", "public, max-age=300"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
                .andExpect(content().string(containsString("--couleur: #ff0000")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "/widget?territoire=departement:16&amp;couleur=%23ff0000&amp;mode=carte&amp;dans=commune:16015")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /carte?territoire=pays:1                                  | 400 | territoire « pays:1 » invalide
            /carte?territoire=departement:99                          | 404 | inconnu(e) dans la version servie
            /widget                                                   | 400 | paramètre territoire manquant
            /widget?territoire=departement:16&couleur=rouge           | 400 | couleur « rouge » invalide
            /widget?territoire=departement:16&mode=plein-ecran        | 400 | mode « plein-ecran » invalide
            /widget?territoire=departement:16&latitude=45.6           | 400 | vue de départ incomplète
            /widget?territoire=departement:16&dans=departement:99     | 400 | n'est pas dans le territoire du widget
            """)
    void badParametersAreAnsweredInFrench(String path, int status, String message) throws Exception {
        mvc.perform(get(path).accept("application/problem+json"))
                .andExpect(status().is(status))
                .andExpect(content().string(containsString(message)));
    }
}
