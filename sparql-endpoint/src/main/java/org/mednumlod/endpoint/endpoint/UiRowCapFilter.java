package org.mednumlod.endpoint.endpoint;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * In front of Fuseki: a query sent by the HTML interface (request header {@link UiRowCap#MARKER_HEADER}) in the
 * {@code query} parameter (GET, or POST form as YASGUI sends it) is replaced by its capped version, and the response
 * says so in {@link UiRowCap#APPLIED_HEADER}. Requests without the marker, and query bodies sent as
 * {@code application/sparql-query}, pass through untouched.
 */
final class UiRowCapFilter extends HttpFilter {
    private static final String QUERY = "query";
    private final UiRowCap cap;

    UiRowCapFilter(UiRowCap cap) {
        this.cap = cap;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response = new VaryOnMarker(response);
        response.addHeader("Vary", UiRowCap.MARKER_HEADER);
        String[] queries = request.getHeader(UiRowCap.MARKER_HEADER) == null ? null : request.getParameterValues(QUERY);
        // Exactly one query, as the protocol requires; anything else is left to Fuseki's own checks.
        Optional<String> capped = queries == null || queries.length != 1 ? Optional.empty() : cap.capped(queries[0]);
        if (capped.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(UiRowCap.APPLIED_HEADER, Long.toString(cap.maxRows()));
        chain.doFilter(new QueryReplaced(request, capped.get()), response);
    }

    /** Keeps the marker in {@code Vary} when Fuseki sets its own {@code Vary} (GET responses). */
    private static final class VaryOnMarker extends HttpServletResponseWrapper {
        VaryOnMarker(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            boolean vary = "Vary".equalsIgnoreCase(name) && value != null && !value.contains(UiRowCap.MARKER_HEADER);
            super.setHeader(name, vary ? value + ", " + UiRowCap.MARKER_HEADER : value);
        }
    }

    /** The request as Fuseki reads it ({@code getParameter}), with another {@code query} parameter. */
    private static final class QueryReplaced extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        QueryReplaced(HttpServletRequest request, String query) {
            super(request);
            Map<String, String[]> map = new LinkedHashMap<>(request.getParameterMap());
            map.put(QUERY, new String[] {query});
            this.parameters = Collections.unmodifiableMap(map);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
