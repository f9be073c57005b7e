package org.mednumlod.site.place;

import org.mednumlod.site.web.Dereferencing;
import org.mednumlod.site.web.Documents;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Source records ({@code /id/fiche/{key}}: a place as one source publishes it, docs/deduplication.md): 303 to the
 * page of the place it describes (at the record's anchor) or to its own RDF document {@code /data/fiche/{key}.{ext}}.
 */
@Controller
class RecordController {
    private final Dereferencing flow;
    private final RecordDocuments records;

    RecordController(Dereferencing flow, RecordDocuments records) {
        this.flow = flow;
        this.records = records;
    }

    @GetMapping("/id/fiche/{key}")
    Object thing(
            @PathVariable String key,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return flow.thing(records, key, format, accept);
    }

    @GetMapping("/data/fiche/{file:.+}")
    Object data(@PathVariable String file) {
        Documents.DataFile document = Documents.dataFile(file);
        return flow.data(records, document.name(), document.representation());
    }
}
