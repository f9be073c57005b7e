package org.mednumlod.site.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.place.Places;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.web.HttpProblem;
import org.mednumlod.site.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * « Signaler une erreur »: {@code POST /signalements} (form-encoded; works without JavaScript), the form on its own
 * page ({@code GET /signalements/nouveau?lieu={key}}) and the confirmation ({@code GET /signalements/merci}).
 * A browser is sent 303 to the confirmation; a client asking for JSON gets 201, {@code Location} = the report's
 * IRI, and the report in JSON. Either answer goes out only once the report is committed to its TDB2 dataset.
 */
@Controller
class ReportController {
    private static final Logger LOG = LoggerFactory.getLogger(ReportController.class);
    private static final Pattern KEY_TEXT = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

    private final ReportRegistry registry;
    private final Places places;
    private final Store store;
    private final RateLimiter rateLimiter;
    private final long maxBytes;
    private final Clock clock = Clock.systemUTC();

    ReportController(ReportRegistry registry, Places places, Store store, SiteProperties properties) {
        this.registry = registry;
        this.places = places;
        this.store = store;
        this.rateLimiter = new RateLimiter(
                properties.signalement().limit(), properties.signalement().window(), clock);
        this.maxBytes = properties.signalement().maxBytes();
    }

    @PostMapping("/signalements")
    Object submit(HttpServletRequest request, HttpServletResponse response) {
        checkEnvelope(request);
        boolean json = wantsJson(request.getHeader(HttpHeaders.ACCEPT));
        Submission submission = Submission.read(request);
        String client = registry.clientHash(request.getRemoteAddr());
        if (!submission.honeypot().isEmpty()) {
            return decoy(json, submission, client);
        }
        Map<String, String> errors = submission.errors();
        if (!errors.isEmpty()) {
            return invalid(json, submission, errors, request, response);
        }
        String place = places.reportable(submission.place())
                .orElseThrow(() -> new NotFoundException("lieu « " + submission.place() + " » inconnu"));
        rateLimit(client);
        Report report = registry.save(
                new ReportRegistry.NewReport(
                        place,
                        store.releaseId(),
                        submission.validFields(),
                        submission.text(),
                        submission.email().isEmpty() ? null : submission.email(),
                        request.getRemoteAddr()),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return accepted(json, submission.place(), report);
    }

    /** Refuses a body without a length, too large, or not a form post, before reading it. */
    private void checkEnvelope(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length < 0) {
            throw new HttpProblem(
                    HttpStatus.LENGTH_REQUIRED,
                    "Longueur requise",
                    "Envoyez le signalement avec un en-tête Content-Length.");
        }
        if (length > maxBytes) {
            throw new HttpProblem(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "Signalement trop volumineux",
                    "Un signalement ne peut dépasser " + maxBytes + " octets (" + length + " reçus).");
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            throw new HttpProblem(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Format non pris en charge",
                    "Envoyez le formulaire en application/x-www-form-urlencoded.");
        }
    }

    /**
     * Answers a robot (the honeypot field is filled) exactly as an accepted report, so that it learns nothing,
     * within the same rate limit, but stores nothing. See docs/signalements.md.
     */
    private Object decoy(boolean json, Submission submission, String client) {
        rateLimit(client);
        LOG.info("Signalement écarté (champ piège rempli), client {}", client);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return accepted(
                json,
                submission.place(),
                new Report(
                        UUID.randomUUID().toString(),
                        null,
                        now,
                        null,
                        null,
                        submission.validFields(),
                        null,
                        null,
                        false,
                        null,
                        null,
                        client));
    }

    @GetMapping("/signalements/nouveau")
    ModelAndView form(@RequestParam(name = "lieu", defaultValue = "") String place, HttpServletResponse response) {
        String uri =
                places.reportable(place).orElseThrow(() -> new NotFoundException("lieu « " + place + " » inconnu"));
        ModelAndView mav = page("signalement", HttpStatus.OK, response);
        mav.addObject("saisie", Submission.empty(place));
        mav.addObject("erreurs", Map.of());
        mav.addObject("uri", uri);
        return mav;
    }

    @GetMapping("/signalements/merci")
    ModelAndView thanks(@RequestParam(name = "lieu", defaultValue = "") String place, HttpServletResponse response) {
        ModelAndView mav = page("signalement-merci", HttpStatus.OK, response);
        mav.addObject("lieu", KEY_TEXT.matcher(place).matches() ? place : null);
        return mav;
    }

    private void rateLimit(String client) {
        rateLimiter.take(client).ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            long minutes = (seconds + 59) / 60;
            throw new HttpProblem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Trop de signalements",
                    "Vous avez envoyé beaucoup de signalements en peu de temps. Merci de réessayer dans " + minutes
                            + (minutes > 1 ? " minutes." : " minute."),
                    Map.of(HttpHeaders.RETRY_AFTER, Long.toString(seconds), HttpHeaders.CACHE_CONTROL, "no-store"));
        });
    }

    private Object accepted(boolean json, String key, Report report) {
        if (!json) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(
                            "/signalements/merci?lieu=" + (KEY_TEXT.matcher(key).matches() ? key : "")))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        String iri = report.iri() == null ? registry.iri(report.id()).orElseThrow() : report.iri();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", report.id());
        body.put("iri", iri);
        body.put("statut", "nouveau");
        body.put("cree", Report.timestamp(report.created()));
        body.put("message", "Merci : votre signalement a bien été enregistré.");
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(iri))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private Object invalid(
            boolean json,
            Submission submission,
            Map<String, String> errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (json) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Signalement incorrect");
            problem.put("status", 400);
            problem.put("detail", String.join(" ", errors.values()));
            problem.put("instance", request.getRequestURI());
            problem.put("erreurs", errors);
            return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(problem);
        }
        ModelAndView mav = page("signalement", HttpStatus.BAD_REQUEST, response);
        mav.addObject("saisie", submission);
        mav.addObject("erreurs", errors);
        mav.addObject("uri", null);
        return mav;
    }

    /** The form and confirmation pages: personal to one submission, never kept by a cache. */
    private static ModelAndView page(String view, HttpStatus status, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        return mav;
    }

    /** JSON when the client asks for it and not for HTML (a browser's form post always accepts text/html). */
    static boolean wantsJson(String accept) {
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains("json") && !a.contains("text/html");
    }
}
