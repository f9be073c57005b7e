package org.mednumlod.site.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTML page of a thing: its template, the model the template reads and the headers the page adds.
 *
 * @param view    the Thymeleaf template
 * @param model   the template's attributes (values may be null)
 * @param headers headers of this page only (a place page's short {@code Cache-Control})
 */
public record Page(String view, Map<String, Object> model, Map<String, String> headers) {
    public Page {
        model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
        headers = Map.copyOf(headers);
    }

    /** A page without headers of its own. */
    public static Page of(String view, Map<String, Object> model) {
        return new Page(view, model, Map.of());
    }

    /** A page of one attribute. */
    public static Page of(String view, String name, Object value) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(name, value);
        return of(view, model);
    }
}
