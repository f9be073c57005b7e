package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's SBOM (CycloneDX JSON written by the build into {@code META-INF/sbom}, shipped in the runnable
 * jar) says what the application runs on: the supported stack, the parts of Fuseki and Jena left out because
 * nothing uses them, one Jackson line, one version of each component. It is read from the class path, as the
 * build made it for this run.
 */
class SbomTest {
    private static final String SBOM = "/META-INF/sbom/application.cdx.json";
    private static Map<String, List<String>> versions;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = SbomTest.class.getResourceAsStream(SBOM)) {
            assertNotNull(in, "the build writes the SBOM " + SBOM + " (cyclonedx-maven-plugin in site/pom.xml)");
            JsonNode bom = JsonMapper.builder().build().readTree(in);
            assertEquals("CycloneDX", bom.path("bomFormat").asString());
            versions = StreamSupport.stream(bom.path("components").spliterator(), false)
                    .collect(Collectors.groupingBy(
                            c -> c.path("group").asString() + ":"
                                    + c.path("name").asString(),
                            TreeMap::new,
                            Collectors.mapping(c -> c.path("version").asString(), Collectors.toList())));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            org.springframework.boot:spring-boot,                 4.1.
            org.springframework:spring-webmvc,                    7.
            org.springframework.security:spring-security-web,     7.
            org.apache.tomcat.embed:tomcat-embed-core,            11.
            org.thymeleaf:thymeleaf,                              3.1.
            tools.jackson.core:jackson-databind,                  3.
            org.apache.jena:jena-arq,                             5.6.
            org.apache.jena:jena-fuseki-core,                     5.6.
            org.apache.jena:jena-tdb2,                            5.6.
            org.apache.thrift:libthrift,                          0.
            org.apache.commons:commons-lang3,                     3.
            """)
    void theApplicationRunsOn(String component, String versionPrefix) {
        List<String> found = versions.get(component);
        assertNotNull(found, component + " is in the SBOM");
        assertTrue(
                found.get(0).startsWith(versionPrefix), component + " " + found + ", expected " + versionPrefix + "…");
    }

    /** Left out of the build: nothing uses them (docs/dependency-updates.md), the tests prove it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            org.apache.commons:commons-fileupload2-core
            org.apache.commons:commons-fileupload2-jakarta-servlet6
            io.micrometer:micrometer-core
            io.micrometer:micrometer-registry-prometheus
            com.google.protobuf:protobuf-java
            org.apache.jena:jena-tdb1
            org.apache.jena:jena-shex
            com.fasterxml.jackson.core:jackson-databind
            com.fasterxml.jackson.core:jackson-core
            """)
    void leftOut(String component) {
        assertNull(versions.get(component), component + " is not shipped");
    }

    @Test
    void eachComponentInOneVersion() {
        Map<String, List<String>> several = versions.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), several);
        assertTrue(versions.size() > 50, "a whole application: " + versions.size() + " components");
    }
}
