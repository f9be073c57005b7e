/**
 * Deduplication: the source records that describe the same place are merged into one place whose key stays that
 * of the served release ({@code docs/deduplication.md}); the records of a source without ids get keys drawn from
 * their content, kept across publishes by matching them with the served release's records.
 *
 * <p>Public: {@link org.mednumlod.endpoint.dedup.Deduplication}, the facade the publish uses (records of each source
 * in, places out). Package-private: the matcher ({@code Matcher}, {@code MatchScorer}, {@code MatchText},
 * {@code Blocking}, {@code UnionFind}, {@code NationalRule}, {@code MatchSettings} from
 * {@code deduplication.properties}, {@code MatchRecord}, {@code MatchFeatures}), the merge ({@code Fusion},
 * {@code MergedPlaces}, {@code PlaceKeys}, {@code RecordCollector}) and the content keys ({@code ContentKeys},
 * {@code IdlessSource}, {@code RecordRenaming}, {@code EarlierRecords}).
 */
package org.mednumlod.endpoint.dedup;
