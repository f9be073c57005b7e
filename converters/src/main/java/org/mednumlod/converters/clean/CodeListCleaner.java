package org.mednumlod.converters.clean;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.CodeListIndex;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Fields.Field;

/**
 * A field whose values come from a code list of the vocabulary: each value becomes its concept, on the 1.0 field
 * whose list holds it (a 0.1.x field that 1.0 split feeds both). Strict: exact values only, an unknown one kept as a
 * plain literal. Publication: values recognised despite case, accents or old wording ({@link ListValues}); a label
 * that is neither a programme nor a training goes to {@code autres_formations_labels}; other unknown values are
 * dropped.
 */
final class CodeListCleaner implements FieldCleaner {
    private final Fields fields = Fields.get();

    @Override
    public Cleaning strict(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        boolean old = in.version().oldSeparators();
        List<String> cells = in.values(field);
        List<String> items = old ? ListValues.split(cells, true) : ListValues.schemaItems(cells);
        for (String item : items) {
            ListValues.Item r = ListValues.strict(field.name(), item, in.schemes(field), old);
            if (r.known()) {
                r.concepts().forEach(c -> out.add(propertyFor(c, field).name(), NodeFactory.createURI(c.iri())));
            } else {
                out.add(field.name(), ValueNodes.literal(item));
            }
        }
        return out;
    }

    @Override
    public Cleaning publication(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        boolean old = in.version().oldSeparators();
        String column = in.column(field);
        List<String> cells = in.values(field);
        if (!old) {
            for (String cell : cells) {
                if (!ListValues.wellFormed(cell)) {
                    out.finding(Finding.fix(
                            column,
                            cell,
                            "liste.syntaxe-nettoyee",
                            "Le champ « " + column + " » « "
                                    + cell
                                    + " » n'a pas la forme du schéma (valeurs exactes séparées par « | », sans espace ni "
                                    + "élément vide) : lu comme « "
                                    + String.join("|", ListValues.split(List.of(cell), false)) + " »"));
                }
            }
        }
        Set<String> schemes = in.schemes(field);
        for (String item : ListValues.split(cells, old)) {
            for (ListValues.Item r : ListValues.resolve(column, item, schemes)) {
                value(out, field, column, schemes, r);
            }
        }
        return out;
    }

    private void value(Cleaning out, Field field, String column, Set<String> schemes, ListValues.Item r) {
        r.findings().forEach(out::finding);
        if (r.known()) {
            r.concepts().forEach(c -> out.add(propertyFor(c, field).name(), NodeFactory.createURI(c.iri())));
        } else if (schemes.contains(fields.field("formations_labels").scheme())) {
            out.add("autres_formations_labels", ValueNodes.literal(r.raw()));
            out.finding(
                    Finding.fix(
                            column,
                            r.raw(),
                            "liste.vers-autres-formations-labels",
                            "« " + r.raw()
                                    + " » n'est ni un dispositif ni une formation de la liste : reporté dans « autres_formations_labels »"));
        } else {
            out.finding(Finding.dropped(
                    column,
                    r.raw(),
                    "liste.valeur-inconnue",
                    "La valeur « " + r.raw() + " » n'appartient pas à la liste « " + column + " » : retirée"));
        }
    }

    /** The 1.0 field whose code list holds the concept (a 0.1 field split in two in 1.0 feeds both). */
    private Field propertyFor(CodeListIndex.Concept c, Field fallback) {
        for (Field f : fields.all()) {
            if (c.scheme().equals(f.scheme())) {
                return f;
            }
        }
        return fallback;
    }
}
