package org.mednumlod.shapes;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mednumlod.ontology.Territories;

/**
 * The checks implemented in Java, wired to their declarations: construction fails if a declared
 * {@code mnls:ControleJava} has no implementation or an implementation reports an undeclared rule.
 */
final class JavaChecks {
    /** Checked across places by {@link Validation#validateAll}, not here. */
    static final String ID_UNIQUE = "id.unique";

    private final List<PlaceCheck> checks;

    JavaChecks(RuleCatalog catalog, ReferenceGraph reference, Territories territories, Clock clock) {
        CommuneIndex communes = new CommuneIndex(territories);
        CoordinateCheck coordinates = new CoordinateCheck(catalog.controls(), communes);
        checks = List.of(
                new SingleValueCheck(catalog.fields(), reference),
                new ListSyntaxCheck(catalog),
                new SiretCheck(catalog.controls()),
                coordinates,
                new TerritoryCheck(communes),
                new CommuneCoherenceCheck(communes, org.mednumlod.ontology.CommuneLookup.get(), coordinates),
                new OpeningHoursCheck(),
                new PersonalDataCheck(catalog.controls(), reference),
                new UpdateDateCheck(catalog.controls(), clock));
        Set<String> implemented = new TreeSet<>();
        implemented.add(ID_UNIQUE);
        checks.forEach(c -> implemented.addAll(c.rules()));
        Set<String> declared = new TreeSet<>();
        catalog.javaRules().forEach(r -> declared.add(r.id()));
        if (!implemented.equals(declared)) {
            Set<String> missing = new HashSet<>(declared);
            missing.removeAll(implemented);
            Set<String> undeclared = new HashSet<>(implemented);
            undeclared.removeAll(declared);
            throw new IllegalStateException("contrôles Java sans implémentation : " + missing
                    + " ; implémentations sans déclaration : " + undeclared);
        }
    }

    void run(PlaceFacts place, Findings findings) {
        for (PlaceCheck check : checks) {
            check.check(place, findings);
        }
    }
}
