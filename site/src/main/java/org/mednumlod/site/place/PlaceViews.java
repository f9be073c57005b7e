package org.mednumlod.site.place;

import static org.mednumlod.site.place.NodeText.decimal;
import static org.mednumlod.site.place.NodeText.french;
import static org.mednumlod.site.place.NodeText.label;
import static org.mednumlod.site.place.NodeText.string;
import static org.mednumlod.site.place.NodeText.text;
import static org.mednumlod.site.place.NodeText.texts;
import static org.mednumlod.site.place.NodeText.value;
import static org.mednumlod.site.place.NodeText.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.mednumlod.ontology.DQV;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;

/**
 * Builds the {@link PlaceView} of a place from its RDF document and the labels of what it links to (no store
 * access: the same code serves the page and the unit tests).
 */
final class PlaceViews {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private PlaceViews() {}

    /**
     * @param m        the place's document and the labels ({@code place-describe} + {@code place-labels})
     * @param place    the place's URI
     * @param base     the data base URI (URIs under it become site paths)
     * @param seeAlso  the "voir aussi" lists
     * @param clock    the clock of "now" (opening status, age of the update date)
     */
    static PlaceView build(Model m, Resource place, String base, PlaceView.SeeAlso seeAlso, Clock clock) {
        Resource s = m.getResource(place.getURI());
        Identifiers ids = new Identifiers(base);
        String path = ids.thingPath(s.getURI()).orElse(s.getURI());
        String name = Optional.ofNullable(text(s, MNL.nom)).orElse(path);
        List<String> kinds = s.listProperties(MNL.typologie).toList().stream()
                .map(st -> label(st.getObject()))
                .sorted()
                .toList();
        PlaceView.Address address = address(s, ids);
        List<PlaceView.Link> phones = texts(s, MNL.telephone).stream()
                .map(t -> new PlaceView.Link(t, PHONE.matcher(t).matches() ? "tel:" + t.replaceAll("[ .]", "") : null))
                .toList();
        List<PlaceView.Link> emails = texts(s, MNL.courriel).stream()
                .map(t -> new PlaceView.Link(t, EMAIL.matcher(t).matches() ? "mailto:" + t : null))
                .toList();
        List<PlaceView.Link> websites = s.listProperties(MNL.siteWeb).toList().stream()
                .map(st -> web(st.getObject()))
                .sorted(Comparator.comparing(PlaceView.Link::text))
                .toList();
        Statement acces = s.getProperty(MNL.ficheAccesLibre);
        Statement rdv = s.getProperty(MNL.priseRdv);
        Optional<HoursView> hours = HoursView.of(text(s, MNL.horaires), clock);
        Updated updated = Updated.of(s, clock);
        PlaceView partial = new PlaceView(
                s.getURI(),
                path,
                name,
                kinds,
                text(s, MNL.presentationResume),
                text(s, MNL.presentationDetail),
                address,
                decimal(s, MNL.latitude),
                decimal(s, MNL.longitude),
                phones,
                emails,
                websites,
                acces == null ? null : web(acces.getObject()),
                rdv == null ? null : web(rdv.getObject()),
                hours.orElse(null),
                fields(m, s),
                PlaceRecords.sources(m, s, base),
                updated.text(),
                updated.stale(),
                findings(m, s),
                corrections(m, s),
                seeAlso,
                null,
                PlaceRecords.disagreements(m, s));
        return withSchemaOrg(partial, SchemaOrg.jsonLd(partial, s, base + "/page/" + path));
    }

