package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * Every IRI the platform mints answers (docs/uri-policy.md): every IRI under the base URI found in the national
 * N-Quads dump of the demo release — subjects, objects and graph names, fragments stripped (a {@code #…} IRI is
 * answered by its document) — is dereferenced as a browser would (HTML) and as a linked-data client would (Turtle):
 * after at most one 303 it answers 200, 301 or 410, never 404 nor an error.
 * <p>
 * The territory reference holds the whole COG (about 39,000 territories, answered by one controller and the same
 * few queries per kind): every territory that a place or a record of the dump names is crawled, and of the others a
 * deterministic sample (the first five and every 200th IRI of each kind, in sorted order), so that the test stays
 * within minutes.
 * Every other IRI (places, records, sources, graphs, every statistics observation) is crawled whole. The figures
 * (IRIs per kind, answers per status) are written to {@code target/uri-crawl.txt}.
 */
class UriCrawlHttpTest extends DemoSite {
    private static final Set<String> TERRITORIES = Set.of(
            "id/region",
            "id/departement",
            "id/epci",
            "id/commune",
            "id/commune-deleguee",
            "id/commune-associee",
            "id/arrondissement-municipal");
    private static final int TERRITORY_SAMPLE = 200;

    @Test
    void everyIriOfTheNationalDumpAnswers() throws Exception {
        HttpResponse<byte[]> dump = HTTP.send(
                builder("/telechargements/mednum-lod.nq.gz").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, dump.statusCode());
        Set<String> iris = new TreeSet<>();
        Set<String> named = new TreeSet<>(); // IRIs a place or a record links to
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body())))
                .lang(Lang.NQUADS)
                .parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        String subject = add(q.getSubject(), iris);
                        add(q.getGraph(), iris);
                        String object = add(q.getObject(), iris);
                        if (object != null
                                && subject != null
                                && Set.of("id/lieu", "id/fiche").contains(kind(subject))) {
                            named.add(object);
                        }
                    }
                });
        Map<String, List<String>> byKind = new TreeMap<>();
        iris.forEach(
                iri -> byKind.computeIfAbsent(kind(iri), k -> new ArrayList<>()).add(iri));
        for (String expected :
                List.of("id/lieu", "id/fiche", "id/source", "graph", "graph/source", "statistiques", "id/commune")) {
            assertTrue(
                    byKind.containsKey(expected), "the dump names IRIs of kind " + expected + ": " + byKind.keySet());
        }
        List<String> crawl = new ArrayList<>();
        Map<String, int[]> counts = new TreeMap<>(); // kind → found, crawled
        byKind.forEach((kind, list) -> {
            int n = 0;
            for (int i = 0; i < list.size(); i++) {
                String iri = list.get(i);
                if (!TERRITORIES.contains(kind) || named.contains(iri) || i % TERRITORY_SAMPLE == 0 || i < 5) {
                    crawl.add(iri);
                    n++;
                }
            }
            counts.put(kind, new int[] {list.size(), n});
        });

        Map<String, Map<String, Integer>> statuses = new TreeMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> jobs = new ArrayList<>();
        for (String iri : crawl) {
            jobs.add(pool.submit(() -> {
                for (String accept : List.of("text/html", "text/turtle")) {
                    String answer = dereference(iri, accept);
                    synchronized (statuses) {
                        statuses.computeIfAbsent(kind(iri), k -> new TreeMap<>())
                                .merge(accept + " " + answer.split(" ")[0], 1, Integer::sum);
                    }
                    if (!answer.matches("(303→)?(200|301|410)")) {
                        failures.add(iri + " (" + accept + ") → " + answer);
                    }
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();

        StringBuilder report =
                new StringBuilder("kind\tIRIs in the dump\tcrawled\tanswers (Accept, status after 303)\n");
        counts.forEach((kind, c) -> report.append(kind)
                .append('\t')
                .append(c[0])
                .append('\t')
                .append(c[1])
                .append('\t')
                .append(statuses.getOrDefault(kind, Map.of()))
                .append('\n'));
        report.append("total\t")
                .append(iris.size())
                .append('\t')
                .append(crawl.size())
                .append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "uri-crawl.txt"), report);
        System.out.print(report);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " IRIs do not answer:\n"
                        + String.join("\n", failures.stream().limit(40).toList()));
    }

    /** The IRI's site path, if under the base; fragments stripped. */
    private static String add(Node n, Set<String> into) {
        if (n == null || !n.isURI() || !n.getURI().startsWith(BASE + "/")) {
            return null;
        }
        String iri = n.getURI();
        int hash = iri.indexOf('#');
        iri = hash < 0 ? iri : iri.substring(0, hash);
        into.add(iri);
        return iri;
    }

    /** {@code id/lieu}, {@code graph}, {@code graph/source}, {@code statistiques}… */
    private static String kind(String iri) {
        String[] segments = iri.substring(BASE.length() + 1).split("/");
        if (segments[0].equals("id") || segments[0].equals("graph") && segments.length > 2) {
            return segments[0] + "/" + segments[1];
        }
        return segments[0];
    }

    /** {@code 200}, {@code 410}, {@code 303→200}…: the status, and after a 303 the status of its target. */
    private String dereference(String iri, String accept) {
        try {
            String path = iri.substring(BASE.length());
            HttpResponse<Void> first =
                    HTTP.send(builder(path).header("Accept", accept).build(), HttpResponse.BodyHandlers.discarding());
            if (first.statusCode() != 303) {
                return Integer.toString(first.statusCode());
            }
            String location = first.headers().firstValue("Location").orElseThrow();
            URI target =
                    URI.create(location); // a record's page is its place's, at the record's anchor: no fragment sent
            String targetPath = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            HttpResponse<Void> second = HTTP.send(
                    builder(targetPath).header("Accept", accept).build(), HttpResponse.BodyHandlers.discarding());
            return "303→" + second.statusCode();
        } catch (Exception e) {
            return "erreur " + e;
        }
    }
}
