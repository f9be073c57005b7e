package org.mednumlod.site.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.MNL;
import org.mednumlod.site.store.PerRelease;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.springframework.stereotype.Service;

/** Reads the vocabulary and the code lists from the served release. */
@Service
class VocabularyService {
    private final Store store;
    /** A usage example per term taken from the data (term → [subject, value]), read once per release. */
    private final PerRelease<Map<String, String[]>> dataExamples;

    VocabularyService(Store store) {
        this.store = store;
        this.dataExamples = new PerRelease<>(store, VocabularyService::dataExamples);
    }

    private static Map<String, String[]> dataExamples(org.mednumlod.endpoint.release.Release ds) {
        Map<String, RDFNode> bind = Map.of("ontology", ResourceFactory.createResource(MNL.ONTOLOGY));
        Map<String, String[]> examples = new LinkedHashMap<>();
        for (QuerySolution c : Queries.select(ds, "vocabulary-classes", bind)) {
            Queries.select(ds, "vocabulary-class-example", Map.of("term", c.getResource("term"))).stream()
                    .findFirst()
                    .ifPresent(r -> examples.put(
                            c.getResource("term").getURI(),
                            new String[] {r.getResource("s").getURI(), null}));
        }
        for (QuerySolution p : Queries.select(ds, "vocabulary-properties", bind)) {
            Queries.select(ds, "vocabulary-property-example", Map.of("term", p.getResource("term"))).stream()
                    .findFirst()
                    .ifPresent(r -> examples.put(
                            p.getResource("term").getURI(),
                            new String[] {r.getResource("s").getURI(), lexical(r.get("o"))}));
        }
        return examples;
    }

    private static String lexical(RDFNode n) {
        return n.isLiteral()
                ? n.asLiteral().getLexicalForm()
                : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    /** The whole vocabulary graph (terms and SKOS code lists) as a model. */
    Model graph() {
        Map<String, RDFNode> bind = Map.of(
                "g", ResourceFactory.createResource(store.vocabularyGraph().getURI()));
        return store.read(ds -> Queries.construct(ds, "vocabulary-graph", bind));
    }

    /** Everything the HTML document of the vocabulary shows, in one read transaction. */
    Map<String, Object> document() {
        Map<String, String[]> examples = dataExamples.get();
        Map<String, RDFNode> bind = Map.of("ontology", ResourceFactory.createResource(MNL.ONTOLOGY));
        return store.read(ds -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            List<QuerySolution> about = Queries.select(ds, "vocabulary-ontology", bind);
            List<String> aboutVars = Queries.resultVars("vocabulary-ontology");
            doc.put("about", about.isEmpty() ? row(null, aboutVars) : row(about.get(0), aboutVars));
            doc.put("classes", withExamples(rows(ds, "vocabulary-classes", bind), examples));
            doc.put("properties", withExamples(rows(ds, "vocabulary-properties", bind), examples));
            doc.put("historical", rows(ds, "vocabulary-historical", bind));
            doc.put("schemes", schemes(Queries.select(ds, "vocabulary-concepts", Map.of())));
            doc.put("namespace", MNL.NS);
            doc.put("ontology", MNL.ONTOLOGY);
            return doc;
        });
    }

    /** Adds the data example of each term ({@code dataSubject}, {@code dataValue}, {@code dataHref}) to its row. */
    private static List<Map<String, String>> withExamples(
            List<Map<String, String>> rows, Map<String, String[]> examples) {
        for (Map<String, String> row : rows) {
            String[] e = examples.get(row.get("term"));
            row.put("dataSubject", e == null ? null : e[0]);
            row.put("dataValue", e == null ? null : e[1]);
            int id = e == null ? -1 : e[0].indexOf("/id/");
            row.put("dataHref", e == null ? null : id < 0 ? e[0] : e[0].substring(id));
        }
        return rows;
    }

    /** Concept rows grouped by scheme, schemes in query order. */
    private static List<Map<String, Object>> schemes(List<QuerySolution> concepts) {
        Map<String, Map<String, Object>> byScheme = new LinkedHashMap<>();
        for (QuerySolution r : concepts) {
            Map<String, Object> scheme =
                    byScheme.computeIfAbsent(r.getResource("scheme").getURI(), uri -> {
                        Map<String, Object> s = new LinkedHashMap<>();
                        s.put("uri", uri);
                        s.put("anchor", uri.substring(MNL.CODE_BASE.length()).replace('/', '-'));
                        s.put("label", text(r, "schemeLabel"));
                        s.put("labelEn", text(r, "schemeLabelEn"));
                        s.put("concepts", new ArrayList<Map<String, String>>());
                        return s;
                    });
            @SuppressWarnings("unchecked")
            List<Map<String, String>> list = (List<Map<String, String>>) scheme.get("concepts");
            list.add(row(r, Queries.resultVars("vocabulary-concepts")));
        }
        return new ArrayList<>(byScheme.values());
    }

    private static List<Map<String, String>> rows(
            org.mednumlod.endpoint.release.Release ds, String query, Map<String, RDFNode> bind) {
        List<String> vars = Queries.resultVars(query);
        return Queries.select(ds, query, bind).stream().map(r -> row(r, vars)).toList();
    }

    /**
     * A solution as strings, one entry per projected variable (null when unbound, so that templates can
     * test it): IRIs as given, literals by lexical form.
     */
    private static Map<String, String> row(QuerySolution r, List<String> vars) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String v : vars) {
            RDFNode n = r == null ? null : r.get(v);
            row.put(
                    v,
                    n == null
                            ? null
                            : n.isLiteral()
                                    ? n.asLiteral().getLexicalForm()
                                    : n.isURIResource() ? n.asResource().getURI() : n.toString());
        }
        return row;
    }

    private static String text(QuerySolution r, String var) {
        return r.contains(var) ? r.get(var).asLiteral().getLexicalForm() : null;
    }
}
