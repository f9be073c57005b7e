package org.mednumlod.converters.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mednumlod.converters.internal.RawRecord;

/** CSV records, with encoding (UTF-8 or Windows-1252), BOM and delimiter detected. */
final class CsvRecords extends RecordReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Charset charset;
    private final char delimiter;

    CsvRecords(Path file) throws IOException {
        this.charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        this.delimiter = detectDelimiter(file, charset);
        Reader reader =
                new BufferedReader(new InputStreamReader(skipBom(Files.newInputStream(file)), charset), 1 << 16);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreEmptyLines(true)
                .get();
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        this.header = parser.getHeaderNames();
        this.records = parser.iterator();
    }

    @Override
    public String describe() {
        String d = delimiter == '\t' ? "tabulation" : String.valueOf(delimiter);
        return "CSV (séparateur « " + d + " », " + (charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-1252") + ")";
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new Unreadable(
                    parser.getRecordNumber() + 1,
                    "CSV illisible après la ligne de données " + parser.getRecordNumber() + " : " + e.getMessage());
        }
    }

    @Override
    public RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord r = records.next();
        long row = r.getRecordNumber();
        if (r.size() != header.size() && !(r.size() == 1 && r.get(0).isBlank())) {
            throw new Unreadable(
                    row,
                    "la ligne de données " + row + " compte " + r.size() + " colonnes au lieu de " + header.size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < r.size(); i++) {
            String value = r.get(i);
            if (value != null && !value.isEmpty()) {
                fields.putIfAbsent(header.get(i), value);
            }
        }
        return new RawRecord(row, fields);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Whole-file strict UTF-8 check, streaming (a 100 MB file is read once, in 64 KiB blocks). */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            int n;
            while ((n = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
                in.position(in.position() + n);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            return !decoder.decode(in, out, true).isError()
                    && !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter that occurs most often outside quotes in the header line. */
    private static char detectDelimiter(Path file, Charset charset) throws IOException {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(skipBom(Files.newInputStream(file)), charset))) {
            String line = r.readLine();
            if (line == null) {
                return ',';
            }
            int[] counts = new int[DELIMITERS.length];
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                for (int i = 0; i < DELIMITERS.length && !quoted; i++) {
                    if (c == DELIMITERS[i]) {
                        counts[i]++;
                    }
                }
            }
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (counts[i] > counts[best]) {
                    best = i;
                }
            }
            return DELIMITERS[best];
        }
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
        byte[] bom = new byte[3];
        int n = p.readNBytes(bom, 0, 3);
        boolean utf8Bom = n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
        if (!utf8Bom && n > 0) {
            p.unread(bom, 0, n);
        }
        return p;
    }
}
