package org.mednumlod.endpoint.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A remote store that accepts the connection and never answers must not hold the caller for ever: every query
 * to it carries the configured limit (the server gives its SPARQL timeout), and a query may set its own.
 */
class RemoteStoreTimeoutTest {
    @Test
    @Timeout(
            value = 60,
            unit = TimeUnit.SECONDS,
            threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against hanging the build, not a measure
    void aQueryToAStoreThatNeverAnswersFailsInsteadOfWaitingForEver() throws Exception {
        List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // read nothing, answer nothing
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort();
            Releases.Remote config = new Releases.Remote(
                    List.of(url + "/a/query", url + "/b/query"),
                    List.of(url + "/a/data", url + "/b/data"),
                    null,
                    null,
                    null);
            assertEquals(Releases.Remote.DEFAULT_QUERY_TIMEOUT, config.queryTimeout());
            RemoteStore store = new RemoteStore(config.withQueryTimeout(Duration.ofMillis(300)));
            try (QueryExecution qe = store.query(0).query("ASK { ?s ?p ?o }").build()) {
                assertThrows(RuntimeException.class, qe::execAsk);
            }
            try (QueryExecution qe = store.query(1)
                    .query("ASK { ?s ?p ?o }")
                    .timeout(500, TimeUnit.MILLISECONDS)
                    .build()) {
                assertThrows(RuntimeException.class, qe::execAsk, "a query's own limit applies too");
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
