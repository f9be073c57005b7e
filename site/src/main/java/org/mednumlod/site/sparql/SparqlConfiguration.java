package org.mednumlod.site.sparql;

import jakarta.servlet.Filter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mednumlod.endpoint.endpoint.Negotiator;
import org.mednumlod.endpoint.endpoint.SparqlEndpoint;
import org.mednumlod.endpoint.endpoint.SparqlFunctions;
import org.mednumlod.endpoint.endpoint.UiRowCap;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.hours.OpeningHours;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.web.Negotiation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The Spring side of {@code /sparql} ({@link SparqlEndpoint}, in {@code sparql-endpoint}): built from the settings
 * ({@code mednum.sparql.timeout-ms}, 30 s by default; {@code mednum.sparql.max-concurrent}, 4;
 * {@code mednum.sparql.ui-max-rows}, 10 000), with the site's content negotiation and opening-hours evaluator, and its
 * filters registered on {@code /sparql} in the order they run: HEAD (-2), service description and row cap (-1),
 * guard (0), Fuseki or the remote relay (1).
 */
@Configuration
class SparqlConfiguration {
    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

    @Bean
    SparqlEndpoint sparqlEndpoint(
            Store store,
            SiteProperties properties,
            @Value("${mednum.sparql.timeout-ms:30000}") long timeoutMs,
            @Value("${mednum.sparql.max-concurrent:4}") int maxConcurrent,
            @Value("${mednum.sparql.ui-max-rows:10000}") long uiMaxRows) {
        return new SparqlEndpoint(
                store,
                properties.baseUri(),
                new SparqlEndpoint.Settings(timeoutMs, maxConcurrent, uiMaxRows),
                negotiator(),
                SparqlConfiguration::hours);
    }

    @Bean
    UiRowCap uiRowCap(SparqlEndpoint sparql) {
        return sparql.uiRowCap();
    }

    @Bean
    ServletContextInitializer fusekiRegistries(SparqlEndpoint sparql) {
        return sparql::initialize;
    }

    @Bean
    FilterRegistrationBean<Filter> sparqlHeadRequests(SparqlEndpoint sparql) {
        return registration(sparql.headRequests(), -2);
    }

    @Bean
    FilterRegistrationBean<Filter> serviceDescriptionFilter(SparqlEndpoint sparql) {
        return registration(sparql.serviceDescription(), -1);
    }

    @Bean
    FilterRegistrationBean<Filter> uiRowCapFilter(SparqlEndpoint sparql) {
        return registration(sparql.uiRowCapFilter(), -1);
    }

    @Bean
    FilterRegistrationBean<Filter> sparqlGuard(SparqlEndpoint sparql) {
        return registration(sparql.guard(), 0);
    }

    @Bean
    FilterRegistrationBean<Filter> fusekiFilter(SparqlEndpoint sparql) {
        return registration(sparql.endpoint(), 1);
    }

    private static FilterRegistrationBean<Filter> registration(Filter filter, int order) {
        FilterRegistrationBean<Filter> reg = new FilterRegistrationBean<>(filter);
        reg.addUrlPatterns(SparqlEndpoint.PATH, SparqlEndpoint.PATH + "/*");
        reg.setOrder(order);
        return reg;
    }

    private static Optional<? extends SparqlFunctions.Hours> hours(String osm) {
        return OpeningHours.parse(osm).map(h -> new SparqlFunctions.Hours() {
            @Override
            public boolean openAt(java.time.LocalDateTime t) {
                return h.openAt(t);
            }

            @Override
            public boolean openWithin(java.time.LocalDate day, int from, int to) {
                return h.openWithin(day, from, to);
            }
        });
    }

    /** The site's negotiation ({@link Negotiation}), as the endpoint's filters ask it. */
    private static Negotiator negotiator() {
        return new Negotiator() {
            @Override
            public Optional<Format> choose(String accept) {
                return Negotiation.choose(null, accept)
                        .map(r -> new Format(r.mediaType(), Optional.ofNullable(r.rdfFormat())));
            }

            @Override
            public boolean namesHtml(String accept) {
                try {
                    return MediaType.parseMediaTypes(accept).stream()
                            .anyMatch(m -> m.getQualityValue() > 0
                                    && !m.isWildcardSubtype()
                                    && HTML_TYPES.contains(
                                            (m.getType() + "/" + m.getSubtype()).toLowerCase(Locale.ROOT)));
                } catch (InvalidMediaTypeException e) {
                    return true;
                }
            }
        };
    }
}
