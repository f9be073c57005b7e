package org.mednumlod.converters.clean;

import java.util.Arrays;
import java.util.List;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Fields.Field;
import org.mednumlod.ontology.Reference;
import org.mednumlod.ontology.Territories;

/**
 * {@code adresse}, {@code code_postal}, {@code commune} and {@code code_insee}, cleaned together: each says something
 * of the others, and together they give the commune in the COG, the publication gate. Strict: as written, the
 * commune resolved only from exact values. Publication: each value cleaned, a postcode and a commune name read from
 * the street line when missing (the street line then loses them), the commune resolved ({@link CommuneResolver},
 * the point cleaned before helping) and written under its official name; a record whose commune cannot be found is
 * quarantined.
 */
final class AddressCleaner implements FieldCleaner {

    @Override
    public Cleaning strict(RecordValues in, Field field) {
        Cleaning out = TextCleaner.LINE.strict(in, Fields.get().field("adresse"));
        for (String f : List.of("commune", "code_postal", "code_insee")) {
            String v = in.first(f);
            if (v != null) {
                out.put(f, ValueNodes.literal(v));
            }
        }
        out.commune(CommuneResolver.get()
                .resolveStrict(in.first("code_insee"), in.first("code_postal"), in.first("commune"))
                .commune());
        return out;
    }

    @Override
    public Cleaning publication(RecordValues in, Field field) {
        Cleaning out = TextCleaner.LINE.publication(in, Fields.get().field("adresse"));
        Parts p = new Parts(in);
        p.read(out);
        CommuneResolver.Resolution r = CommuneResolver.get()
                .resolve(
                        p.code,
                        p.postcode,
                        p.commune,
                        nonNull(in.first("nom"), p.address, in.first("complement_adresse")),
                        in.earlier().latitude() == null
                                ? null
                                : new double[] {
                                    in.earlier().latitude().doubleValue(),
                                    in.earlier().longitude().doubleValue()
                                });
        r.findings().forEach(out::finding);
        out.commune(r.commune());
        if (r.resolved()) {
            p.official(Reference.territories().commune(r.commune()).orElseThrow(), r.commune(), out);
        } else {
            out.finding(Finding.quarantine(
                    "commune",
                    String.join(" ", nonNull(p.postcodeRaw, p.communeRaw, p.codeRaw)),
                    "publication.commune-introuvable",
                    "Commune introuvable dans le COG 2026 (code postal « "
                            + (p.postcode == null ? "" : p.postcode) + " », commune « "
                            + (p.commune == null ? "" : p.commune) + " », code INSEE « "
                            + (p.codeRaw == null ? "" : p.codeRaw) + " ») : fiche mise en quarantaine"));
        }
        out.putText("code_postal", p.postcode);
        out.putText("commune", p.commune);
        out.putText("code_insee", r.codeInsee());
        return out;
    }

    /** The raw and cleaned values of the four fields, as the publication variant settles them. */
    private static final class Parts {
        final String address;
        final String postcodeRaw;
        final String communeRaw;
        final String codeRaw;
        String postcode;
        String commune;
        String code;

        Parts(RecordValues in) {
            address = in.first("adresse");
            postcodeRaw = in.first("code_postal");
            communeRaw = in.first("commune");
            codeRaw = in.first("code_insee");
        }

        /** Postcode, commune name and INSEE code cleaned, the first two read from the street line if missing. */
        void read(Cleaning out) {
            if (postcodeRaw != null) {
                postcode = out.take(Postcodes.normalize(postcodeRaw));
            }
            if (communeRaw != null) {
                commune = out.take(CommuneNames.normalize(communeRaw));
            }
            String[] fromAddress = AddressLines.postcodeInAddress(address);
            if (postcode == null && postcodeRaw == null && fromAddress != null) {
                postcode = fromAddress[0];
                out.finding(Finding.fix(
                        "code_postal",
                        address,
                        "code_postal.extrait-de-adresse",
                        "Code postal « " + postcode + " » lu dans l'adresse « " + address + " »"));
            }
            if (fromAddress != null && fromAddress[0].equals(postcode)) {
                String street = AddressLines.streetOnly(address);
                if (street != null && !street.equals(address)) {
                    out.put("adresse", ValueNodes.literal(street));
                    out.finding(Finding.fix(
                            "adresse",
                            address,
                            "adresse.code-postal-et-commune-retires",
                            "Adresse « " + address + " » : code postal et commune retirés, « " + street + " »"));
                }
            }
            if (commune == null && communeRaw == null && fromAddress != null && fromAddress[1] != null) {
                commune = out.take(CommuneNames.normalize(fromAddress[1]));
                if (commune != null) {
                    out.finding(Finding.fix(
                            "commune",
                            address,
                            "commune.extraite-de-adresse",
                            "Commune « " + commune + " » lue dans l'adresse « " + address + " »"));
                }
            }
            if (codeRaw != null) {
                code = out.take(InseeCodes.normalize(codeRaw));
            }
        }

        /** The commune under its COG name, and the postcode when the commune has only one. */
        void official(Territories.Commune c, String codeInsee, Cleaning out) {
            if (commune == null) {
                commune = c.nom();
                out.finding(Finding.fix(
                        "commune",
                        null,
                        "commune.deduite-du-code-insee",
                        "Commune « " + commune + " » déduite du code INSEE « " + codeInsee + " »"));
            } else if (!commune.equals(c.nom())) {
                out.finding(Finding.fix(
                        "commune",
                        communeRaw != null ? communeRaw : commune,
                        "commune.nom-officiel",
                        "Commune « " + commune + " » écrite sous son nom officiel « " + c.nom() + " » (COG 2026, "
                                + codeInsee + ")"));
                commune = c.nom();
            }
            if (postcode == null && c.codesPostaux().size() == 1) {
                postcode = c.codesPostaux().get(0);
                out.finding(Finding.fix(
                        "code_postal",
                        null,
                        "code_postal.deduit-de-la-commune",
                        "Code postal « " + postcode + " », seul code postal de la commune « " + c.nom() + " »"));
            }
        }
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
