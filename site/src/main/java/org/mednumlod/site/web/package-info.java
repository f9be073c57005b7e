/**
 * What every page and document of the site shares: the one dereferencing flow of things ({@link
 * org.mednumlod.site.web.Dereferencing}: 303 to the negotiated document, 301 for what was merged, 410 with the
 * tombstone for what was withdrawn, 404), content negotiation and the RDF writers, validators and caching of what
 * only changes with a release, the error pages, the canonical link and the home page.
 *
 * <p>A kind of thing plugs into the flow with its {@link org.mednumlod.site.web.Dereferenceable lookup and
 * description}, answering a {@link org.mednumlod.site.web.Lookup} and giving its {@link org.mednumlod.site.web.Page}.
 * Public types: {@link org.mednumlod.site.web.Dereferencing}, {@link org.mednumlod.site.web.Dereferenceable},
 * {@link org.mednumlod.site.web.Lookup}, {@link org.mednumlod.site.web.Page}, {@link org.mednumlod.site.web.Gone}
 * (the generic tombstone page), {@link org.mednumlod.site.web.Documents} (document paths, {@code Link} alternates),
 * {@link org.mednumlod.site.web.Representation}, {@link org.mednumlod.site.web.Negotiation},
 * {@link org.mednumlod.site.web.ReleaseDocuments}, {@link org.mednumlod.site.web.NationalFigures} and the exceptions
 * the error advice answers ({@link org.mednumlod.site.web.NotFoundException},
 * {@link org.mednumlod.site.web.BadRequestException}, {@link org.mednumlod.site.web.HttpProblem}); the rest is
 * package-private.
 */
package org.mednumlod.site.web;
