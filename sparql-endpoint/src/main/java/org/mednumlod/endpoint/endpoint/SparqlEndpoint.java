package org.mednumlod.endpoint.endpoint;

import jakarta.servlet.ServletContext;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.mednumlod.site.store.Store;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public SPARQL endpoint at {@code /sparql}: Fuseki's query operation mounted in the site's own servlet
 * container (one port, one origin), on the served release, read-only. Only the query operation is registered (no
 * update, no Graph Store Protocol), federated {@code SERVICE} calls are refused (no SSRF), and every query has a
 * timeout ({@code mednum.sparql.timeout-ms}, 30 s by default); {@link SparqlGuard} limits concurrency and opens CORS.
 */
@Configuration
class SparqlEndpoint {
    static final String PATH = "/sparql";

    static {
        // SERVICE would let anyone make the server fetch any URL: off for the whole JVM.
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
    }

    @Bean
    ServletContextInitializer fusekiRegistries(Store store, @Value("${mednum.sparql.timeout-ms:30000}") long timeoutMs) {
        if (store.release().isRemote()) {
            return sc -> { }; // RemoteSparql answers instead of Fuseki
        }
        OperationRegistry operations = OperationRegistry.createStd();
        DataAccessPointRegistry points = new DataAccessPointRegistry();
        points.register(accessPoint(store.release().dataset(), timeoutMs, operations));
        // A new release replaces the access point in one map write: requests already dispatched finish on the
        // old dataset, the next ones see the new one; none sees a mix or finds no endpoint.
        store.onSwitch(release -> points.put(PATH, accessPoint(release.dataset(), timeoutMs, operations)));
        return (ServletContext sc) -> {
            OperationRegistry.set(sc, operations);
            DataAccessPointRegistry.set(sc, points);
        };
    }

    private static DataAccessPoint accessPoint(Dataset ds, long timeoutMs, OperationRegistry operations) {
        ds.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMs));
        ds.getContext().set(ARQ.httpServiceAllowed, false);
        DataService service = DataService.newBuilder(ds.asDatasetGraph()).addEndpoint(Operation.Query).build();
        service.setEndpointProcessors(operations);
        service.goActive();
        return new DataAccessPoint(PATH, service);
    }

    /** Runs before Fuseki's filter (lower order). */
    @Bean
    FilterRegistrationBean<SparqlGuard> sparqlGuard(@Value("${mednum.sparql.max-concurrent:4}") int maxConcurrent) {
        FilterRegistrationBean<SparqlGuard> reg = new FilterRegistrationBean<>(new SparqlGuard(maxConcurrent, 5));
        reg.addUrlPatterns(PATH, PATH + "/*");
        reg.setOrder(0);
        return reg;
    }

    /** Fuseki on the embedded release, or, in remote store mode, the checked relay to the remote dataset. */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> fusekiFilter(Store store,
                                                               @Value("${mednum.sparql.timeout-ms:30000}") long timeoutMs) {
        jakarta.servlet.Filter endpoint = store.release().isRemote() ? new RemoteSparql(store, timeoutMs) : new FusekiFilter();
        FilterRegistrationBean<jakarta.servlet.Filter> reg = new FilterRegistrationBean<>(endpoint);
        reg.addUrlPatterns(PATH, PATH + "/*");
        reg.setOrder(1);
        return reg;
    }

}
