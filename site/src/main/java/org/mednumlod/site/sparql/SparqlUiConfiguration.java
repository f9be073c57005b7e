package org.mednumlod.site.sparql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTML query interface's side of the SPARQL endpoint: its row cap ({@code mednum.sparql.ui-max-rows}, 10 000 by
 * default) and the filter that applies it, registered ahead of {@link SparqlEndpoint}'s filters (order -1: before
 * the guard at 0 and Fuseki at 1).
 */
@Configuration
class SparqlUiConfiguration {

    @Bean
    UiRowCap uiRowCap(@Value("${mednum.sparql.ui-max-rows:10000}") long maxRows) {
        return new UiRowCap(maxRows);
    }

    @Bean
    FilterRegistrationBean<UiRowCapFilter> uiRowCapFilter(UiRowCap cap) {
        FilterRegistrationBean<UiRowCapFilter> reg = new FilterRegistrationBean<>(new UiRowCapFilter(cap));
        reg.addUrlPatterns(SparqlEndpoint.PATH, SparqlEndpoint.PATH + "/*");
        reg.setOrder(-1);
        return reg;
    }
}
