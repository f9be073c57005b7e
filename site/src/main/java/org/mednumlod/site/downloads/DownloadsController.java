package org.mednumlod.site.downloads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dumps of a release. {@code /telechargements}: the list (from the catalogue: territory, places, size,
 * SHA-256); {@code /telechargements/{fichier}}: the file of the served release (it changes with each release);
 * {@code /telechargements/{version}/{fichier}}: the file of one release, for as long as it is kept (its bytes
 * never change: immutable cache; the ETag names release and file). HEAD and byte ranges are answered by Spring's resource handling.
 */
@Controller
class DownloadsController {
    private static final String FILE = "[a-z0-9-]+\\.(nq\\.gz|csv)|SHA256SUMS";

    private final Store store;
    private final Identifiers ids;

    DownloadsController(Store store, org.mednumlod.site.SiteProperties properties) {
        this.store = store;
        this.ids = properties.identifiers();
    }

    /** One line of the list: a territory (or the whole country) and its files. */
    record Line(String label, String href, String code, Long places, List<DownloadFile> files) {}

    /** A file: name, size in bytes, SHA-256. */
    record DownloadFile(String name, long size, String sha256) {}

    @GetMapping("/telechargements")
    String page(Model model) {
        Map<String, Line> lines = new LinkedHashMap<>();
        var catalogue = org.apache.jena.rdf.model.ResourceFactory.createResource(
                ids.graph(Identifiers.Graph.CATALOGUE).getURI());
        for (QuerySolution r : store.read(ds -> Queries.select(ds, "downloads", Map.of("c", catalogue)))) {
            String key = r.contains("spatial") ? r.getResource("spatial").getURI() : "";
            Line line = lines.computeIfAbsent(
                    key,
                    k -> k.isEmpty()
                            ? new Line("France entière", null, null, null, new ArrayList<>())
                            : new Line(
                                    r.getLiteral("label").getString(),
                                    "/page/" + ids.thingPath(k).orElse(k),
                                    r.getLiteral("code").getString(),
                                    r.getLiteral("places").getLong(),
                                    new ArrayList<>()));
            line.files()
                    .add(new DownloadFile(
                            r.getLiteral("name").getString(),
                            r.getLiteral("size").getLong(),
                            r.getLiteral("sha256").getLexicalForm()));
        }
        model.addAttribute("release", store.releaseId());
        model.addAttribute("lines", lines.values());
        return "downloads";
    }

    @GetMapping("/telechargements/{file:.+}")
    ResponseEntity<Resource> latest(@PathVariable String file) {
        return serve(store.releaseId(), file, CacheControl.noCache());
    }

    @GetMapping("/telechargements/{release:[0-9]{8}T[0-9]{9}Z}/{file:.+}")
    ResponseEntity<Resource> pinned(@PathVariable String release, @PathVariable String file) {
        return serve(
                release,
                file,
                CacheControl.maxAge(java.time.Duration.ofDays(365))
                        .cachePublic()
                        .immutable());
    }

    private ResponseEntity<Resource> serve(String release, String file, CacheControl cache) {
        if (!file.matches(FILE)) {
            throw new NotFoundException("fichier inconnu : " + file);
        }
        Path path = store.dumps(release)
                .map(dir -> dir.resolve(file))
                .filter(Files::isRegularFile)
                .orElseThrow(() -> new NotFoundException("fichier absent de la version " + release + " : " + file));
        MediaType type = file.endsWith(".gz")
                ? MediaType.parseMediaType("application/gzip")
                : file.endsWith(".csv") ? MediaType.parseMediaType("text/csv;charset=UTF-8") : MediaType.TEXT_PLAIN;
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(cache)
                .eTag("\"" + release + "-" + file + "\"")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .header("X-Mednum-Version", release)
                .body(new FileSystemResource(path));
    }
}
