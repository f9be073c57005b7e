package org.mednumlod.shapes;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * Validates one place node against one set of parsed shapes with Jena SHACL, and turns Jena's report entries
 * into {@link ValidationResult}s whose messages come from the rules' {@code sh:message} (both languages).
 * The place is validated against every root shape directly, whatever its {@code rdf:type}.
 */
final class ShaclStep {
    private final Shapes shapes;
    private final List<Shape> roots;
    private final RuleCatalog catalog;
    private final ReferenceGraph reference;

    ShaclStep(Graph shapesGraph, RuleCatalog catalog, ReferenceGraph reference) {
        this.shapes = Shapes.parse(shapesGraph);
        this.roots = List.copyOf(shapes.getTargetShapes());
        this.catalog = catalog;
        this.reference = reference;
    }

    void run(Graph data, Node place, List<ValidationResult> out) {
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        for (Shape shape : roots) {
            VLib.validateShape(vCxt, data, shape, place);
        }
        if (!vCxt.hasViolation()) { // true once any entry is reported, whatever its severity
            return;
        }
        for (ReportEntry e : vCxt.generateReport().getEntries()) {
            out.add(toResult(e, place));
        }
    }

    private ValidationResult toResult(ReportEntry e, Node place) {
        Rule rule = catalog.rule(e.source());
        Node path = linkOf(e.resultPath());
        Node valueNode = e.value();
        String value = reference.display(valueNode);
        String pathName = path == null ? "" : catalog.shortForm(path);
        String focus = place.isURI() ? place.getURI() : place.toString();
        Node component = e.sourceConstraintComponent() != null
                ? e.sourceConstraintComponent()
                : e.constraint() != null ? e.constraint().getComponent() : null;
        if (rule == null) {
            // A shape without a message of its own: keep Jena's message (both languages).
            String id = catalog.shortForm(e.source());
            return new ValidationResult(
                    id,
                    Severity.of(e.severity().level()),
                    catalog.fieldOf(null, path),
                    value,
                    e.message(),
                    e.message(),
                    false,
                    place,
                    path,
                    valueNode,
                    component);
        }
        return new ValidationResult(
                rule.id(),
                rule.severity(),
                catalog.fieldOf(rule, path),
                value,
                MessageTemplate.render(rule.messageFr(), value, focus, pathName, Map.of()),
                MessageTemplate.render(rule.messageEn(), value, focus, pathName, Map.of()),
                rule.blocksPublication(),
                place,
                path,
                valueNode,
                component);
    }

    private static Node linkOf(Path path) {
        return path instanceof P_Link link ? link.getNode() : null;
    }
}
