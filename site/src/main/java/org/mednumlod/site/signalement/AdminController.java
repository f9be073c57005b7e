package org.mednumlod.site.signalement;

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
    static final List<String> COLONNES = List.of("id", "iri", "cree", "lieu", "version", "champs", "texte", "courriel",
            "statut", "traite_par", "traite_le", "empreinte_client");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.FRENCH);
    private static final Pattern RETOUR = Pattern.compile("[A-Za-z0-9=&%._~+-]{0,500}");
    /** A spreadsheet would run a cell starting with these as a formula: such a cell gets a leading apostrophe. */
    private static final Pattern FORMULE = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private final Registre registre;
    private final Conservation conservation;
    private final AdminSecurity.Compte compte;
    private final String base;
    private final Clock clock = Clock.systemUTC();

    AdminController(Registre registre, Conservation conservation, AdminSecurity.Compte compte, SiteProperties properties) {
        this.registre = registre;
        this.conservation = conservation;
        this.compte = compte;
        this.base = properties.baseUri();
    }

    /** A report as a row of the list. */
    record Ligne(Signalement s, String date, String lieuCle, String champs, String traiteLe) {
    }

    @GetMapping
    ModelAndView liste(@RequestParam(defaultValue = "") String statut, @RequestParam(defaultValue = "") String lieu,
                       @RequestParam(defaultValue = "") String champ, @RequestParam(defaultValue = "") String du,
                       @RequestParam(defaultValue = "") String au, @RequestParam(defaultValue = "1") int page,
                       HttpServletResponse response) {
        actif(response);
        Filtre f = filtre(statut, lieu, champ, du, au);
        long total = registre.nombre(f);
        int pages = (int) Math.max(1, (total + PAGE - 1) / PAGE);
        int p = Math.min(Math.max(1, page), pages);
        List<Ligne> lignes = registre.liste(f, PAGE, (long) (p - 1) * PAGE).stream().map(this::ligne).toList();
        ModelAndView mav = new ModelAndView("admin-signalements");
        mav.addObject("lignes", lignes);
        mav.addObject("total", total);
        mav.addObject("conservation", conservation.texte());
        mav.addObject("page", p);
        mav.addObject("pages", pages);
        mav.addObject("champs", Champ.values());
        mav.addObject("filtre", new String[] {statut, lieu, champ, du, au});
        UriComponentsBuilder q = UriComponentsBuilder.fromPath("/admin/signalements");
        add(q, "statut", statut);
        add(q, "lieu", lieu);
        add(q, "champ", champ);
        add(q, "du", du);
        add(q, "au", au);
        String filtres = q.build().encode().getQuery();
        mav.addObject("retour", filtres == null ? "" : filtres);
        mav.addObject("export", "/admin/signalements/export.csv" + (filtres == null ? "" : "?" + filtres));
        mav.addObject("precedente", p > 1 ? q.cloneBuilder().queryParam("page", p - 1).build().encode().toUriString() : null);
        mav.addObject("suivante", p < pages ? q.cloneBuilder().queryParam("page", p + 1).build().encode().toUriString() : null);
        return mav;
    }

    @PostMapping("/{id}/traite")
    ResponseEntity<Void> traiter(@PathVariable String id, @RequestParam(defaultValue = "") String retour,
                                 Principal principal, HttpServletResponse response) {
        actif(response);
        if (!registre.traiter(id, principal.getName(), clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new NotFoundException("signalement « " + id + " » inconnu");
        }
        String query = RETOUR.matcher(retour).matches() && !retour.isEmpty() ? "?" + retour : "";
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/admin/signalements" + query)).build();
    }

    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String statut, @RequestParam(defaultValue = "") String lieu,
                                  @RequestParam(defaultValue = "") String champ, @RequestParam(defaultValue = "") String du,
                                  @RequestParam(defaultValue = "") String au, HttpServletResponse response) {
        actif(response);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLONNES.toArray(String[]::new)).get().print(out)) {
            for (Signalement s : registre.liste(filtre(statut, lieu, champ, du, au), 0, 0)) {
                csv.printRecord(s.id(), s.iri(), Signalement.texte(s.cree()), s.lieu(), cellule(s.version()),
                        s.champs().stream().map(Champ::code).collect(Collectors.joining(" ")), cellule(s.texte()),
                        cellule(s.courriel() == null ? "" : s.courriel()), s.traite() ? "traite" : "nouveau",
                        cellule(s.traitePar() == null ? "" : s.traitePar()), s.traiteLe() == null ? "" : Signalement.texte(s.traiteLe()),
                        s.client());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signalements.csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cellule(String text) {
        return FORMULE.matcher(text).matches() ? "'" + text : text;
    }

    /** Off without an account: 503 with the reason, never a default account. Every admin answer is no-store. */
    private void actif(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!compte.actif()) {
            throw new HttpProblem(HttpStatus.SERVICE_UNAVAILABLE, "Administration désactivée",
                    "L'administration des signalements n'est pas configurée : définissez MEDNUM_ADMIN_USER et "
                            + "MEDNUM_ADMIN_PASSWORD.", java.util.Map.of(HttpHeaders.CACHE_CONTROL, "no-store"));
        }
    }

    private Filtre filtre(String statut, String lieu, String champ, String du, String au) {
        Boolean traite = switch (statut) {
            case "" -> null;
            case "nouveau" -> false;
            case "traite" -> true;
            default -> throw new BadRequestException("statut inconnu : « " + statut + " » (nouveau ou traite)");
        };
        String uri = lieu.isBlank() ? null : lieu.startsWith("http://") || lieu.startsWith("https://") ? lieu.strip()
                : placeIri(lieu.strip());
        Champ c = champ.isEmpty() ? null : Champ.byCode(champ)
                .orElseThrow(() -> new BadRequestException("champ inconnu : « " + champ + " »"));
        return new Filtre(traite, uri, c, date(du, "du"), date(au, "au"));
    }

    private String placeIri(String key) {
        if (!Identifiers.isKey(key)) {
            throw new BadRequestException("lieu : clé « " + key + " » invalide ({source}.{identifiant} ou {source}~{empreinte})");
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

    private Ligne ligne(Signalement s) {
        return new Ligne(s, DATE.format(s.cree().atZone(PARIS)), new Identifiers(base).placeKey(s.lieu()).orElse(null),
                s.champs().stream().map(Champ::libelle).collect(Collectors.joining(", ")),
                s.traiteLe() == null ? null : DATE.format(s.traiteLe().atZone(PARIS)));
    }
}
