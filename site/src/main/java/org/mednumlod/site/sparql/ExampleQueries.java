package org.mednumlod.site.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mednumlod.endpoint.SparqlFiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The gallery of example queries: {@code queries/exemples/NN-name.rq} on the classpath, each opening with a
 * {@code # title} comment line. Read once.
 */
@Component
class ExampleQueries {

    /** One example: its name (file name without {@code .rq}), its French title and its text. */
    record Example(String name, String title, String text) {}

    private static final String FOLDER = "/queries/exemples/";

    private final List<Example> examples;
    private final Map<String, String> prefixes;

    ExampleQueries() {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath:" + FOLDER.substring(1) + "*.rq");
            List<Example> list = new ArrayList<>();
            for (Resource r : Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList()) {
                String text = SparqlFiles.text(FOLDER + r.getFilename());
                String title = text.lines()
                        .findFirst()
                        .filter(l -> l.startsWith("#"))
                        .map(l -> l.substring(1).strip())
                        .orElse(r.getFilename());
                list.add(new Example(r.getFilename().replaceFirst("\\.rq$", ""), title, text));
            }
            this.examples = List.copyOf(list);
            Map<String, String> declared = new TreeMap<>();
            list.forEach(e -> declared.putAll(SparqlFiles.query(FOLDER + e.name() + ".rq")
                    .getPrefixMapping()
                    .getNsPrefixMap()));
            this.prefixes = Collections.unmodifiableMap(declared);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Example> all() {
        return examples;
    }

    /** The prefixes declared by the examples (prefix → namespace), for the editor's completion and result display. */
    Map<String, String> prefixes() {
        return prefixes;
    }

    Optional<Example> byName(String name) {
        return examples.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
