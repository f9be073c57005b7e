package org.mednumlod.converters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.mednumlod.converters.Fields.Field;
import org.mednumlod.converters.PlaceBuilder.State;
import org.mednumlod.ontology.Reference;

/**
 * The fields whose values are cleaned one by one (identifiers, address and commune, coordinates, contacts,
 * hours, date). In strict mode values are only typed, never changed.
 */
final class PlaceCleaning {
    private final Mode mode;
    private final State s;
    private final Map<Field, List<String>> raw;

    PlaceCleaning(Mode mode, State s, Map<Field, List<String>> raw) {
        this.mode = mode;
        this.s = s;
        this.raw = raw;
    }

    void apply(SchemaRecord rec) {
        if (mode == Mode.STRICT) {
            strict(rec);
        } else {
            publication(rec);
        }
    }

    private String first(String field) {
        return PlaceBuilder.first(raw, field, mode == Mode.STRICT);
    }

    private void strict(SchemaRecord rec) {
        for (String f : List.of("pivot", "commune", "code_postal", "code_insee", "telephone", "horaires")) {
            String v = f.equals("horaires") ? rec.hours().osm : first(f);
            if (v != null) {
                s.put(f, PlaceBuilder.literal(v));
            }
        }
        String lat = first("latitude");
        String lon = first("longitude");
        // Typed as the schema's own tool types a cell (SchemaTypes); a value it refuses stays a plain literal.
        var latNode = lat == null ? null : SchemaTypes.number(lat);
        var lonNode = lon == null ? null : SchemaTypes.number(lon);
        if (lat != null) {
            s.put("latitude", latNode != null ? latNode : PlaceBuilder.literal(lat));
        }
        if (lon != null) {
            s.put("longitude", lonNode != null ? lonNode : PlaceBuilder.literal(lon));
        }
        if (latNode != null && lonNode != null && latNode.getLiteralDatatype() == XSDDatatype.XSDdecimal
                && lonNode.getLiteralDatatype() == XSDDatatype.XSDdecimal) {
            s.latitude = new BigDecimal(latNode.getLiteralLexicalForm());
            s.longitude = new BigDecimal(lonNode.getLiteralLexicalForm());
        }
        String date = first("date_maj");
        if (date != null) {
            var dateNode = SchemaTypes.date(date);
            s.put("date_maj", dateNode != null ? dateNode : PlaceBuilder.literal(date));
        }
        for (String v : ListValues.split(values("courriels"), false)) {
            s.add("courriels", PlaceBuilder.literal(v));
        }
        for (String f : List.of("site_web", "fiche_acces_libre", "prise_rdv")) {
            for (String v : ListValues.split(values(f), false)) {
                var node = PlaceBuilder.iri(v);
                s.add(f, node != null ? node : PlaceBuilder.literal(v));
            }
        }
        s.commune = CommuneResolver.get().resolveStrict(first("code_insee"), first("code_postal"), first("commune")).commune();
    }

    private void publication(SchemaRecord rec) {
        String pivot = first("pivot");
        if (pivot != null) {
            put("pivot", s.take(Pivots.normalize(pivot)));
        }
        String lat = first("latitude");
        String lon = first("longitude");
        if (lat != null || lon != null) {
            double[] point = s.take(Coordinates.normalize(lat, lon));
            if (point != null) {
                s.latitude = BigDecimal.valueOf(point[0]);
                s.longitude = BigDecimal.valueOf(point[1]);
                s.put("latitude", PlaceBuilder.decimal(s.latitude));
                s.put("longitude", PlaceBuilder.decimal(s.longitude));
            }
        }
        address();
        String phone = first("telephone");
        if (phone != null) {
            put("telephone", s.take(Phones.normalize(phone, postcode())));
        }
        List<String> mails = values("courriels");
        if (!mails.isEmpty()) {
            List<String> cleaned = s.take(Emails.normalize(String.join("|", mails)));
            if (cleaned != null) {
                cleaned.forEach(m -> s.add("courriels", PlaceBuilder.literal(m)));
            }
        }
        for (String f : List.of("site_web", "fiche_acces_libre", "prise_rdv")) {
            List<String> urls = values(f);
            if (urls.isEmpty()) {
                continue;
            }
            // 0.1.0 separated several sites with a comma: "https://a.fr/,https://b.fr/".
            String joined = String.join("|", urls).replaceAll(",\\s*(?=(?:https?://|www\\.))", "|");
            List<String> cleaned = s.take(Urls.normalize(joined, f));
            if (cleaned == null) {
                continue;
            }
            for (String u : f.equals("site_web") ? cleaned : cleaned.subList(0, Math.min(1, cleaned.size()))) {
                var node = PlaceBuilder.iri(u);
                if (node != null) {
                    s.add(f, node);
                }
            }
        }
        hours(rec.hours());
        String date = first("date_maj");
        if (date != null) {
            LocalDate d = s.take(Dates.parse(date));
            if (d != null) {
                s.put("date_maj", PlaceBuilder.date(d));
            }
        }
    }

