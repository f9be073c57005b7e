package org.mednumlod.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.mednumlod.site.SiteProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The canonical URL of every HTML page ({@code <link rel="canonical">} in {@code layout.html}): the request path
 * under {@code mednum.base-uri}, with only the {@code page} parameter kept (other parameters do not name another
 * page). Searches and lookups have none.
 */
@ControllerAdvice
class CanonicalLink {
    private final String base;

    CanonicalLink(SiteProperties properties) {
        this.base = properties.baseUri();
    }

    @ModelAttribute("canonical")
    String canonical(HttpServletRequest request) {
        return canonical(
                base,
                request.getRequestURI().substring(request.getContextPath().length()),
                request.getParameter("page"));
    }

    /** Pure: the canonical URL of a path and its {@code page} parameter (page 1 is the bare path). */
    static String canonical(String base, String path, String page) {
        if (path.startsWith("/recherche") || path.startsWith("/lookup")) {
            return null;
        }
        boolean paged = page != null && page.matches("[0-9]{1,6}") && Integer.parseInt(page) > 1;
        return base + path + (paged ? "?page=" + Integer.parseInt(page) : "");
    }
}
