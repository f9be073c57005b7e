/**
 * The public SPARQL endpoint at {@code /sparql}, as plain servlet filters any container can mount: Fuseki's query
 * operation on the served release (or a checked relay to the remote store), HEAD as GET, the service description,
 * the row cap of the HTML interface, the guard (methods, CORS, concurrency), and the project's extension functions;
 * the served release itself, followed as publishes and rollbacks switch the pointer.
 *
 * <pre>
 * ServedRelease served = new ServedRelease(Releases.open(dataDir, baseUri), sourcesFile, settings);
 * SparqlEndpoint sparql = new SparqlEndpoint(served, baseUri, sparqlSettings, negotiator, hours);
 * sparql.initialize(servletContext);  // then sparql.headRequests(), serviceDescription(), uiRowCapFilter(),
 *                                     // guard(), endpoint() on /sparql and /sparql/*, in this order
 * </pre>
 *
 * Public: {@link org.mednumlod.endpoint.endpoint.SparqlEndpoint}, {@link org.mednumlod.endpoint.endpoint.ServedRelease},
 * {@link org.mednumlod.endpoint.endpoint.SparqlFunctions} ({@code mnlfn:ouvert}, {@code mnlfn:ouvertLe}),
 * {@link org.mednumlod.endpoint.endpoint.Negotiator} (the site's content negotiation, given to the endpoint),
 * {@link org.mednumlod.endpoint.endpoint.UiRowCap}, {@link org.mednumlod.endpoint.endpoint.ServiceDescription}
 * (its namespace). Package-private: the filters ({@code HeadRequests}, {@code ServiceDescriptionFilter},
 * {@code UiRowCapFilter}, {@code SparqlGuard}, {@code RemoteSparql}).
 */
package org.mednumlod.endpoint.endpoint;