    /** Postcode, commune name and INSEE code, then the commune in the COG (the publication gate). */
    private void address() {
        String address = first("adresse");
        String postcode = null;
        String postcodeRaw = first("code_postal");
        if (postcodeRaw != null) {
            postcode = s.take(Postcodes.normalize(postcodeRaw));
        }
        String commune = null;
        String communeRaw = first("commune");
        if (communeRaw != null) {
            commune = s.take(CommuneNames.normalize(communeRaw));
        }
        String[] fromAddress = PlaceBuilder.postcodeInAddress(address);
        if (postcode == null && postcodeRaw == null && fromAddress != null) {
            postcode = fromAddress[0];
            s.findings.add(Finding.fix("code_postal", address, "code_postal.extrait-de-adresse",
                    "Code postal « " + postcode + " » lu dans l'adresse « " + address + " »"));
        }
        if (fromAddress != null && fromAddress[0].equals(postcode)) {
            String street = PlaceBuilder.streetOnly(address);
            if (street != null && !street.equals(address)) {
                s.put("adresse", PlaceBuilder.literal(street));
                s.findings.add(Finding.fix("adresse", address, "adresse.code-postal-et-commune-retires",
                        "Adresse « " + address + " » : code postal et commune retirés, « " + street + " »"));
            }
        }
        if (commune == null && communeRaw == null && fromAddress != null && fromAddress[1] != null) {
            commune = s.take(CommuneNames.normalize(fromAddress[1]));
            if (commune != null) {
                s.findings.add(Finding.fix("commune", address, "commune.extraite-de-adresse",
                        "Commune « " + commune + " » lue dans l'adresse « " + address + " »"));
            }
        }
        String code = null;
        String codeRaw = first("code_insee");
        if (codeRaw != null) {
            code = s.take(InseeCodes.normalize(codeRaw));
        }
        List<String> context = nonNull(first("nom"), address, first("complement_adresse"));
        CommuneResolver.Resolution r = CommuneResolver.get().resolve(code, postcode, commune, context,
                s.latitude == null ? null : new double[] {s.latitude.doubleValue(), s.longitude.doubleValue()});
        s.findings.addAll(r.findings());
        s.commune = r.commune();
        if (r.resolved()) {
            var c = Reference.territories().commune(r.commune()).orElseThrow();
            if (commune == null) {
                commune = c.nom();
                s.findings.add(Finding.fix("commune", null, "commune.deduite-du-code-insee",
                        "Commune « " + commune + " » déduite du code INSEE « " + r.commune() + " »"));
            } else if (!commune.equals(c.nom())) {
                s.findings.add(Finding.fix("commune", communeRaw != null ? communeRaw : commune, "commune.nom-officiel",
                        "Commune « " + commune + " » écrite sous son nom officiel « " + c.nom() + " » (COG 2026, "
                                + r.commune() + ")"));
                commune = c.nom();
            }
            if (postcode == null && c.codesPostaux().size() == 1) {
                postcode = c.codesPostaux().get(0);
                s.findings.add(Finding.fix("code_postal", null, "code_postal.deduit-de-la-commune",
                        "Code postal « " + postcode + " », seul code postal de la commune « " + c.nom() + " »"));
            }
        } else {
            s.findings.add(Finding.quarantine("commune", String.join(" ", nonNull(postcodeRaw, communeRaw, codeRaw)),
                    "publication.commune-introuvable", "Commune introuvable dans le COG 2026 (code postal « "
                            + (postcode == null ? "" : postcode) + " », commune « " + (commune == null ? "" : commune)
                            + " », code INSEE « " + (codeRaw == null ? "" : codeRaw) + " ») : fiche mise en quarantaine"));
        }
        put("code_postal", postcode);
        put("commune", commune);
        put("code_insee", r.codeInsee());
    }

    private void hours(SchemaRecord.Hours h) {
        put("horaires", s.take(Hours.of(h)));
    }

    private String postcode() {
        var values = s.values.get(Fields.get().field("code_postal"));
        return values == null || values.isEmpty() ? null : values.get(0).getLiteralLexicalForm();
    }

    private List<String> values(String field) {
        Field f = Fields.get().field(field);
        List<String> v = raw.get(f);
        return v == null ? List.of() : v;
    }

    private void put(String field, String value) {
        if (value != null && !value.isBlank()) {
            s.put(field, PlaceBuilder.literal(value));
        }
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
