package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.ObjectMapper;

/** The demo site with what the report tests share: posting the form, the admin's credentials and CSV export. */
abstract class SignalementSite extends DemoSite {
    static final ObjectMapper JSON = new ObjectMapper();

    @org.springframework.beans.factory.annotation.Autowired
    org.mednumlod.site.store.Store store;

    /** A form post; {@code fields} are name/value pairs (names may repeat). */
    HttpResponse<String> post(String client, String accept, String... fields) throws Exception {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return HTTP.send(
                builder("/signalements")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", accept)
                        .header("X-Forwarded-For", client)
                        .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String basic(String user, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The admin's CSV export (all reports, or those of a filter given as a query string), parsed. */
    List<CSVRecord> csv(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(
                builder("/admin/signalements/export.csv" + query)
                        .header("Authorization", basic(ADMIN_USER, ADMIN_PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "text/csv;charset=UTF-8", r.headers().firstValue("Content-Type").orElse(""));
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(r.body()))
                .getRecords();
    }

    /** A client address of its own (documentation range), named through X-Forwarded-For. */
    static String client() {
        return "203.0.113." + (1 + (int) (Math.random() * 250)) + ", 10.0.0." + (1 + (int) (Math.random() * 250));
    }
}
