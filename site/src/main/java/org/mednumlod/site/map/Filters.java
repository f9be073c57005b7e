package org.mednumlod.site.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter parameters of the request, by the names the orientation search and its API share (issue 7 contract),
 * kept as given: the API validates their values; here they are only carried from one level of the map to the
 * next, into the API requests and into the snippet. Unknown names are dropped.
 */
record Filters(MultiValueMap<String, String> values) {
    /** The shared filter names (territory and page excluded: the map sets those). */
    static final List<String> NAMES = List.of(
            "services",
            "publics",
            "prise-en-charge",
            "frais",
            "modalites-acces",
            "modalites-accompagnement",
            "programmes",
            "labels",
            "accessibilite",
            "rdv",
            "ouvert",
            "jour",
            "de",
            "a",
            "commune",
            "lat",
            "lon",
            "rayon");

    static Filters of(Map<String, String[]> parameters) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (String name : NAMES) {
            String[] given = parameters.get(name);
            if (given != null) {
                for (String v : given) {
                    if (v != null && !v.isBlank()) {
                        values.add(name, v.strip());
                    }
                }
            }
        }
        return new Filters(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether {@code value} is chosen for {@code name} (a checkbox of the form). */
    public boolean has(String name, String value) {
        return values.getOrDefault(name, List.of()).contains(value);
    }

    /** The first value of {@code name}, or "". */
    public String first(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    /** {@code path?before…&filters…}, encoded; {@code before} are name/value pairs, null values skipped. */
    public String link(String path, String... before) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        Map<String, String> first = new LinkedHashMap<>();
        for (int i = 0; i + 1 < before.length; i += 2) {
            first.put(before[i], before[i + 1]);
        }
        first.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        values.forEach((k, vs) -> vs.forEach(v -> b.queryParam(k, v)));
        return b.encode().build().toUriString();
    }
}
