package org.mednumlod.endpoint.endpoint;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;

/**
 * The public SPARQL endpoint at {@code /sparql}: Fuseki's query operation mounted in the site's own servlet container
 * (one port, one origin), on the served release, read-only; in remote store mode a checked relay to the remote
 * dataset instead ({@link RemoteSparql}). Only the query operation is registered (no update, no Graph Store
 * Protocol), federated {@code SERVICE} calls are refused (no SSRF), every query has a timeout, the project's
 * extension functions are registered ({@link SparqlFunctions}). In front, in this order: {@link HeadRequests},
 * the {@link ServiceDescription} and the row cap of the HTML interface ({@link UiRowCap}), {@link SparqlGuard}
 * (concurrency, methods, CORS).
 *
 * <pre>{@code SparqlEndpoint sparql = new SparqlEndpoint(served, baseUri, settings, negotiator, hours);
 * sparql.initialize(servletContext);  // then the five filters on PATH and PATH/*, in order}</pre>
 */
public final class SparqlEndpoint {
    public static final String PATH = "/sparql";

    static {
        // SERVICE would let anyone make the server fetch any URL: off for the whole JVM.
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
    }

    /**
     * @param timeoutMs     the longest a query may run ({@code mednum.sparql.timeout-ms})
     * @param maxConcurrent queries run at once, beyond which the guard answers 503 ({@code mednum.sparql.max-concurrent})
     * @param uiMaxRows     the row cap of the HTML interface ({@code mednum.sparql.ui-max-rows})
     */
    public record Settings(long timeoutMs, int maxConcurrent, long uiMaxRows) {}

    private static final int RETRY_AFTER_SECONDS = 5;

    private final ServedRelease store;
    private final Settings settings;
    private final Negotiator negotiator;
    private final UiRowCap cap;
    private final ServiceDescription description;
    private final OperationRegistry operations = OperationRegistry.createStd();
    private final DataAccessPointRegistry points = new DataAccessPointRegistry();

    /**
     * @param hours how the extension functions read opening hours (OSM text → parsed hours, empty when they cannot
     *              be evaluated)
     */
    public SparqlEndpoint(
            ServedRelease store,
            String baseUri,
            Settings settings,
            Negotiator negotiator,
            Function<String, Optional<? extends SparqlFunctions.Hours>> hours) {
        this.store = store;
        this.settings = settings;
        this.negotiator = negotiator;
        this.cap = new UiRowCap(settings.uiMaxRows());
        this.description = new ServiceDescription(store, baseUri);
        SparqlFunctions.register(hours);
        if (!store.release().isRemote()) {
            points.register(accessPoint(store.release().dataset()));
            // A new release replaces the access point in one map write: requests already dispatched finish on the
            // old dataset, the next ones see the new one; none sees a mix or finds no endpoint.
            store.onSwitch(release -> points.put(PATH, accessPoint(release.dataset())));
        }
    }

    private DataAccessPoint accessPoint(Dataset ds) {
        ds.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeoutMs()));
        ds.getContext().set(ARQ.httpServiceAllowed, false);
        DataService service = DataService.newBuilder(ds.asDatasetGraph())
                .addEndpoint(Operation.Query)
                .build();
        service.setEndpointProcessors(operations);
        service.goActive();
        return new DataAccessPoint(PATH, service);
    }

    /** Gives Fuseki its registries in the servlet context, at start (nothing in remote store mode). */
    public void initialize(ServletContext sc) {
        if (!store.release().isRemote()) {
            OperationRegistry.set(sc, operations);
            DataAccessPointRegistry.set(sc, points);
        }
    }

    /** The row cap of the HTML query interface. */
    public UiRowCap uiRowCap() {
        return cap;
    }

    /** The first filter: HEAD answered as GET without body. */
    public Filter headRequests() {
        return new HeadRequests();
    }

    /** Second: the service description (GET without query). */
    public Filter serviceDescription() {
        return new ServiceDescriptionFilter(description, negotiator);
    }

    /** Beside it: the row cap of the queries the HTML interface sends. */
    public Filter uiRowCapFilter() {
        return new UiRowCapFilter(cap);
    }

    /** Third: methods, CORS, at most {@code maxConcurrent} queries at once. */
    public Filter guard() {
        return new SparqlGuard(settings.maxConcurrent(), RETRY_AFTER_SECONDS, negotiator);
    }

    /** Last: Fuseki on the embedded release, or, in remote store mode, the checked relay to the remote dataset. */
    public Filter endpoint() {
        return store.release().isRemote() ? new RemoteSparql(store, settings.timeoutMs()) : new FusekiFilter();
    }
}
