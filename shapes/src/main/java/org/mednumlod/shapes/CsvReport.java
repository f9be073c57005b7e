package org.mednumlod.shapes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The producer report as CSV (RFC 4180, UTF-8, comma): one row per finding, in record order.
 * Columns: source, id, ligne, champ, valeur, severite, regle, message, message_en, bloque_publication.
 */
final class CsvReport implements ReportWriter {
    static final String[] HEADER = {
        "source", "id", "ligne", "champ", "valeur", "severite", "regle", "message", "message_en", "bloque_publication"
    };

    private final Writer writer;
    private final CSVPrinter printer;

    CsvReport(OutputStream out) {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            printer = new CSVPrinter(
                    writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(PlaceReport report) {
        RecordRef ref = report.record();
        try {
            for (ValidationResult r : report.results()) {
                printer.printRecord(
                        ref.source(),
                        ref.recordId(),
                        ref.row(),
                        r.field(),
                        r.value(),
                        r.severity().labelFr(),
                        r.rule(),
                        r.messageFr(),
                        r.messageEn(),
                        r.blocksPublication());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
