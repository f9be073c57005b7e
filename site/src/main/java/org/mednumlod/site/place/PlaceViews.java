package org.mednumlod.site.place;

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
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mednumlod.ontology.MNL;

/**
 * Builds the {@link PlaceView} of a place from its RDF document and the labels of what it links to (no store
 * access: the same code serves the page and the unit tests).
 */
final class PlaceViews {
    private static final String DQV = "http://www.w3.org/ns/dqv#";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private PlaceViews() {
    }

    /**
     * @param m        the place's document and the labels ({@code place-describe} + {@code place-labels})
     * @param place    the place's URI
     * @param base     the data base URI (URIs under it become site paths)
     * @param seeAlso  the "voir aussi" lists
     * @param clock    the clock of "now" (opening status, age of the update date)
     */
    static PlaceView build(Model m, Resource place, String base, PlaceView.SeeAlso seeAlso, Clock clock) {
        Resource s = m.getResource(place.getURI());
        String path = path(base, s.getURI()).substring("/id/".length());
        String name = Optional.ofNullable(text(s, MNL.nom)).orElse(path);
        List<String> kinds = s.listProperties(MNL.typologie).toList().stream().map(st -> label(st.getObject())).sorted().toList();
        Resource commune = s.getPropertyResourceValue(MNL.situeDansCommune);
        PlaceView.Link communePage = commune == null ? null
                : new PlaceView.Link(Optional.ofNullable(string(commune, RDFS.label)).orElse(text(s, MNL.commune)),
                        "/page" + path(base, commune.getURI()).substring("/id".length()));
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, text(s, MNL.adresse));
        addIfPresent(lines, text(s, MNL.complementAdresse));
        PlaceView.Address address = new PlaceView.Address(lines, text(s, MNL.codePostal), text(s, MNL.commune), communePage);
        List<PlaceView.Link> phones = texts(s, MNL.telephone).stream().map(t -> new PlaceView.Link(t,
                PHONE.matcher(t).matches() ? "tel:" + t.replaceAll("[ .]", "") : null)).toList();
        List<PlaceView.Link> emails = texts(s, MNL.courriel).stream().map(t -> new PlaceView.Link(t,
                EMAIL.matcher(t).matches() ? "mailto:" + t : null)).toList();
        List<PlaceView.Link> websites = s.listProperties(MNL.siteWeb).toList().stream().map(st -> web(st.getObject()))
                .sorted(Comparator.comparing(PlaceView.Link::text)).toList();
        Statement acces = s.getProperty(MNL.ficheAccesLibre);
        Statement rdv = s.getProperty(MNL.priseRdv);
        Optional<HoursView> hours = HoursView.of(text(s, MNL.horaires), clock);
        Literal dateMaj = s.hasProperty(MNL.dateMaj) && s.getProperty(MNL.dateMaj).getObject().isLiteral()
                ? s.getProperty(MNL.dateMaj).getLiteral() : null;
        String updated = null;
        boolean stale = false;
        if (dateMaj != null) {
            try {
                LocalDate d = LocalDate.parse(dateMaj.getLexicalForm());
                updated = d.format(DATE);
                stale = d.isBefore(LocalDate.now(clock.withZone(HoursView.PARIS)).minusYears(1));
            } catch (java.time.format.DateTimeParseException e) {
                updated = dateMaj.getLexicalForm();
            }
        }
        PlaceView partial = new PlaceView(s.getURI(), path, name, kinds, text(s, MNL.presentationResume),
                text(s, MNL.presentationDetail), address, decimal(s, MNL.latitude), decimal(s, MNL.longitude), phones,
                emails, websites, acces == null ? null : web(acces.getObject()), rdv == null ? null : web(rdv.getObject()),
                hours.orElse(null), fields(m, s), sources(m, s), updated, stale, findings(m, s), corrections(m, s),
                seeAlso, null);
        return withSchemaOrg(partial, SchemaOrg.jsonLd(partial, s, base + "/page/" + path));
    }

    private static PlaceView withSchemaOrg(PlaceView v, String json) {
        return new PlaceView(v.uri(), v.path(), v.name(), v.kinds(), v.resume(), v.detail(), v.address(), v.latitude(),
                v.longitude(), v.phones(), v.emails(), v.websites(), v.accessibility(), v.appointment(), v.hours(),
                v.fields(), v.sources(), v.updated(), v.stale(), v.findings(), v.corrections(), v.seeAlso(), json);
    }

    /** Every schema field the place has (a property with {@code mnl:champ}), by column rank, values labelled. */
    private static List<PlaceView.Field> fields(Model m, Resource s) {
        List<Property> props = s.listProperties().toList().stream().map(Statement::getPredicate).distinct()
                .filter(p -> m.getResource(p.getURI()).hasProperty(MNL.champ)).sorted(Comparator.comparingInt(
                        p -> m.getResource(p.getURI()).hasProperty(MNL.rang) ? m.getResource(p.getURI()).getProperty(MNL.rang).getInt() : 999))
                .toList();
        List<PlaceView.Field> fields = new ArrayList<>();
        for (Property p : props) {
            Resource def = m.getResource(p.getURI());
            List<PlaceView.Link> values = s.listProperties(p).toList().stream().map(st -> value(st.getObject()))
                    .sorted(Comparator.comparing(PlaceView.Link::text)).toList();
            fields.add(new PlaceView.Field(Optional.ofNullable(string(def, RDFS.label)).orElse(p.getLocalName()),
                    string(def, MNL.champ), values));
        }
        return fields;
    }

    private static List<PlaceView.Source> sources(Model m, Resource s) {
        List<PlaceView.Source> out = new ArrayList<>();
        for (Statement st : s.listProperties(m.createProperty(PROV + "wasDerivedFrom")).toList()) {
            if (!st.getObject().isResource()) {
                continue;
            }
            Resource src = st.getResource();
            RDFNode licence = src.hasProperty(DCTerms.license) ? src.getProperty(DCTerms.license).getObject() : null;
            out.add(new PlaceView.Source(Optional.ofNullable(string(src, RDFS.label)).orElse(src.getURI()),
                    string(src, DCTerms.publisher), licence == null ? null : licence.isLiteral()
                            ? licence.asLiteral().getLexicalForm() : label(licence),
                    text(s, MNL.fichierSource), text(s, MNL.ligneSource), text(s, MNL.identifiantSource)));
        }
        return out;
    }

    private static List<PlaceView.Finding> findings(Model m, Resource s) {
        List<PlaceView.Finding> out = new ArrayList<>();
        for (Statement st : s.listProperties(m.createProperty(DQV + "hasQualityAnnotation")).toList()) {
            Resource a = st.getResource();
            Resource severity = a.getPropertyResourceValue(m.createProperty(SH + "resultSeverity"));
            String level = severity == null ? "Information" : switch (severity.getLocalName()) {
                case "Violation" -> "Erreur";
                case "Warning" -> "Avertissement";
                default -> "Information";
            };
            out.add(new PlaceView.Finding(level, Optional.ofNullable(french(a, RDFS.comment)).orElse("")));
        }
        out.sort(Comparator.comparing(PlaceView.Finding::severity).thenComparing(PlaceView.Finding::message));
        return out;
    }

    private static List<PlaceView.Correction> corrections(Model m, Resource s) {
        List<PlaceView.Correction> out = new ArrayList<>();
        for (Statement st : s.listProperties(MNL.correction).toList()) {
            Resource c = st.getResource();
            out.add(new PlaceView.Correction(string(c, MNL.champConcerne), string(c, MNL.valeurOrigine),
                    french(c, RDFS.comment)));
        }
        out.sort(Comparator.comparing((PlaceView.Correction c) -> String.valueOf(c.field()))
                .thenComparing(c -> String.valueOf(c.message())));
        return out;
    }

    /** A site path for a URI under the base ({@code /id/…}), else the URI itself. */
    static String path(String base, String uri) {
        return uri.startsWith(base + "/") ? uri.substring(base.length()) : uri;
    }

    /** The label of a code-list concept, the URI's text for another resource, a literal's text. */
    private static String label(RDFNode n) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        Resource r = n.asResource();
        return Optional.ofNullable(string(r, SKOS.prefLabel)).or(() -> Optional.ofNullable(string(r, RDFS.label)))
                .orElse(r.isURIResource() ? r.getURI() : "");
    }

    private static PlaceView.Link value(RDFNode n) {
        if (n.isURIResource() && (n.asResource().hasProperty(SKOS.prefLabel) || n.asResource().hasProperty(RDFS.label))) {
            return new PlaceView.Link(label(n), null);
        }
        return web(n);
    }

    /** A link only for an absolute http(s) IRI; anything else is shown as text. */
    private static PlaceView.Link web(RDFNode n) {
        String text = label(n);
        boolean http = n.isURIResource() && (text.startsWith("https://") || text.startsWith("http://"));
        return new PlaceView.Link(text, http ? text : null);
    }

    private static String text(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st == null ? null : st.getObject().isLiteral() ? st.getLiteral().getLexicalForm() : st.getObject().toString();
    }

    private static List<String> texts(Resource s, Property p) {
        return s.listProperties(p).toList().stream().filter(st -> st.getObject().isLiteral())
                .map(st -> st.getLiteral().getLexicalForm()).sorted().toList();
    }

    private static String string(Resource r, Property p) {
        String fr = french(r, p);
        if (fr != null) {
            return fr;
        }
        Statement st = r.getProperty(p);
        return st == null || !st.getObject().isLiteral() ? null : st.getLiteral().getLexicalForm();
    }

    /** The French (or language-less) literal value of a property, if any. */
    private static String french(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral).filter(l -> l.getLanguage().isEmpty() || l.getLanguage().startsWith("fr"))
                .sorted(Comparator.comparing(l -> l.getLanguage().isEmpty() ? 1 : 0)).map(Literal::getLexicalForm)
                .findFirst().orElse(null);
    }

    private static Double decimal(Resource s, Property p) {
        Statement st = s.getProperty(p);
        if (st == null || !st.getObject().isLiteral()) {
            return null;
        }
        try {
            return Double.valueOf(st.getLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }
}
