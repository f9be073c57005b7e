package org.mednumlod.shapes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mednumlod.ontology.CommuneLookup;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Territories;
import org.mednumlod.ontology.Territories.Commune;

/**
 * Look-ups of the territory reference the checks need, built once: current communes by code, the other
 * commune-level entries (delegated, associated, arrondissements) by code, current communes by postcode, and
 * the normalised names a commune may be written with.
 */
final class CommuneIndex {
    private final Territories territories;
    private final Map<String, List<Commune>> othersByCode = new HashMap<>();
    private final Map<String, List<Commune>> byPostcode = new HashMap<>();
    private final Map<String, Set<String>> acceptedNames = new HashMap<>();

    CommuneIndex(Territories territories) {
        this.territories = territories;
        for (Commune c : territories.communes()) {
            for (String cp : c.codesPostaux()) {
                byPostcode.computeIfAbsent(cp, k -> new ArrayList<>()).add(c);
            }
            names(c.code()).add(CommuneNames.normalize(c.nom()));
        }
        for (Commune c : territories.otherCommunes()) {
            othersByCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
            if (c.parent() != null) {
                names(c.parent()).add(CommuneNames.normalize(c.nom()));
            }
        }
    }

    private Set<String> names(String code) {
        return acceptedNames.computeIfAbsent(code, k -> new HashSet<>());
    }

    Optional<Commune> current(String code) {
        return territories.commune(code);
    }

    /**
     * The commune a place is in: its {@code mnl:situeDansCommune}, else its {@code code_insee} as a current commune,
     * else as a former one (delegated, associated, arrondissement) — that entry itself, or with {@code current} the
     * current commune it belongs to.
     */
    Optional<Commune> of(PlaceFacts place, boolean current) {
        Optional<Commune> linked = place.first(MNL.situeDansCommune.asNode())
                .flatMap(ReferenceGraph::communeCode)
                .flatMap(this::current);
        if (linked.isPresent()) {
            return linked;
        }
        Optional<String> insee = place.text(MNL.codeInsee.asNode());
        if (insee.isEmpty()) {
            return Optional.empty();
        }
        Optional<Commune> now = current(insee.get());
        if (now.isPresent()) {
            return now;
        }
        Optional<Commune> former = others(insee.get()).stream().findFirst();
        return current ? former.flatMap(o -> current(o.parent())) : former;
    }

    /** Delegated or associated communes and arrondissements with this code (a delegated commune may share it). */
    List<Commune> others(String code) {
        return othersByCode.getOrDefault(code, List.of());
    }

    /** The current communes of a postcode: the COG's, else La Poste's (which also knows, e.g., 98810 for Le Mont-Dore). */
    List<Commune> withPostcode(String postcode) {
        List<Commune> cog = byPostcode.getOrDefault(postcode, List.of());
        return cog.isEmpty() ? CommuneLookup.get().withPostcode(postcode) : cog;
    }

    /** The postcodes La Poste gives a current commune (with those of its former communes). */
    java.util.Set<String> laPostePostcodes(String code) {
        return CommuneLookup.get().postcodes(code);
    }

    /**
     * True if a name written by a producer names this current commune or one of its former communes — also
     * without its article (« MONT DORE »), by La Poste's name (« Boulouparis ») or in short (« La Seyne »), as
     * {@link CommuneLookup#names} says.
     */
    boolean names(String code, String name) {
        return acceptedNames.getOrDefault(code, Set.of()).contains(CommuneNames.normalize(name))
                || CommuneLookup.get().names(code, name);
    }
}
