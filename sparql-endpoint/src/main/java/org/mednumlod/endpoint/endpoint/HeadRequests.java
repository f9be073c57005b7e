package org.mednumlod.endpoint.endpoint;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * HEAD on {@code /sparql} answers what GET would, without the body (RFC 9110 §9.3.2). Fuseki's query operation
 * refuses HEAD with 405, so the request is passed on as a GET; the servlet container knows the request is a HEAD
 * and sends no body. Runs first, so that the other filters (service description, guard) see a GET too.
 */
final class HeadRequests extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getMethod().equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getMethod() {
                        return "GET";
                    }
                },
                response);
    }
}
