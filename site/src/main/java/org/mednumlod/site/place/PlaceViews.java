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
import org.mednumlod.ontology.DQV;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.PROV;

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
        Resource commune = s.getPropertyResourceValue(MNL.situeDansCommune);
        PlaceView.Link communePage = commune == null
                ? null
                : new PlaceView.Link(
                        Optional.ofNullable(string(commune, RDFS.label)).orElse(text(s, MNL.commune)),
                        "/page/" + ids.thingPath(commune.getURI()).orElse(commune.getURI()));
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, text(s, MNL.adresse));
        addIfPresent(lines, text(s, MNL.complementAdresse));
        PlaceView.Address address =
                new PlaceView.Address(lines, text(s, MNL.codePostal), text(s, MNL.commune), communePage);
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
                sources(m, s, base),
                updated,
                stale,
                findings(m, s),
                corrections(m, s),
                seeAlso,
                null,
                disagreements(m, s));
        return withSchemaOrg(partial, SchemaOrg.jsonLd(partial, s, base + "/page/" + path));
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

    /** The source records the place merges ({@code prov:wasDerivedFrom} a {@code mnl:FicheLieu}), freshest first. */
    static List<Resource> records(Model m, Resource s) {
        return s.listProperties(m.createProperty(PROV.NS + "wasDerivedFrom")).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isResource)
                .map(RDFNode::asResource)
                .filter(r -> r.hasProperty(org.apache.jena.vocabulary.RDF.type, MNL.FicheLieu))
                .sorted(Comparator.comparing(
                                (Resource r) -> Optional.ofNullable(text(r, MNL.dateMaj))
                                        .orElse(""),
                                Comparator.reverseOrder())
                        .thenComparing(Resource::getURI))
                .toList();
    }

    private static List<PlaceView.Source> sources(Model m, Resource s, String base) {
        List<PlaceView.Source> out = new ArrayList<>();
        for (Resource r : records(m, s)) {
            Resource src = r.getPropertyResourceValue(m.createProperty(PROV.NS + "wasDerivedFrom"));
            if (src == null) {
                continue;
            }
            RDFNode licence = src.hasProperty(DCTerms.license)
                    ? src.getProperty(DCTerms.license).getObject()
                    : null;
            out.add(new PlaceView.Source(
                    Optional.ofNullable(string(src, RDFS.label)).orElse(src.getURI()),
                    string(src, DCTerms.publisher),
                    licence == null
                            ? null
                            : licence.isLiteral() ? licence.asLiteral().getLexicalForm() : label(licence),
                    text(r, MNL.fichierSource),
                    text(r, MNL.ligneSource),
                    text(r, MNL.identifiantSource),
                    text(r, MNL.dateMaj),
                    anchor(base, r.getURI())));
        }
        return out;
    }

    /** {@code fiche-{record key}}: the page anchor of a source record ({@code {base}/id/fiche/{key}}). */
    static String anchor(String base, String recordUri) {
        return "fiche-" + new Identifiers(base).recordKey(recordUri).orElse(recordUri);
    }

    /**
     * The schema fields on which the place's records disagree: for each, every record that has the field, with its
     * values (code-list labels). Silent records (without the field) do not disagree.
     */
    private static List<PlaceView.Disagreement> disagreements(Model m, Resource s) {
        List<Resource> records = records(m, s);
        if (records.size() < 2) {
            return List.of();
        }
        java.util.Set<Property> props = new java.util.TreeSet<>(Comparator.comparingInt((Property p) -> m.getResource(
                                        p.getURI())
                                .hasProperty(MNL.rang)
                        ? m.getResource(p.getURI()).getProperty(MNL.rang).getInt()
                        : 999)
                .thenComparing(Property::getURI));
        records.forEach(r -> r.listProperties().forEachRemaining(st -> {
            if (m.getResource(st.getPredicate().getURI()).hasProperty(MNL.champ)
                    && !st.getPredicate().equals(MNL.id)) {
                props.add(st.getPredicate());
            }
        }));
        List<PlaceView.Disagreement> out = new ArrayList<>();
        for (Property p : props) {
            List<PlaceView.SourceValue> values = new ArrayList<>();
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (Resource r : records) {
                List<String> v = r.listProperties(p).toList().stream()
                        .map(st -> label(st.getObject()))
                        .sorted()
                        .toList();
                if (!v.isEmpty()) {
                    distinct.add(String.join(" | ", v));
                    Resource src = r.getPropertyResourceValue(m.createProperty(PROV.NS + "wasDerivedFrom"));
                    String title = src == null
                            ? r.getURI()
                            : Optional.ofNullable(string(src, RDFS.label)).orElse(src.getURI());
                    values.add(new PlaceView.SourceValue(title, String.join(" | ", v)));
                }
            }
            if (distinct.size() > 1) {
                Resource def = m.getResource(p.getURI());
                out.add(new PlaceView.Disagreement(
                        Optional.ofNullable(string(def, RDFS.label)).orElse(p.getLocalName()),
                        string(def, MNL.champ),
                        values));
            }
        }
        return out;
    }

    private static List<PlaceView.Finding> findings(Model m, Resource s) {
        List<PlaceView.Finding> out = new ArrayList<>();
        List<Statement> annotations =
                new ArrayList<>(s.listProperties(m.createProperty(DQV.NS + "hasQualityAnnotation"))
                        .toList());
        records(m, s)
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
        records(m, s).forEach(r -> fixes.addAll(r.listProperties(MNL.correction).toList()));
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

    /** The label of a code-list concept, the URI's text for another resource, a literal's text. */
    private static String label(RDFNode n) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        Resource r = n.asResource();
        return Optional.ofNullable(string(r, SKOS.prefLabel))
                .or(() -> Optional.ofNullable(string(r, RDFS.label)))
                .orElse(r.isURIResource() ? r.getURI() : "");
    }

    private static PlaceView.Link value(RDFNode n) {
        if (n.isURIResource()
                && (n.asResource().hasProperty(SKOS.prefLabel) || n.asResource().hasProperty(RDFS.label))) {
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
        return st == null
                ? null
                : st.getObject().isLiteral()
                        ? st.getLiteral().getLexicalForm()
                        : st.getObject().toString();
    }

    private static List<String> texts(Resource s, Property p) {
        return s.listProperties(p).toList().stream()
                .filter(st -> st.getObject().isLiteral())
                .map(st -> st.getLiteral().getLexicalForm())
                .sorted()
                .toList();
    }

    private static String string(Resource r, Property p) {
        String fr = french(r, p);
        if (fr != null) {
            return fr;
        }
        Statement st = r.getProperty(p);
        return st == null || !st.getObject().isLiteral()
                ? null
                : st.getLiteral().getLexicalForm();
    }

    /** The French (or language-less) literal value of a property, if any. */
    private static String french(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().isEmpty() || l.getLanguage().startsWith("fr"))
                .sorted(Comparator.comparing(l -> l.getLanguage().isEmpty() ? 1 : 0))
                .map(Literal::getLexicalForm)
                .findFirst()
                .orElse(null);
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
