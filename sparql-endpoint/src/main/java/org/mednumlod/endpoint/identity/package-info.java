/**
 * URIs across releases ({@code docs/uri-policy.md}): a URI once published keeps answering, 200 while published,
 * 301 when another place took it over, 410 with its tombstone when withdrawn; the URI registry beside the releases
 * remembers what every release published, rollbacks included.
 *
 * <p>Public (used by the publish and by the deduplication): {@link org.mednumlod.endpoint.identity.Tombstones} (the
 * tombstone graph of a release), {@link org.mednumlod.endpoint.identity.UriRegistry} (the registry, updated at
 * publish and rollback), {@link org.mednumlod.endpoint.identity.RegistryTombstones} (what the registry says of a
 * URI the served release does not know).
 */
package org.mednumlod.endpoint.identity;
