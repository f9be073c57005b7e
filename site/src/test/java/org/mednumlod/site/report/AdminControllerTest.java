package org.mednumlod.site.report;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /admin/signalements} alone, with an account configured (HTTP Basic itself is left to
 * {@code AdminSignalementsHttpTest}) and the registry mocked: how the French filter parameters become the
 * registry's filter, their French 400s, the paging, « Marquer comme traité » and its return to the same filters,
 * and the CSV export with its spreadsheet-formula guard.
 */
@WebMvcTest(
        useDefaultFilters = false,
        includeFilters = {
            @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AdminController.class),
            @Filter(type = FilterType.REGEX, pattern = "org\\.mednumlod\\.site\\.web\\.(ErrorAdvice|CanonicalLink)")
        })
@AutoConfigureMockMvc(addFilters = false)
@Import(AdminControllerTest.ConfiguredAccount.class)
class AdminControllerTest {
    @TestConfiguration
    static class ConfiguredAccount {
        @Bean
        AdminSecurity.Account account() {
            return new AdminSecurity.Account("admin", "{noop}secret");
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SiteProperties properties;

    @MockitoBean
    ReportRegistry registry;

    @MockitoBean
    Retention retention;

    @ParameterizedTest(name = "?{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                                              | -     | -                              | -        | -          | -
            statut=nouveau                                 | false | -                              | -        | -          | -
            statut=traite&lieu=a.1                         | true  | {base}/id/lieu/a.1             | -        | -          | -
            lieu=https://autre.example/id/lieu/x.1         | -     | https://autre.example/id/lieu/x.1 | -     | -          | -
            champ=horaires&du=2026-01-01&au=2026-01-31     | -     | -                              | HOURS    | 2026-01-01 | 2026-01-31
            champ=lieu-ferme                               | -     | -                              | PLACE_CLOSED | -      | -
            """)
    void theFrenchParametersBecomeTheRegistrysFilter(
            String query, Boolean handled, String place, ReportField field, LocalDate from, LocalDate to)
            throws Exception {
        mvc.perform(get("/admin/signalements" + (query == null ? "" : "?" + query)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin-signalements"))
                .andExpect(header().string("Cache-Control", "no-store"));
        ReportFilter expected = new ReportFilter(
                handled, place == null ? null : place.replace("{base}", properties.baseUri()), field, from, to);
        verify(registry).count(expected);
        verify(registry).list(expected, AdminController.PAGE, 0);
    }

    @ParameterizedTest(name = "?{0}")
    @CsvSource(delimiter = '|', textBlock = """
            statut=ouvert          | statut inconnu : « ouvert » (nouveau ou traite)
            champ=couleur          | champ inconnu : « couleur »
            du=2026-13-01          | date « du » incorrecte : « 2026-13-01 » (AAAA-MM-JJ)
            lieu=pas-une-cle       | clé « pas-une-cle » invalide
            """)
    void aBadFilterIsA400InFrench(String query, String message) throws Exception {
        mvc.perform(get("/admin/signalements?" + query).accept("application/problem+json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)));
        mvc.perform(get("/admin/signalements/export.csv?" + query).accept("application/problem+json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void aPageBeyondTheLastShowsTheLast() throws Exception {
        when(registry.count(ReportFilter.ANY)).thenReturn(120L);
        mvc.perform(get("/admin/signalements").param("page", "9")).andExpect(status().isOk());
        verify(registry).list(ReportFilter.ANY, AdminController.PAGE, 100);
    }

    @Test
    void markingHandledReturnsToTheSameFilters() throws Exception {
        when(registry.markHandled(eq("r-1"), eq("admin"), any())).thenReturn(true);
        mvc.perform(post("/admin/signalements/r-1/traite")
                        .param("retour", "statut=nouveau&page=2")
                        .principal(() -> "admin"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin/signalements?statut=nouveau&page=2"));
        mvc.perform(post("/admin/signalements/r-1/traite")
                        .param("retour", "https://ailleurs.example/")
                        .principal(() -> "admin"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin/signalements"));
        mvc.perform(post("/admin/signalements/r-2/traite").principal(() -> "admin"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theExportIsRfc4180AndGuardsAgainstFormulas() throws Exception {
        Instant created = Instant.parse("2026-11-29T10:00:01Z");
        when(registry.list(ReportFilter.ANY, 0, 0))
                .thenReturn(List.of(new Report(
                        "r-1",
                        "http://test.example/id/signalement/r-1",
                        created,
                        "http://test.example/id/lieu/a.1",
                        "v1",
                        List.of(ReportField.HOURS, ReportField.LABELS),
                        "=HYPERLINK(\"http://x\")",
                        "+33@exemple.fr",
                        true,
                        "admin",
                        created.plusSeconds(60),
                        "abc")));
        byte[] csv = mvc.perform(get("/admin/signalements/export.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"signalements.csv\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertEquals(
                "id,iri,cree,lieu,version,champs,texte,courriel,statut,traite_par,traite_le,empreinte_client\r\n"
                        + "r-1,http://test.example/id/signalement/r-1,2026-11-29T10:00:01.000Z,http://test.example/id/lieu/a.1,"
                        + "v1,horaires labels,\"'=HYPERLINK(\"\"http://x\"\")\",'+33@exemple.fr,traite,admin,"
                        + "2026-11-29T10:01:01.000Z,abc\r\n",
                new String(csv, StandardCharsets.UTF_8));
    }
}
