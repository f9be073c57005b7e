package org.mednumlod.site.map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.map.MapService.Named;
import org.mednumlod.site.territory.TerritoryKind;
import org.mednumlod.site.territory.TerritoryRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@code /integrer} alone, its service mocked: a territory found by code or by the start of its name gives the
 * widget's URL (with the colour, the mode, the start view and the filters) and the snippet; several names give
 * candidates; nothing found, or a bad setting, gives a French message on the page (never an error page). The same
 * page over the demo release: {@code CarteHttpTest}.
 */
@WebMvcTest(
        useDefaultFilters = false,
        includeFilters = {
            @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = EmbedController.class),
            @Filter(type = FilterType.REGEX, pattern = "org\\.mednumlod\\.site\\.web\\.(ErrorAdvice|CanonicalLink)")
        })
@AutoConfigureMockMvc(addFilters = false)
class EmbedControllerTest {
    static final Named CHARENTE =
            new Named(new TerritoryRef(TerritoryKind.DEPARTEMENT, "16"), "Charente", null, null, null);
    static final Named SAINTES =
            new Named(new TerritoryRef(TerritoryKind.COMMUNE, "17415"), "Saintes", null, null, null);
    static final Named SAINT_ETIENNE =
            new Named(new TerritoryRef(TerritoryKind.COMMUNE, "42218"), "Saint-Étienne", null, null, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MapService service;

    @BeforeEach
    void territories() {
        when(service.find(CHARENTE.territory())).thenReturn(Optional.of(CHARENTE));
        when(service.find(new TerritoryRef(TerritoryKind.DEPARTEMENT, "99"))).thenReturn(Optional.empty());
        when(service.byName("charen")).thenReturn(List.of(CHARENTE));
        when(service.byName("saint")).thenReturn(List.of(SAINTES, SAINT_ETIENNE));
        when(service.byName("zzz")).thenReturn(List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            territoire=departement:16                                   | http://localhost/widget?territoire=departement:16&couleur=%23000091&mode=les-deux | -
            territoire=charen&couleur=%23AA0000&mode=carte              | http://localhost/widget?territoire=departement:16&couleur=%23aa0000&mode=carte | -
            territoire=departement:16&latitude=45.6&longitude=0.1&zoom=11 | http://localhost/widget?territoire=departement:16&couleur=%23000091&mode=les-deux&latitude=45.6&longitude=0.1&zoom=11 | -
            territoire=departement:16&services=aide-aux-demarches       | http://localhost/widget?territoire=departement:16&couleur=%23000091&mode=les-deux&services=aide-aux-demarches | -
            territoire=saint                                            | - | -
            territoire=zzz                                              | - | Aucune région, aucun département, aucune intercommunalité ni aucune commune dont le nom commence par « zzz ».
            territoire=departement:99                                   | - | Aucun territoire « departement:99 » dans les données servies.
            territoire=departement:16&couleur=rouge                     | - | couleur « rouge » invalide : attendue au format #rrggbb (par exemple #000091)
            territoire=pays:1                                           | - | territoire « pays:1 » invalide
            """)
    void theSnippetOrAFrenchMessage(String query, String src, String error) throws Exception {
        var request = get("/integrer");
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            request.param(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        EmbedController.Integration i = integration(mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("integrer"))
                .andReturn());
        assertEquals(src, i.src(), query);
        assertEquals(error == null, i.error() == null, query + ": " + i.error());
        if (error != null) {
            assertTrue(i.error().contains(error), i.error());
        }
        if (src != null) {
            assertTrue(i.snippet().startsWith("<iframe src=\"" + src.replace("&", "&amp;") + "\""), i.snippet());
            assertTrue(
                    i.component().contains("<mednum-carte src=\"" + src.replace("&", "&amp;") + "\""), i.component());
        }
    }

    private static EmbedController.Integration integration(MvcResult result) {
        return (EmbedController.Integration) result.getModelAndView().getModel().get("i");
    }

    @Test
    void severalNamesGiveCandidatesToChooseFrom() throws Exception {
        MvcResult result = mvc.perform(get("/integrer").param("territoire", "saint"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saint-Étienne (")))
                .andReturn();
        EmbedController.Integration i = integration(result);
        assertEquals(List.of(SAINTES, SAINT_ETIENNE), i.candidates());
        assertNull(i.found());
        assertNull(i.src());
    }
}
