package org.mednumlod.site.lookup;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.site.SiteProperties;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.store.Store;
import org.mednumlod.site.web.BadRequestException;
import org.springframework.stereotype.Service;

/** Finds the URIs that carry an identifier held by someone else: a SIRET, a source's own id, an INSEE code. */
@Service
class LookupService {
    /** At most this many matches are listed; the total is always given. */
    static final int MAX_LISTED = 100;

    private static final Pattern SIRET = Pattern.compile("[0-9]{14}");
    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final int MAX_ID = 256;

    private final Store store;
    private final String base;

    LookupService(Store store, SiteProperties properties) {
        this.store = store;
        this.base = properties.baseUri();
    }

    /** One matching URI with its label. */
    record Match(String uri, String label) {}

    /** The matches (at most {@link #MAX_LISTED}) and how many there are. */
    record Matches(String question, List<Match> listed, int total) {}

    /** Which lookup the parameters ask for; 400 (French message) when they are missing, mixed or malformed. */
    Matches find(String siret, String source, String id, String insee) {
        int kinds = (siret != null ? 1 : 0) + (source != null || id != null ? 1 : 0) + (insee != null ? 1 : 0);
        if (kinds != 1) {
            throw new BadRequestException("indiquez un seul des paramètres : siret, source et id, ou insee");
        }
        if (siret != null) {
            String s = siret.replace(" ", "");
            require(SIRET.matcher(s).matches(), "un SIRET compte 14 chiffres : « " + siret + " »");
            return run("SIRET " + s, "lookup-siret", Map.of("siret", ResourceFactory.createStringLiteral(s)));
        }
        if (insee != null) {
            String c = insee.trim().toUpperCase(java.util.Locale.ROOT);
            require(
                    INSEE.matcher(c).matches(),
                    "un code commune Insee compte 5 caractères (ex. 49007, 2A004) : « " + insee + " »");
            return run("code Insee " + c, "lookup-insee", Map.of("code", ResourceFactory.createStringLiteral(c)));
        }
        require(
                Identifiers.isSourceName(source),
                "nom de source invalide (lettres minuscules, chiffres et tirets) : « " + source + " »");
        require(
                id != null && !id.isEmpty() && id.length() <= MAX_ID,
                "identifiant de la source manquant ou trop long (" + MAX_ID + " caractères au plus)");
        return run(
                "source " + source + ", identifiant " + id,
                "lookup-source",
                Map.of(
                        "source",
                        ResourceFactory.createResource(
                                new Identifiers(base).source(source).getURI()),
                        "id",
                        ResourceFactory.createStringLiteral(id)));
    }

    private Matches run(String question, String query, Map<String, RDFNode> bind) {
        List<QuerySolution> rows = store.read(ds -> Queries.select(ds, query, bind, MAX_LISTED + 1L, 0));
        int total = rows.size() <= MAX_LISTED
                ? rows.size()
                : store.read(ds -> Queries.select(ds, query, bind)).size();
        return new Matches(
                question,
                rows.stream()
                        .limit(MAX_LISTED)
                        .map(r -> new Match(
                                r.getResource("uri").getURI(),
                                r.contains("label") ? r.get("label").asLiteral().getLexicalForm() : null))
                        .toList(),
                total);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BadRequestException(message);
        }
    }
}
