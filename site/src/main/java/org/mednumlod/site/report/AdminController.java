package org.mednumlod.site.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.web.BadRequestException;
import org.mednumlod.site.web.HttpProblem;
import org.mednumlod.site.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/signalements}: the reports, newest first, 50 a page, filtered by status, place, field and dates;
 * « Marquer comme traité » (POST, CSRF token); the CSV export of the same filter (RFC 4180, UTF-8). Every answer
 * is {@code Cache-Control: no-store} (and none of these paths is a document of the release: neither the page
 * cache nor the conditional-GET filter touches them).
 */
@Controller
@RequestMapping("/admin/signalements")
class AdminController {
    static final int PAGE = 50;
    static final List<String> COLUMNS = List.of(
            "id",
            "iri",
            "cree",
            "lieu",
            "version",
            "champs",
            "texte",
            "courriel",
            "statut",
            "traite_par",
            "traite_le",
            "empreinte_client");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.FRENCH);
    private static final Pattern BACK = Pattern.compile("[A-Za-z0-9=&%._~+-]{0,500}");
    /** A spreadsheet would run a cell starting with these as a formula: such a cell gets a leading apostrophe. */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private final ReportRegistry registry;
    private final Retention retention;
    private final AdminSecurity.Account account;
    private final String base;
    private final Clock clock = Clock.systemUTC();

    AdminController(
            ReportRegistry registry, Retention retention, AdminSecurity.Account account, SiteProperties properties) {
        this.registry = registry;
        this.retention = retention;
        this.account = account;
        this.base = properties.baseUri();
    }

    /** A report as a row of the list. */
    record Row(Report report, String date, String placeKey, String fields, String handledAt) {}

    @GetMapping
    ModelAndView list(
            @RequestParam(name = "statut", defaultValue = "") String status,
            @RequestParam(name = "lieu", defaultValue = "") String place,
            @RequestParam(name = "champ", defaultValue = "") String field,
            @RequestParam(name = "du", defaultValue = "") String from,
            @RequestParam(name = "au", defaultValue = "") String to,
            @RequestParam(defaultValue = "1") int page,
            HttpServletResponse response) {
        requireEnabled(response);
        ReportFilter f = filter(status, place, field, from, to);
        long total = registry.count(f);
        int pages = (int) Math.max(1, (total + PAGE - 1) / PAGE);
        int p = Math.min(Math.max(1, page), pages);
        List<Row> rows = registry.list(f, PAGE, (long) (p - 1) * PAGE).stream()
                .map(this::row)
                .toList();
        ModelAndView mav = new ModelAndView("admin-signalements");
        mav.addObject("lignes", rows);
        mav.addObject("total", total);
        mav.addObject("conservation", retention.text());
        mav.addObject("page", p);
        mav.addObject("pages", pages);
        mav.addObject("champs", ReportField.values());
        mav.addObject("filtre", new String[] {status, place, field, from, to});
        UriComponentsBuilder q = UriComponentsBuilder.fromPath("/admin/signalements");
        add(q, "statut", status);
        add(q, "lieu", place);
        add(q, "champ", field);
        add(q, "du", from);
        add(q, "au", to);
        String filters = q.build().encode().getQuery();
        mav.addObject("retour", filters == null ? "" : filters);
        mav.addObject("export", "/admin/signalements/export.csv" + (filters == null ? "" : "?" + filters));
        mav.addObject(
                "precedente",
                p > 1
                        ? q.cloneBuilder()
                                .queryParam("page", p - 1)
                                .build()
                                .encode()
                                .toUriString()
                        : null);
        mav.addObject(
                "suivante",
                p < pages
                        ? q.cloneBuilder()
                                .queryParam("page", p + 1)
                                .build()
                                .encode()
                                .toUriString()
                        : null);
        return mav;
    }

    @PostMapping("/{id}/traite")
    ResponseEntity<Void> markHandled(
            @PathVariable String id,
            @RequestParam(name = "retour", defaultValue = "") String back,
            Principal principal,
            HttpServletResponse response) {
        requireEnabled(response);
        if (!registry.markHandled(id, principal.getName(), clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new NotFoundException("signalement « " + id + " » inconnu");
        }
        String query = BACK.matcher(back).matches() && !back.isEmpty() ? "?" + back : "";
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/admin/signalements" + query))
                .build();
    }

    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> export(
            @RequestParam(name = "statut", defaultValue = "") String status,
            @RequestParam(name = "lieu", defaultValue = "") String place,
            @RequestParam(name = "champ", defaultValue = "") String field,
            @RequestParam(name = "du", defaultValue = "") String from,
            @RequestParam(name = "au", defaultValue = "") String to,
            HttpServletResponse response) {
        requireEnabled(response);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .get()
                .print(out)) {
            for (Report report : registry.list(filter(status, place, field, from, to), 0, 0)) {
                csv.printRecord(
                        report.id(),
                        report.iri(),
                        Report.timestamp(report.created()),
                        report.place(),
                        cell(report.version()),
                        report.fields().stream().map(ReportField::code).collect(Collectors.joining(" ")),
                        cell(report.text()),
                        cell(report.email() == null ? "" : report.email()),
                        report.handled() ? "traite" : "nouveau",
                        cell(report.handledBy() == null ? "" : report.handledBy()),
                        report.handledAt() == null ? "" : Report.timestamp(report.handledAt()),
                        report.client());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signalements.csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(String text) {
        return FORMULA.matcher(text).matches() ? "'" + text : text;
    }

    /** Off without an account: 503 with the reason, never a default account. Every admin answer is no-store. */
    private void requireEnabled(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!account.enabled()) {
            throw new HttpProblem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Administration désactivée",
                    "L'administration des signalements n'est pas configurée : définissez MEDNUM_ADMIN_USER et "
                            + "MEDNUM_ADMIN_PASSWORD.",
                    java.util.Map.of(HttpHeaders.CACHE_CONTROL, "no-store"));
        }
    }

    private ReportFilter filter(String status, String place, String field, String from, String to) {
        Boolean handled = switch (status) {
            case "" -> null;
            case "nouveau" -> false;
            case "traite" -> true;
            default -> throw new BadRequestException("statut inconnu : « " + status + " » (nouveau ou traite)");
        };
        String uri = place.isBlank()
                ? null
                : place.startsWith("http://") || place.startsWith("https://") ? place.strip() : placeIri(place.strip());
        ReportField c = field.isEmpty()
                ? null
                : ReportField.byCode(field)
                        .orElseThrow(() -> new BadRequestException("champ inconnu : « " + field + " »"));
        return new ReportFilter(handled, uri, c, date(from, "du"), date(to, "au"));
    }

    private String placeIri(String key) {
        if (!Identifiers.isKey(key)) {
            throw new BadRequestException(
                    "lieu : clé « " + key + " » invalide ({source}.{identifiant} ou {source}~{empreinte})");
        }
        return new Identifiers(base).placeIri(key);
    }

    private static LocalDate date(String text, String name) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date « " + name + " » incorrecte : « " + text + " » (AAAA-MM-JJ)");
        }
    }

    private static void add(UriComponentsBuilder q, String name, String value) {
        if (!value.isBlank()) {
            q.queryParam(name, value);
        }
    }

    private Row row(Report report) {
        return new Row(
                report,
                DATE.format(report.created().atZone(PARIS)),
                new Identifiers(base).placeKey(report.place()).orElse(null),
                report.fields().stream().map(ReportField::label).collect(Collectors.joining(", ")),
                report.handledAt() == null
                        ? null
                        : DATE.format(report.handledAt().atZone(PARIS)));
    }
}
