package org.mednumlod.site.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    record Example(String name, String title, String text) {
    }

    private final List<Example> examples;

    ExampleQueries() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:queries/exemples/*.rq");
            List<Example> list = new ArrayList<>();
            for (Resource r : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (InputStream in = r.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String title = text.lines().findFirst().filter(l -> l.startsWith("#")).map(l -> l.substring(1).strip())
                            .orElse(r.getFilename());
                    list.add(new Example(r.getFilename().replaceFirst("\\.rq$", ""), title, text));
                }
            }
            this.examples = List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Example> all() {
        return examples;
    }

    Optional<Example> byName(String name) {
        return examples.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
