package org.mednumlod.endpoint.endpoint;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mednumlod.site.web.Negotiation;
import org.mednumlod.site.web.Representation;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A GET (or a HEAD, which {@link HeadRequests} passes on as a GET) on {@code /sparql} with no query string answers the {@link ServiceDescription}, in Turtle,
 * JSON-LD, RDF/XML or N-Triples by {@code Accept}; Turtle when there is no {@code Accept} or when HTML is only
 * reached through a wildcard ({@code *}{@code /*}, {@code text/*}). A client that names HTML (a browser) is left
 * to {@link SparqlGuard}, which sends it to the query form; anything else goes on to the guard and Fuseki.
 * Runs before the guard: the description is computed once per release, so it takes no query slot.
 */
final class ServiceDescriptionFilter extends OncePerRequestFilter {
    /** The CORS headers of the endpoint's answers (set here on the description, by {@link SparqlGuard} on the rest). */
    static final List<String[]> CORS = List.of(
            new String[] {"Access-Control-Allow-Origin", "*"},
            new String[] {"Access-Control-Allow-Methods", "GET, POST, OPTIONS"},
            new String[] {"Access-Control-Allow-Headers", "Accept, Content-Type"});

    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

    private final ServiceDescription description;

    ServiceDescriptionFilter(ServiceDescription description) {
        this.description = description;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean endpoint = path.equals(SparqlEndpoint.PATH) || path.equals(SparqlEndpoint.PATH + "/");
        String query = request.getQueryString();
        return !endpoint || !method.equals("GET") || (query != null && !query.isEmpty());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Representation> chosen = representation(request.getHeader(HttpHeaders.ACCEPT));
        if (chosen.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = description.written(chosen.get());
        CORS.forEach(h -> response.setHeader(h[0], h[1]));
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.setContentType(chosen.get().mediaType() + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The RDF representation to answer, or empty to let the request through: when the client prefers HTML and names
     * it (a browser: the guard sends it to the query form), or when no representation fits.
     */
    static Optional<Representation> representation(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(Representation.TURTLE);
        }
        Optional<Representation> best = Negotiation.choose(null, accept);
        if (best.isEmpty() || best.get().isRdf()) {
            return best;
        }
        if (namesHtml(accept)) {
            return Optional.empty();
        }
        // HTML reached only through a wildcard: rule it out, the best RDF representation wins (Turtle on a tie).
        return Negotiation.choose(null, accept + ", text/html;q=0, application/xhtml+xml;q=0").filter(Representation::isRdf);
    }

    private static boolean namesHtml(String accept) {
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(m -> m.getQualityValue() > 0
                    && !m.isWildcardSubtype()
                    && HTML_TYPES.contains((m.getType() + "/" + m.getSubtype()).toLowerCase(Locale.ROOT)));
        } catch (InvalidMediaTypeException e) {
            return true;
        }
    }

    /** Registered after {@link HeadRequests} (-2), before {@link SparqlGuard} (0) and Fuseki's filter (1). */
    @Configuration
    static class Registration {
        @Bean
        FilterRegistrationBean<ServiceDescriptionFilter> serviceDescriptionFilter(ServiceDescription description) {
            FilterRegistrationBean<ServiceDescriptionFilter> reg =
                    new FilterRegistrationBean<>(new ServiceDescriptionFilter(description));
            reg.addUrlPatterns(SparqlEndpoint.PATH, SparqlEndpoint.PATH + "/*");
            reg.setOrder(-1);
            return reg;
        }
    }
}
