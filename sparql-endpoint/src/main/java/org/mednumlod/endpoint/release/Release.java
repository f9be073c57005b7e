package org.mednumlod.endpoint.release;

import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.system.Txn;

/**
 * A release that can be read: its id (feeds ETags), and where it is served from, the embedded TDB2 dataset (union
 * default graph) or, in remote store mode, the dataset of the external store that holds it.
 */
public sealed interface Release permits Release.Embedded, Release.InRemoteStore {

    String id();

    /** A query on this release, embedded or remote (with the configured credentials); run it inside {@link #read}. */
    QueryExecutionBuilder query();

    /** Runs {@code action} in a read transaction on the embedded dataset (remote: as is, each query stands alone). */
    <T> T read(Supplier<T> action);

    /**
     * The embedded dataset, for components that run their own transactions (Fuseki, tests); a release in a remote
     * store has none ({@link IllegalStateException}).
     */
    Dataset dataset();

    /** Whether the release is served by an external store (no embedded dataset). */
    default boolean isRemote() {
        return this instanceof InRemoteStore;
    }

    /** A release served from its TDB2 database, opened in this process. */
    record Embedded(String id, Dataset dataset) implements Release {
        @Override
        public QueryExecutionBuilder query() {
            return QueryExecution.dataset(dataset);
        }

        @Override
        public <T> T read(Supplier<T> action) {
            return Txn.calculateRead(dataset, action::get);
        }
    }

    /** A release loaded into one of the two datasets of the remote store ({@link Releases.Remote}). */
    final class InRemoteStore implements Release {
        private final String id;
        private final RemoteStore store;
        private final int slot;

        InRemoteStore(String id, RemoteStore store, int slot) {
            this.id = id;
            this.store = store;
            this.slot = slot;
        }

        @Override
        public String id() {
            return id;
        }

        /** The SPARQL Protocol endpoint of the remote dataset that holds the release. */
        public String queryUrl() {
            return store.queryUrl(slot);
        }

        @Override
        public QueryExecutionBuilder query() {
            return store.query(slot);
        }

        @Override
        public <T> T read(Supplier<T> action) {
            return action.get();
        }

        @Override
        public Dataset dataset() {
            throw new IllegalStateException("mode magasin distant : la version " + id + " n'a pas de base embarquée");
        }
    }
}
