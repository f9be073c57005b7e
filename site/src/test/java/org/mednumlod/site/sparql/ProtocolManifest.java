package org.mednumlod.site.sparql;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;

/**
 * The W3C SPARQL 1.1 Protocol manifest read with Jena's RDF API: its tests, in manifest order, each a sequence of
 * {@code ht:Request}s with their expected response ({@code mf:expectedStatus} classes, {@code mf:expectedBoolean},
 * {@code mf:expectedFormat}), and the {@code ut:graphData} the dataset tests need.
 */
final class ProtocolManifest {
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static final Pattern STATUS_CLASS = Pattern.compile("StatusCode(\\d)xx$");

    record Header(String name, String value) {}

    /** What a response must be: status classes (2 for 2xx…), and optionally a boolean and a result format. */
    record Expected(Set<Integer> statusClasses, Boolean bool, String format) {
        boolean accepts(int status) {
            return statusClasses.contains(status / 100);
        }
    }

    record Request(
            String method,
            String absolutePath,
            List<Header> headers,
            String chars,
            String encoding,
            Expected expected) {
        Optional<String> header(String name) {
            return headers.stream()
                    .filter(h -> h.name().equalsIgnoreCase(name))
                    .map(Header::value)
                    .findFirst();
        }

        byte[] body() {
            return chars == null ? null : chars.getBytes(Charset.forName(encoding == null ? "UTF-8" : encoding));
        }

        /**
         * An update operation (SPARQL 1.1 Protocol §2.2): a direct {@code application/sparql-update} POST, or an
         * {@code update} / {@code using-graph-uri} / {@code using-named-graph-uri} parameter in the URL or a form body.
         */
        boolean isUpdate() {
            if (header("content-type")
                    .map(v -> v.toLowerCase(Locale.ROOT).startsWith("application/sparql-update"))
                    .orElse(false)) {
                return true;
            }
            List<String> names = new ArrayList<>(parameterNames(
                    absolutePath.contains("?") ? absolutePath.substring(absolutePath.indexOf('?') + 1) : ""));
            if (chars != null
                    && header("content-type")
                            .map(v -> v.startsWith("application/x-www-form-urlencoded"))
                            .orElse(false)) {
                names.addAll(parameterNames(chars));
            }
            return names.stream().anyMatch(n -> n.equals("update") || n.startsWith("using-"));
        }

        private static List<String> parameterNames(String encoded) {
            return Arrays.stream(encoded.split("&"))
                    .filter(p -> !p.isEmpty())
                    .map(p -> URLDecoder.decode(p.split("=", 2)[0], StandardCharsets.UTF_8))
                    .toList();
        }
    }

    record ProtocolTest(String id, String name, List<Request> requests) {
        /** An update the manifest expects to succeed: our read-only endpoint must refuse it instead. */
        boolean expectsUpdateToSucceed() {
            Request first = requests.get(0);
            return first.isUpdate() && first.expected().statusClasses().contains(2);
        }
    }

    /** A graph the tests need: the file and the graph name it is loaded into. */
    record GraphData(Path file, String graphName) {}

    private final Model model;
    private final Resource manifest;

    ProtocolManifest(Path file) {
        this.model = RDFDataMgr.loadModel(file.toUri().toString());
        this.manifest = model.listSubjectsWithProperty(model.createProperty(MF, "entries"))
                .next();
    }

    List<ProtocolTest> tests() {
        List<ProtocolTest> tests = new ArrayList<>();
        for (RDFNode entry : list(manifest, MF + "entries")) {
            Resource test = entry.asResource();
            Resource action = test.getPropertyResourceValue(p(MF + "action"));
            List<Request> requests = list(action, HT + "requests").stream()
                    .map(r -> request(r.asResource()))
                    .toList();
            tests.add(new ProtocolTest(
                    test.getLocalName(), test.getProperty(p(MF + "name")).getString(), requests));
        }
        return tests;
    }

    /** Every {@code ut:graphData} of the manifest, once per graph name. */
    List<GraphData> graphData() {
        TreeSet<String> seen = new TreeSet<>();
        List<GraphData> all = new ArrayList<>();
        model.listObjectsOfProperty(p(UT + "graphData")).forEach(n -> {
            Resource gd = n.asResource();
            String name = gd.getProperty(RDFS.label).getString();
            if (seen.add(name)) {
                all.add(new GraphData(
                        Path.of(java.net.URI.create(
                                gd.getPropertyResourceValue(p(UT + "graph")).getURI())),
                        name));
            }
        });
        all.sort(java.util.Comparator.comparing(GraphData::graphName));
        return all;
    }

    private Request request(Resource r) {
        List<Header> headers = new ArrayList<>();
        if (r.hasProperty(p(HT + "headers"))) {
            for (RDFNode h : list(r, HT + "headers")) {
                headers.add(new Header(
                        string(h.asResource(), HT + "fieldName"), string(h.asResource(), HT + "fieldValue")));
            }
        }
        Resource body = r.getPropertyResourceValue(p(HT + "body"));
        Resource resp = r.getPropertyResourceValue(p(HT + "resp"));
        Set<Integer> classes = new TreeSet<>();
        resp.listProperties(p(MF + "expectedStatus")).forEach(s -> {
            Matcher m = STATUS_CLASS.matcher(s.getResource().getURI());
            if (!m.find()) {
                throw new IllegalStateException("unknown status class " + s.getResource());
            }
            classes.add(Integer.parseInt(m.group(1)));
        });
        Statement bool = resp.getProperty(p(MF + "expectedBoolean"));
        Statement format = resp.getProperty(p(MF + "expectedFormat"));
        return new Request(
                string(r, HT + "methodName"),
                string(r, HT + "absolutePath"),
                headers,
                body == null ? null : string(body, CNT + "chars"),
                body == null ? null : string(body, CNT + "characterEncoding"),
                new Expected(
                        classes, bool == null ? null : bool.getBoolean(), format == null ? null : format.getString()));
    }

    private List<RDFNode> list(Resource subject, String property) {
        return subject.getPropertyResourceValue(p(property)).as(RDFList.class).asJavaList();
    }

    private static String string(Resource r, String property) {
        Statement s = r.getProperty(r.getModel().createProperty(property));
        return s == null ? null : s.getString();
    }

    private Property p(String uri) {
        return model.createProperty(uri);
    }
}
