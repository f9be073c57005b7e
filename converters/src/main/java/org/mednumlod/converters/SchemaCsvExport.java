package org.mednumlod.converters;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.mednumlod.converters.internal.CodeListIndex;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Fields.Field;

/**
 * Writes places back as national-schema 1.0.1 CSV rows (see docs/place-model.md, "Back to the schema"): one column
 * per field of the vocabulary in rank order, literals as their lexical form, code-list concepts as their
 * skos:notation, other IRIs as their string; list values distinct, sorted and joined with {@code |}.
 */
final class SchemaCsvExport implements SchemaCsvWriter {
    private static final String SEPARATOR = "|";

    private final List<Field> columns;
    private final CodeListIndex codeLists = CodeListIndex.get();
    private final CSVPrinter printer;
    private long rows;

    SchemaCsvExport(Writer out) throws IOException {
        this.columns = List.copyOf(Fields.get().all());
        String[] header = columns.stream().map(Field::name).toArray(String[]::new);
        this.printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
    }

    @Override
    public void write(Graph graph, Node place) throws IOException {
        List<String> row = new ArrayList<>(columns.size());
        for (Field f : columns) {
            row.add(cell(graph, place, f));
        }
        printer.printRecord(row);
        rows++;
    }

    /** The cell of one field: empty when the place has no value; the first value in sorted order for a single-valued field. */
    private String cell(Graph graph, Node place, Field f) {
        TreeSet<String> values = new TreeSet<>();
        ExtendedIterator<org.apache.jena.graph.Triple> it =
                graph.find(place, f.property().asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                String v = text(it.next().getObject(), f);
                if (v != null && !v.isEmpty()) {
                    values.add(v);
                }
            }
        } finally {
            it.close();
        }
        if (values.isEmpty()) {
            return "";
        }
        return f.multivalued() ? String.join(SEPARATOR, values) : values.first();
    }

    private String text(Node o, Field f) {
        if (o.isLiteral()) {
            return o.getLiteralLexicalForm();
        }
        if (o.isURI()) {
            String notation = f.isClosedList() ? codeLists.notation(o.getURI()) : null;
            return notation != null ? notation : o.getURI();
        }
        return null;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
