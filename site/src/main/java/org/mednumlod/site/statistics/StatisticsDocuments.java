package org.mednumlod.site.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.mednumlod.site.web.Dereferenceable;
import org.mednumlod.site.web.Lookup;
import org.mednumlod.site.web.NotFoundException;
import org.mednumlod.site.web.Page;
import org.springframework.stereotype.Component;

/**
 * The resources of the territory statistics as things to dereference, by path ({@code statistiques/…}): the data set,
 * its indicators and breakdown values, each observation (a cell the sparse cube leaves out answers with its zero).
 */
@Component
class StatisticsDocuments implements Dereferenceable<StatisticsResources.Described> {
    private final StatisticsResources resources;

    StatisticsDocuments(StatisticsResources resources) {
        this.resources = resources;
    }

    /** {@code statistiques} or {@code statistiques/…} with segments of letters, digits and dashes; else 404. */
    static String path(String path) {
        if (!path.matches("statistiques(/[A-Za-z0-9-]+)*")) {
            throw new NotFoundException("ressource statistique inconnue : /" + path);
        }
        return path;
    }

    @Override
    public Lookup<StatisticsResources.Described> lookup(String path) {
        return resources
                .describe(path)
                .<Lookup<StatisticsResources.Described>>map(d -> new Lookup.Found<>(path, d))
                .orElseGet(() -> new Lookup.Absent<>("ressource statistique inconnue : /" + path));
    }

    @Override
    public Model describe(StatisticsResources.Described described) {
        return described.model();
    }

    Page page(StatisticsResources.Described described, String path) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("r", resources.view(described));
        model.put("path", path);
        return Page.of("statistics", model);
    }
}
