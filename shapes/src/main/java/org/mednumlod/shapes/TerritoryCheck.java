package org.mednumlod.shapes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.ontology.Territories.CommuneType;

/**
 * code_insee, code_postal and commune against the territory reference (COG 2026): an INSEE code that is not
 * a current commune (delegated, associated, arrondissement, unknown), and a postcode or name that does not fit
 * the commune of the INSEE code — or, without an INSEE code, a name that does not fit the postcode.
 * Values that fail the schema's patterns are left to those rules.
 */
final class TerritoryCheck implements PlaceCheck {
    static final String INSEE_UNKNOWN = "code_insee.inconnu";
    static final String INSEE_DELEGATED = "code_insee.commune-deleguee";
    static final String INSEE_ARRONDISSEMENT = "code_insee.arrondissement";
    static final String INSEE_POSTCODE = "code_insee.code-postal";
    static final String INSEE_NAME = "code_insee.commune";
    static final String POSTCODE_UNKNOWN = "code_postal.inconnu";
    static final String POSTCODE_NAME = "code_postal.commune";
    private static final Pattern INSEE = Pattern.compile("([013-9][0-9]|2[AB1-9])[0-9]{3}");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

    private final CommuneIndex communes;

    TerritoryCheck(CommuneIndex communes) {
        this.communes = communes;
    }

    @Override
    public Set<String> rules() {
        return Set.of(
                INSEE_UNKNOWN,
                INSEE_DELEGATED,
                INSEE_ARRONDISSEMENT,
                INSEE_POSTCODE,
                INSEE_NAME,
                POSTCODE_UNKNOWN,
                POSTCODE_NAME);
    }

    @Override
    public void check(PlaceFacts place, Findings findings) {
        Optional<Node> insee = place.first(MNL.codeInsee.asNode())
                .filter(n -> n.isLiteral()
                        && INSEE.matcher(n.getLiteralLexicalForm()).matches());
        Optional<Node> postcode = place.first(MNL.codePostal.asNode())
                .filter(n -> n.isLiteral()
                        && POSTCODE.matcher(n.getLiteralLexicalForm()).matches());
        Optional<Node> name = place.first(MNL.commune.asNode())
                .filter(n -> n.isLiteral() && !n.getLiteralLexicalForm().isBlank());
        if (insee.isPresent()) {
            checkInsee(insee.get(), postcode, name, findings);
        } else if (place.first(MNL.codeInsee.asNode()).isEmpty() && postcode.isPresent()) {
            checkPostcode(postcode.get(), name, findings);
        }
    }

    private void checkInsee(Node insee, Optional<Node> postcode, Optional<Node> name, Findings findings) {
        String code = insee.getLiteralLexicalForm();
        Optional<Commune> current = communes.current(code);
        if (current.isPresent()) {
            Commune c = current.get();
            checkAgainst(c, c.code(), insee, postcode, name, findings);
            return;
        }
        List<Commune> others = communes.others(code);
        if (others.isEmpty()) {
            findings.add(INSEE_UNKNOWN, insee, Map.of());
            return;
        }
        Commune other = others.get(0);
        Commune parent = communes.current(other.parent()).orElse(null);
        Map<String, String> vars = Map.of(
                "commune",
                other.nom(),
                "parent",
                parent == null ? "" : parent.nom(),
                "codeParent",
                other.parent() == null ? "" : other.parent());
        if (other.type() == CommuneType.ARRONDISSEMENT_MUNICIPAL) {
            findings.add(INSEE_ARRONDISSEMENT, insee, vars);
            if (parent != null) {
                checkAgainst(other, parent.code(), insee, postcode, name, findings);
            }
        } else {
            findings.add(INSEE_DELEGATED, insee, vars);
        }
    }

    /** Postcode and name of a place against the commune (or arrondissement) of its INSEE code. */
    private void checkAgainst(
            Commune c, String namesOf, Node insee, Optional<Node> postcode, Optional<Node> name, Findings findings) {
        if (postcode.isPresent()
                && !c.codesPostaux().isEmpty()
                && !c.codesPostaux().contains(postcode.get().getLiteralLexicalForm())
                && !communes.laPostePostcodes(c.code()).contains(postcode.get().getLiteralLexicalForm())) {
            findings.add(
                    INSEE_POSTCODE,
                    insee,
                    Map.of(
                            "commune",
                            c.nom(),
                            "codePostal",
                            postcode.get().getLiteralLexicalForm(),
                            "codesPostaux",
                            String.join(", ", c.codesPostaux())));
        }
        if (name.isPresent()
                && !communes.names(namesOf, name.get().getLiteralLexicalForm())
                && !communes.names(c.code(), name.get().getLiteralLexicalForm())) {
            findings.add(
                    INSEE_NAME, name.get(), Map.of("codeInsee", insee.getLiteralLexicalForm(), "nomOfficiel", c.nom()));
        }
    }

    private void checkPostcode(Node postcode, Optional<Node> name, Findings findings) {
        List<Commune> withPostcode = communes.withPostcode(postcode.getLiteralLexicalForm());
        if (withPostcode.isEmpty()) {
            findings.add(POSTCODE_UNKNOWN, postcode, Map.of());
            return;
        }
        if (name.isEmpty()) {
            return;
        }
        String written = name.get().getLiteralLexicalForm();
        if (withPostcode.stream().noneMatch(c -> communes.names(c.code(), written))) {
            Set<String> names = new LinkedHashSet<>();
            withPostcode.stream().limit(8).forEach(c -> names.add(c.nom()));
            String list = String.join(", ", names) + (withPostcode.size() > 8 ? "…" : "");
            findings.add(
                    POSTCODE_NAME,
                    name.get(),
                    Map.of("codePostal", postcode.getLiteralLexicalForm(), "communes", list));
        }
    }
}
