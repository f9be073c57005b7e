package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.endpoint.release.Releases;
import tools.jackson.databind.ObjectMapper;

/**
 * A report is never lost: the server runs in a child JVM ({@code mednum-lod serve}, -Xmx512m), takes a report and
 * is killed with SIGKILL as soon as its 201 arrives; restarted on the same data folder it lists the report in the
 * admin's CSV. A new release published by {@code mednum-lod publish} in another process then leaves the report
 * in place, and the new release's dump does not contain it. The first start, without admin credentials, also
 * shows the admin off (503).
 */
class SignalementDurabilityTest {
    private static final String BASE = "http://data.example.org";
    private static final Path SOURCES =
            Path.of("../data/sources.json").toAbsolutePath().normalize();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String USER = "admin-durable";
    private static final String PASSWORD = "un-mot-de-passe-durable";

    @TempDir
    Path dataDir;

    @Test
    void aReportSurvivesKill9AndANewRelease() throws Exception {
        int port = freePort();
        Process first = serve(port, false);
        String text = "Survit à kill -9 " + UUID.randomUUID();
        String id;
        try {
            awaitUp(first, port);
            HttpResponse<String> off =
                    HTTP.send(request(port, "/admin/signalements").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, off.statusCode(), "no account configured: the admin is off");
            assertTrue(off.body().contains("MEDNUM_ADMIN_USER"), off.body());
            assertEquals(
                    503,
                    HTTP.send(
                                    request(port, "/admin/signalements/export.csv")
                                            .header("Authorization", basic("admin", "admin"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode(),
                    "no default account");
            HttpResponse<String> created = report(port, text);
            first.destroyForcibly(); // SIGKILL on Linux, right after the 201
            assertEquals(201, created.statusCode(), created.body());
            id = new ObjectMapper().readTree(created.body()).get("id").asString();
            first.waitFor();
            assertEquals(128 + 9, first.exitValue(), "killed by SIGKILL, no shutdown hook ran");
        } finally {
            first.destroyForcibly();
        }
        String before;
        try (Releases releases = Releases.open(dataDir, BASE)) {
            before = releases.currentId().orElseThrow();
        }
        port = freePort();
        Process second = serve(port, true);
        try {
            awaitUp(second, port);
            CSVRecord row = row(port, id);
            assertEquals(text, row.get("texte"), "the report survived the kill");
            assertEquals(before, row.get("version"));
            // `mednum-lod publish` in another process: a new release, followed by the running server.
            Path one = dataDir.resolve("une-source.json");
            Files.writeString(one, """
                    {"sources": [{"nom": "lamednum-exemple", "fichier": "%s", "licence": "etalab-2.0"}]}""".formatted(SOURCES.resolveSibling("demo/lamednum-exemple-valide-v1.csv")
                    .toString()
                    .replace("\\", "/")));
            Process publish = java(
                            List.of(
                                    "publish",
                                    "--sources",
                                    one.toString(),
                                    "--rapport",
                                    dataDir.resolve("rapport").toString()),
                            Map.of(),
                            dataDir.resolve("publish.log"))
                    .start();
            assertEquals(0, publish.waitFor(), () -> read(dataDir.resolve("publish.log")));
            String after;
            try (Releases releases = Releases.open(dataDir, BASE)) {
                after = releases.currentId().orElseThrow();
            }
            assertNotEquals(before, after);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!HTTP.send(request(port, "/").build(), HttpResponse.BodyHandlers.discarding())
                            .headers()
                            .firstValue("ETag")
                            .orElse("")
                            .contains(after)
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(text, row(port, id).get("texte"), "the report is still there under the new release");
            String text2 = "Après la nouvelle version " + UUID.randomUUID();
            String id2 = new ObjectMapper()
                    .readTree(report(port, text2).body())
                    .get("id")
                    .asString();
            assertEquals(after, row(port, id2).get("version"), "a new report names the release it was made against");
            Path dump =
                    dataDir.resolve("releases").resolve(after).resolve("dumps").resolve("mednum-lod.nq.gz");
            boolean place = false;
            boolean report = false;
            try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(dump)), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) { // ≈ 100 MB: by line
                    place |= line.contains("/id/lieu/lamednum-exemple.");
                    report |= line.contains(text) || line.contains(id) || line.contains("mednum-lod/signalement#");
                }
            }
            assertTrue(place, "the new release's dump");
            assertFalse(report, "no report in the dump");
        } finally {
            second.destroy();
            if (!second.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    private HttpResponse<String> report(int port, String text) throws Exception {
        String form = "lieu=" + PlaceHttpTest.KEY + "&champ=horaires&texte="
                + URLEncoder.encode(text, StandardCharsets.UTF_8);
        return HTTP.send(
                request(port, "/signalements")
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private CSVRecord row(int port, String id) throws Exception {
        HttpResponse<String> r = HTTP.send(
                request(port, "/admin/signalements/export.csv")
                        .header("Authorization", basic(USER, PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(r.body()))
                .getRecords()
                .stream()
                .filter(c -> c.get("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " in " + r.body()));
    }

    private Process serve(int port, boolean admin) throws IOException {
        Map<String, String> env = new java.util.HashMap<>(
                Map.of("SERVER_PORT", Integer.toString(port), "MEDNUM_SOURCES", SOURCES.toString()));
        if (admin) {
            env.put("MEDNUM_ADMIN_USER", USER);
            env.put("MEDNUM_ADMIN_PASSWORD", PASSWORD);
        }
        return java(
                        List.of(
                                "serve",
                                "--spring.main.banner-mode=off",
                                "--logging.level.root=WARN",
                                "--mednum.release-check-ms=200",
                                "--server.tomcat.basedir=" + dataDir.resolve("tomcat")),
                        env,
                        dataDir.resolve("serve-" + port + ".log"))
                .start();
    }

    private ProcessBuilder java(List<String> args, Map<String, String> env, Path log) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dmednum.referentiel=" + System.getProperty("mednum.referentiel", ""),
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(args);
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("MEDNUM_"));
        pb.environment().put("MEDNUM_DATA_DIR", dataDir.toString());
        pb.environment().put("MEDNUM_BASE_URI", BASE);
        pb.environment().putAll(env);
        return pb;
    }

    private void awaitUp(Process p, int port) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), () -> "the server stopped: " + read(dataDir.resolve("serve-" + port + ".log")));
            try {
                if (HTTP.send(request(port, "/signalements/merci").build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not start: " + read(dataDir.resolve("serve-" + port + ".log")));
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
