package org.mednumlod.site;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A Fuseki server in its own JVM ({@code target/fuseki/fuseki-server.jar}, copied by the build), with two TDB2
 * datasets {@code /a} and {@code /b} (query, Graph Store Protocol read-write, union default graph): the external
 * store of the remote store mode tests.
 */
final class SeparateFuseki implements AutoCloseable {
    static final Path JAR = Path.of("target", "fuseki", "fuseki-server.jar");

    private final Process process;
    private final int port;

    private SeparateFuseki(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static SeparateFuseki start(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        StringBuilder conf = new StringBuilder("""
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX tdb2: <http://jena.apache.org/2016/tdb#>
                [] rdf:type fuseki:Server .
                """);
        for (String name : List.of("a", "b")) {
            conf.append("""
                    <#%1$s> rdf:type fuseki:Service ; fuseki:name "%1$s" ;
                      fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                      fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
                      fuseki:dataset [ rdf:type tdb2:DatasetTDB2 ; tdb2:location "%2$s" ; tdb2:unionDefaultGraph true ] .
                    """.formatted(
                            name, dir.resolve(name).toAbsolutePath().toString().replace("\\", "/")));
        }
        Path config = dir.resolve("config.ttl");
        Files.writeString(config, conf);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--config=" + config,
                        "--port=" + port,
                        "--localhost")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("fuseki.log").toFile())
                .start();
        SeparateFuseki fuseki = new SeparateFuseki(p, port);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(fuseki.url("a") + "/query?query=ASK%7B%7D"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return fuseki;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fuseki.close();
        throw new IllegalStateException("Fuseki did not start: " + Files.readString(dir.resolve("fuseki.log")));
    }

    String url(String dataset) {
        return "http://localhost:" + port + "/" + dataset;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
