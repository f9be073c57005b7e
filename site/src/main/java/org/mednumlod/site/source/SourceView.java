package org.mednumlod.site.source;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.mednumlod.ontology.MNL;

/** What the page of a source shows, read from its RDF document (figures computed at publish). */
record SourceView(
        String uri,
        String name,
        String title,
        String producer,
        String licence,
        String file,
        String issued,
        String modified,
        Long read,
        Long published,
        Long quarantined,
        Long places,
        Long conforming,
        Long violations,
        Long warnings,
        Long infos,
        String graph) {

    static SourceView of(Model m, Resource s, String name, String graph) {
        return new SourceView(
                s.getURI(),
                name,
                text(m, s, RDFS.label).orElse(name),
                text(m, s, DCTerms.publisher).orElse(null),
                text(m, s, DCTerms.license).orElse(null),
                text(m, s, MNL.fichierSource).orElse(null),
                text(m, s, DCTerms.issued).orElse(null),
                text(m, s, DCTerms.modified).orElse(null),
                number(m, s, MNL.nombreFichesLues),
                number(m, s, MNL.nombreFichesPubliees),
                number(m, s, MNL.nombreFichesQuarantaine),
                number(m, s, MNL.nombreLieux),
                number(m, s, MNL.nombreFichesConformes),
                number(m, s, MNL.nombreViolations),
                number(m, s, MNL.nombreAvertissements),
                number(m, s, MNL.nombreInformations),
                graph);
    }

    /** Whether the licence is a URI (shown as a link). */
    public boolean licenceIsLink() {
        return licence != null && (licence.startsWith("https://") || licence.startsWith("http://"));
    }

    private static Optional<String> text(Model m, Resource s, org.apache.jena.rdf.model.Property p) {
        var it = m.listObjectsOfProperty(s, p);
        if (!it.hasNext()) {
            return Optional.empty();
        }
        RDFNode o = it.next();
        return Optional.of(o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString());
    }

    private static Long number(Model m, Resource s, org.apache.jena.rdf.model.Property p) {
        var it = m.listObjectsOfProperty(s, p);
        return it.hasNext() ? it.next().asLiteral().getLong() : null;
    }
}
