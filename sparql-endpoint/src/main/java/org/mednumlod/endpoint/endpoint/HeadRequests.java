package org.mednumlod.endpoint.endpoint;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HEAD on {@code /sparql} answers what GET would, without the body (RFC 9110 §9.3.2). Fuseki's query operation
 * refuses HEAD with 405, so the request is passed on as a GET; the servlet container knows the request is a HEAD
 * and sends no body. Runs first, so that the other filters (service description, guard) see a GET too.
 */
final class HeadRequests extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getMethod().equals("HEAD");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
    }

    /** Before the service description (-1), the guard (0) and Fuseki (1). */
    @Configuration
    static class Registration {
        @Bean
        FilterRegistrationBean<HeadRequests> sparqlHeadRequests() {
            FilterRegistrationBean<HeadRequests> reg = new FilterRegistrationBean<>(new HeadRequests());
            reg.addUrlPatterns(SparqlEndpoint.PATH, SparqlEndpoint.PATH + "/*");
            reg.setOrder(-2);
            return reg;
        }
    }
}
