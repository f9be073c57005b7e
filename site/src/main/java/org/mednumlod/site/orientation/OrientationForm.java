package org.mednumlod.site.orientation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.ui.Model;

/** The view model of {@code /orientation}: the filter groups with their state, and a result as the page shows it. */
final class OrientationForm {
    /** The 9 services in the national map's 4 groups (orientation path, step « besoin »), with a description each. */
    private static final List<Group> SERVICE_GROUPS = List.of(
            new Group(
                    "Apprentissage de base",
                    "Prendre en main un ordinateur, un smartphone, une messagerie.",
                    List.of("maitrise-des-outils-numeriques-du-quotidien")),
            new Group(
                    "Démarches",
                    "Être aidé pour les démarches en ligne et la recherche d'emploi.",
                    List.of("aide-aux-demarches-administratives", "insertion-professionnelle-via-le-numerique")),
            new Group(
                    "Culture numérique",
                    "Comprendre le numérique, s'y protéger, créer, accompagner ses enfants.",
                    List.of(
                            "comprehension-du-monde-numerique", "utilisation-securisee-du-numerique",
                            "loisirs-et-creations-numeriques", "parentalite-et-education-avec-le-numerique")),
            new Group(
                    "Manque de matériel",
                    "Accéder à un ordinateur et à internet, s'équiper à prix solidaire.",
                    List.of(
                            "acces-internet-et-materiel-informatique",
                            "acquisition-de-materiel-informatique-a-prix-solidaire")));

    private record Group(String title, String description, List<String> slugs) {}

    /** A checkbox or option: {@code id} is unique in the page (for its label). */
    record Option(String id, String value, String label, boolean checked) {}

    /** A group of services, or a whole code-list filter (then {@code description} says OR / AND). */
    record OptionGroup(String parameter, String legend, String description, List<Option> options) {}

    /** A commune to choose when a typed name designates several. */
    record Choice(String label, String href) {}

    /** A result line. */
    record Result(
            String name, String href, String address, String commune, String distance, String status, Boolean open) {}

    private final Orientation orientation;

    OrientationForm(Orientation orientation) {
        this.orientation = orientation;
    }

    void fill(Model model, Map<String, List<String>> params, Criteria c) {
        Catalogue catalogue = orientation.catalogue();
        List<OptionGroup> services = new ArrayList<>();
        Set<String> grouped = new LinkedHashSet<>();
        for (Group g : SERVICE_GROUPS) {
            List<Concept> concepts = catalogue.concepts(Facet.SERVICES).stream()
                    .filter(x -> g.slugs().contains(x.slug()))
                    .sorted(java.util.Comparator.comparingInt(x -> g.slugs().indexOf(x.slug())))
                    .toList();
            concepts.forEach(x -> grouped.add(x.slug()));
            services.add(
                    new OptionGroup("services", g.title(), g.description(), options(Facet.SERVICES, concepts, params)));
        }
        List<Concept> others = catalogue.concepts(Facet.SERVICES).stream()
                .filter(x -> !grouped.contains(x.slug()))
                .toList();
        if (!others.isEmpty()) {
            services.add(new OptionGroup("services", "Autres besoins", "", options(Facet.SERVICES, others, params)));
        }
        List<OptionGroup> facets = new ArrayList<>();
        for (Facet f : Facet.values()) {
            if (f != Facet.SERVICES) {
                facets.add(new OptionGroup(
                        f.parameter(),
                        f.legend(),
                        f.all()
                                ? "Le lieu doit répondre à toutes les cases cochées."
                                : "Le lieu doit répondre à l'une des cases cochées.",
                        options(f, catalogue.concepts(f), params)));
            }
        }
        model.addAttribute("serviceGroups", services);
        model.addAttribute("facets", facets);
        model.addAttribute("days", CriteriaParser.DAYS);
        for (String name : List.of(
                "accessibilite", "rdv", "ouvert", "jour", "de", "a", "commune", "lat", "lon", "rayon", "territoire")) {
            model.addAttribute("p_" + name, OrientationPageController.first(params, name));
        }
        model.addAttribute("criteria", c);
        model.addAttribute(
                "centre",
                c == null || c.centre() == null
                        ? null
                        : c.centre().commune() != null
                                ? c.centre().commune().name() + " ("
                                        + c.centre().commune().code() + ")"
                                : String.format(
                                        java.util.Locale.ROOT,
                                        "%.5f, %.5f",
                                        c.centre().latitude(),
                                        c.centre().longitude()));
        model.addAttribute("radius", c == null ? null : GreatCircle.label(c.radiusKm()));
        model.addAttribute(
                "territoryName",
                c == null || c.territory() == null ? null : c.territory().name());
    }

    private static List<Option> options(Facet f, List<Concept> concepts, Map<String, List<String>> params) {
        List<String> chosen = params.getOrDefault(f.parameter(), List.of());
        return concepts.stream()
                .map(x -> new Option(f.parameter() + "-" + x.slug(), x.slug(), x.label(), chosen.contains(x.slug())))
                .toList();
    }

    Result result(Orientation.Match m, Criteria c) {
        IndexedPlace p = m.place();
        String address = p.address() == null ? null : p.address() + (p.postcode() == null ? "" : ", " + p.postcode());
        return new Result(
                p.name(),
                "/page/lieu/" + p.key(),
                address,
                p.commune() == null ? null : p.commune().name(),
                Double.isNaN(m.distanceKm()) ? null : GreatCircle.label(m.distanceKm()),
                orientation.status(p, c).orElse(p.hours() == null ? "Horaires inconnus" : "Horaires : " + p.hours()),
                orientation.open(p, c).orElse(null));
    }
}
