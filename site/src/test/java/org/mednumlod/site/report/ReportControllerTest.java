package org.mednumlod.site.report;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.place.Places;
import org.mednumlod.site.store.Store;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code /signalements} alone, the registry, the places and the store mocked: what a submission becomes (the
 * report saved for the place's URI and the served release), the answers to a browser and to a JSON client, the
 * French message per invalid field, the honeypot, the rate limit, and 411 / 413 / 415 / 404. The same over HTTP on
 * the demo release, with the TDB2 registry: {@code SignalementHttpTest}.
 */
@WebMvcTest(
        useDefaultFilters = false,
        includeFilters = {
            @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ReportController.class),
            @Filter(type = FilterType.REGEX, pattern = "org\\.mednumlod\\.site\\.web\\.(ErrorAdvice|CanonicalLink)")
        })
@AutoConfigureMockMvc(addFilters = false)
class ReportControllerTest {
    static final String PLACE = "http://test.example/id/lieu/a.1";
    static final String REPORTS = "http://test.example/id/signalement/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportRegistry registry;

    @MockitoBean
    Places places;

    @MockitoBean
    Store store;

    @BeforeEach
    void mocks() {
        when(places.reportable("a.1")).thenReturn(Optional.of(PLACE));
        when(store.releaseId()).thenReturn("r1");
        // A client of its own for each test: the rate limit is held by the controller across the tests.
        String client = UUID.randomUUID().toString();
        when(registry.clientHash(any())).thenReturn(client);
        when(registry.iri(any())).thenAnswer(call -> Optional.of(REPORTS + call.getArgument(0)));
        when(registry.save(any(), any())).thenAnswer(call -> {
            ReportRegistry.NewReport n = call.getArgument(0);
            String id = "0b9b3a52-6f1e-4c51-9a43-2d6c1e8f7a10";
            return new Report(
                    id,
                    REPORTS + id,
                    call.getArgument(1),
                    n.place(),
                    n.version(),
                    n.fields(),
                    n.text(),
                    n.email(),
                    false,
                    null,
                    null,
                    client);
        });
    }

    private static MockHttpServletRequestBuilder submit(String form, String accept) {
        return post("/signalements")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(accept)
                .content(form.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aJsonClientGets201AndTheReportSavedForThePlaceAndTheServedRelease() throws Exception {
        mvc.perform(submit(
                        "lieu=a.1&champ=adresse&champ=horaires&texte=Ferm%C3%A9+le+samedi"
                                + "&courriel=usager%40exemple.fr&site=",
                        "application/json"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", REPORTS + "0b9b3a52-6f1e-4c51-9a43-2d6c1e8f7a10"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.statut").value("nouveau"))
                .andExpect(jsonPath("$.cree")
                        .value(org.hamcrest.Matchers.matchesPattern(
                                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")));
        verify(registry)
                .save(
                        eq(new ReportRegistry.NewReport(
                                PLACE,
                                "r1",
                                List.of(ReportField.HOURS, ReportField.ADDRESS),
                                "Fermé le samedi",
                                "usager@exemple.fr",
                                "127.0.0.1")),
                        any(Instant.class));
    }

    @Test
    void aBrowserIsSentToTheConfirmation() throws Exception {
        mvc.perform(submit("lieu=a.1&texte=Adresse+fausse", "text/html,*/*;q=0.8"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/signalements/merci?lieu=a.1"))
                .andExpect(header().string("Cache-Control", "no-store"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            texte=Ferm%C3%A9                                  | lieu     | Le champ « Lieu » est obligatoire.
            lieu=a.1                                          | texte    | Le champ « Ce qui est erroné » est obligatoire
            lieu=a.1&texte=x&champ=couleur                    | champ    | contient une valeur inconnue : « couleur »
            lieu=a.1&texte=x&courriel=pas-une-adresse         | courriel | n'est pas une adresse électronique valide
            """)
    void eachInvalidFieldIsNamedInFrenchAndNothingIsSaved(String form, String field, String message) throws Exception {
        mvc.perform(submit(form, "application/json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Signalement incorrect"))
                .andExpect(jsonPath("$.erreurs." + field).value(containsString(message)));
        verify(registry, never()).save(any(), any());
    }

    @Test
    void theHoneypotIsAnsweredAsAnAcceptedReportButNothingIsSaved() throws Exception {
        mvc.perform(submit("lieu=a.1&texte=Achetez&site=https%3A%2F%2Fspam.example", "application/json"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.statut").value("nouveau"));
        verify(registry, never()).save(any(), any());
    }

    @Test
    void theSixthReportOfAClientWithinTheWindowWaits() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(submit("lieu=a.1&texte=n%C2%B0+" + i, "application/json"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(submit("lieu=a.1&texte=encore", "application/json"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Trop de signalements")));
    }

    @Test
    void theRequestItselfIsChecked() throws Exception {
        mvc.perform(post("/signalements").contentType(MediaType.APPLICATION_FORM_URLENCODED))
                .andExpect(status().isLengthRequired());
        mvc.perform(submit("lieu=a.1&texte=" + "x".repeat(16_384), "application/json"))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(post("/signalements")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lieu\":\"a.1\"}"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(submit("lieu=b.2&texte=x", "application/json"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("lieu « b.2 » inconnu")));
    }

    @Test
    void theFormPageIsForAKnownPlaceAndNeverCached() throws Exception {
        mvc.perform(get("/signalements/nouveau").param("lieu", "a.1"))
                .andExpect(status().isOk())
                .andExpect(view().name("signalement"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(model().attribute("saisie", Submission.empty("a.1")))
                .andExpect(model().attribute("uri", PLACE));
        mvc.perform(get("/signalements/nouveau").param("lieu", "b.2")).andExpect(status().isNotFound());
        mvc.perform(get("/signalements/merci").param("lieu", "<script>"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("lieu", org.hamcrest.Matchers.nullValue()));
    }
}