    /** The address lines, postcode and commune, with a link to the commune's page when the place is situated in one. */
    private static PlaceView.Address address(Resource s, Identifiers ids) {
        Resource commune = s.getPropertyResourceValue(MNL.situeDansCommune);
        PlaceView.Link communePage = commune == null
                ? null
                : new PlaceView.Link(
                        Optional.ofNullable(string(commune, RDFS.label)).orElse(text(s, MNL.commune)),
                        "/page/" + ids.thingPath(commune.getURI()).orElse(commune.getURI()));
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, text(s, MNL.adresse));
        addIfPresent(lines, text(s, MNL.complementAdresse));
        return new PlaceView.Address(lines, text(s, MNL.codePostal), text(s, MNL.commune), communePage);
    }

    /** The date of the place's last update as the page shows it, and whether it is more than a year old. */
    private record Updated(String text, boolean stale) {
        static Updated of(Resource s, Clock clock) {
            Literal dateMaj = s.hasProperty(MNL.dateMaj)
                            && s.getProperty(MNL.dateMaj).getObject().isLiteral()
                    ? s.getProperty(MNL.dateMaj).getLiteral()
                    : null;
            String updated = null;
            boolean stale = false;
            if (dateMaj != null) {
                try {
                    LocalDate d = LocalDate.parse(dateMaj.getLexicalForm());
                    updated = d.format(DATE);
                    stale = d.isBefore(
                            LocalDate.now(clock.withZone(HoursView.PARIS)).minusYears(1));
                } catch (java.time.format.DateTimeParseException e) {
                    updated = dateMaj.getLexicalForm();
                }
            }
            return new Updated(updated, stale);
        }
    }

    private static PlaceView withSchemaOrg(PlaceView v, String json) {
        return new PlaceView(
                v.uri(),
                v.path(),
                v.name(),
                v.kinds(),
                v.resume(),
                v.detail(),
                v.address(),
                v.latitude(),
                v.longitude(),
                v.phones(),
                v.emails(),
                v.websites(),
                v.accessibility(),
                v.appointment(),
                v.hours(),
                v.fields(),
                v.sources(),
                v.updated(),
                v.stale(),
                v.findings(),
                v.corrections(),
                v.seeAlso(),
                json,
                v.disagreements());
    }

    /** Every schema field the place has (a property with {@code mnl:champ}), by column rank, values labelled. */
    private static List<PlaceView.Field> fields(Model m, Resource s) {
        List<Property> props = s.listProperties().toList().stream()
                .map(Statement::getPredicate)
                .distinct()
                .filter(p -> m.getResource(p.getURI()).hasProperty(MNL.champ))
                .sorted(Comparator.comparingInt(p -> m.getResource(p.getURI()).hasProperty(MNL.rang)
                        ? m.getResource(p.getURI()).getProperty(MNL.rang).getInt()
                        : 999))
                .toList();
        List<PlaceView.Field> fields = new ArrayList<>();
        for (Property p : props) {
            Resource def = m.getResource(p.getURI());
            List<PlaceView.Link> values = s.listProperties(p).toList().stream()
                    .map(st -> value(st.getObject()))
                    .sorted(Comparator.comparing(PlaceView.Link::text))
                    .toList();
            fields.add(new PlaceView.Field(
                    Optional.ofNullable(string(def, RDFS.label)).orElse(p.getLocalName()),
                    string(def, MNL.champ),
                    values));
        }
        return fields;
    }

    private static List<PlaceView.Finding> findings(Model m, Resource s) {
        List<PlaceView.Finding> out = new ArrayList<>();
        List<Statement> annotations =
                new ArrayList<>(s.listProperties(m.createProperty(DQV.NS + "hasQualityAnnotation"))
                        .toList());
        PlaceRecords.records(m, s)
                .forEach(r -> annotations.addAll(r.listProperties(m.createProperty(DQV.NS + "hasQualityAnnotation"))
                        .toList()));
        for (Statement st : annotations) {
            Resource a = st.getResource();
            Resource severity = a.getPropertyResourceValue(m.createProperty(SH + "resultSeverity"));
            String level = severity == null
                    ? "Information"
                    : switch (severity.getLocalName()) {
                        case "Violation" -> "Erreur";
                        case "Warning" -> "Avertissement";
                        default -> "Information";
                    };
            out.add(new PlaceView.Finding(
                    level, Optional.ofNullable(french(a, RDFS.comment)).orElse("")));
        }
        out.sort(Comparator.comparing(PlaceView.Finding::severity).thenComparing(PlaceView.Finding::message));
        return out.stream().distinct().toList(); // records of one place often share a finding
    }

    private static List<PlaceView.Correction> corrections(Model m, Resource s) {
        List<PlaceView.Correction> out = new ArrayList<>();
        List<Statement> fixes = new ArrayList<>(s.listProperties(MNL.correction).toList());
        PlaceRecords.records(m, s)
                .forEach(r -> fixes.addAll(r.listProperties(MNL.correction).toList()));
        for (Statement st : fixes) {
            Resource c = st.getResource();
            out.add(new PlaceView.Correction(
                    string(c, MNL.champConcerne), string(c, MNL.valeurOrigine), french(c, RDFS.comment)));
        }
        out.sort(Comparator.comparing((PlaceView.Correction c) -> String.valueOf(c.field()))
                .thenComparing(c -> String.valueOf(c.message())));
        return out.stream().distinct().toList();
    }

    /** A site path for a URI under the base ({@code /id/…}), else the URI itself. */
    static String path(String base, String uri) {
        return uri.startsWith(base + "/") ? uri.substring(base.length()) : uri;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }
}
