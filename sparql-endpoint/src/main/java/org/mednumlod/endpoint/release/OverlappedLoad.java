package org.mednumlod.endpoint.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Runs the producing side of a load (reference data, conversion and validation of the sources) on its own thread
 * while the calling thread feeds the TDB2 loader: the two overlap instead of taking turns. Quads travel in batches
 * through a small bounded queue (memory stays flat); a failure on either side stops both and is rethrown here.
 */
final class OverlappedLoad {
    /** What produces the quads (triples are not expected: every statement belongs to a named graph). */
    interface Producer {
        void run(StreamRDF out) throws IOException;
    }

    private static final int BATCH = 8192;
    private static final List<Quad> END = new ArrayList<>(0);

    private OverlappedLoad() {}

    static void run(Producer producer, StreamRDF sink) throws IOException {
        BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(16);
        Map<String, String> prefixes = new ConcurrentHashMap<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(
                () -> {
                    Batches out = new Batches(queue, prefixes);
                    try {
                        producer.run(out);
                        out.flush();
                    } catch (Throwable t) {
                        failure.set(t);
                    } finally {
                        try {
                            queue.put(END);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                },
                "publication-sources");
        thread.start();
        try {
            for (List<Quad> batch = queue.take(); batch != END; batch = queue.take()) {
                batch.forEach(sink::quad);
            }
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("chargement interrompu", e);
        } catch (RuntimeException e) {
            thread.interrupt(); // the loader failed: stop producing
            throw e;
        }
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        } else if (t instanceof RuntimeException r) {
            throw r;
        } else if (t instanceof Error err) {
            throw err;
        } else if (t != null) {
            throw new IllegalStateException(t);
        }
        prefixes.forEach(sink::prefix);
    }

    /** The producer's side: quads gathered in batches and handed over through the queue. */
    private static final class Batches implements StreamRDF {
        private final BlockingQueue<List<Quad>> queue;
        private final Map<String, String> prefixes;
        private List<Quad> batch = new ArrayList<>(BATCH);

        Batches(BlockingQueue<List<Quad>> queue, Map<String, String> prefixes) {
            this.queue = queue;
            this.prefixes = prefixes;
        }

        @Override
        public void quad(Quad quad) {
            batch.add(quad);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("chargement interrompu", e));
            }
            batch = new ArrayList<>(BATCH);
        }

        @Override
        public void triple(Triple triple) {
            throw new IllegalStateException("triplet hors graphe nommé : " + triple);
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.put(prefix, iri);
        }

        @Override
        public void start() {}

        @Override
        public void base(String base) {}

        @Override
        public void version(String version) {}

        @Override
        public void finish() {}
    }
}
