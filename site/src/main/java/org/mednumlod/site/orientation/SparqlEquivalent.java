package org.mednumlod.site.orientation;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.mednumlod.endpoint.endpoint.SparqlFunctions;
import org.mednumlod.ontology.MNL;
import org.mednumlod.site.store.Queries;
import org.mednumlod.site.territory.TerritoryKind;

/**
 * The SPARQL SELECT equivalent to a {@link Criteria}: the skeleton {@code queries/orientation-equivalent.rq} plus one
 * pattern per criterion, built with Jena's syntax API (triples, {@code VALUES}, {@code FILTER EXISTS}, function
 * calls); the values written into it are the code-list IRIs of the chosen concepts, territory IRIs, and typed
 * literals (coordinates, radius, date-times), never text of the request. With a centre, the pattern of
 * {@code queries/orientation-distance.rq} (its variables ?centreLat ?centreLon ?rayon ?diametre replaced by
 * literals with {@link QueryTransformOps}) and the order by distance, then IRI.
 */
final class SparqlEquivalent {
    private static final Var LIEU = Var.alloc("lieu");
    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private SparqlEquivalent() {}

    static String text(Criteria c) {
        return query(c).serialize();
    }

    static Query query(Criteria c) {
        Query q = Queries.parsed("orientation-equivalent");
        ElementGroup where = (ElementGroup) q.getQueryPattern();
        if (c.territory() != null) {
            where.addElement(territory(c.territory()));
        }
        c.values().forEach((facet, concepts) -> where.addElement(facet(facet, concepts)));
        if (c.accesLibre()) {
            where.addElement(
                    new ElementFilter(exists(triple(LIEU, MNL.ficheAccesLibre.asNode(), Var.alloc("acceslibre")))));
        }
        if (c.rdv()) {
            where.addElement(new ElementFilter(exists(triple(LIEU, MNL.priseRdv.asNode(), Var.alloc("priseRdv")))));
        }
        if (c.opening() != null) {
            Var horaires = Var.alloc("horaires");
            where.addElement(triple(LIEU, MNL.horaires.asNode(), horaires));
            if (c.opening().now()) {
                ExprList args = new ExprList(new ExprVar(horaires));
                args.add(literal(c.opening().at().format(DATE_TIME), XSDDatatype.XSDdateTime));
                where.addElement(new ElementFilter(new E_Function(SparqlFunctions.OUVERT, args)));
            }
            if (c.opening().date() != null) {
                ExprList args = new ExprList(new ExprVar(horaires));
                args.add(literal(c.opening().date().toString(), XSDDatatype.XSDdate));
                if (c.opening().from() > 0 || c.opening().to() < 1440) {
                    args.add(literal(time(c.opening().from()), XSDDatatype.XSDtime));
                }
                if (c.opening().to() < 1440) {
                    args.add(literal(time(c.opening().to()), XSDDatatype.XSDtime));
                }
                where.addElement(new ElementFilter(new E_Function(SparqlFunctions.OUVERT_LE, args)));
            }
        }
        if (c.centre() != null) {
            Query distance = QueryTransformOps.replaceVars(
                    Queries.parsed("orientation-distance"),
                    Map.of(
                            Var.alloc("centreLat"),
                                    NodeValue.makeDouble(c.centre().latitude()).asNode(),
                            Var.alloc("centreLon"),
                                    NodeValue.makeDouble(c.centre().longitude()).asNode(),
                            Var.alloc("rayon"),
                                    NodeValue.makeDouble(c.radiusKm()).asNode(),
                            Var.alloc("diametre"),
                                    NodeValue.makeDouble(GreatCircle.DIAMETER_KM)
                                            .asNode()));
            for (Element e : ((ElementGroup) distance.getQueryPattern()).getElements()) {
                where.addElement(e);
            }
            q.getOrderBy().clear();
            q.addOrderBy(Var.alloc("distance"), Query.ORDER_ASCENDING);
            q.addOrderBy(LIEU, Query.ORDER_ASCENDING);
        }
        return q;
    }

    /** ALL: one triple per value; ANY: {@code FILTER EXISTS { VALUES ?v { … } ?lieu p ?v }} (no duplicate rows). */
    private static Element facet(Facet f, List<Concept> concepts) {
        Node p = f.property().asNode();
        if (f.all() || concepts.size() == 1) {
            ElementPathBlock block = new ElementPathBlock();
            concepts.forEach(c -> block.addTriple(Triple.create(LIEU, p, NodeFactory.createURI(c.uri()))));
            return block;
        }
        Var v = Var.alloc(f.parameter().replace("-", "_"));
        ElementData values = new ElementData();
        values.add(v);
        concepts.forEach(c -> values.add(BindingFactory.binding(v, NodeFactory.createURI(c.uri()))));
        ElementGroup inner = new ElementGroup();
        inner.addElement(values);
        inner.addElement(triple(LIEU, p, v));
        return new ElementFilter(new E_Exists(inner));
    }

    private static Element territory(Territory t) {
        Node node = NodeFactory.createURI(t.uri());
        if (t.kind() == TerritoryKind.COMMUNE) {
            return triple(LIEU, MNL.situeDansCommune.asNode(), node);
        }
        Var commune = Var.alloc("commune");
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(LIEU, MNL.situeDansCommune.asNode(), commune));
        block.addTriple(Triple.create(
                commune,
                switch (t.kind()) {
                    case REGION -> MNL.region.asNode();
                    case DEPARTEMENT -> MNL.departement.asNode();
                    default -> MNL.epci.asNode();
                },
                node));
        return block;
    }

    private static ElementPathBlock triple(Node s, Node p, Node o) {
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(s, p, o));
        return block;
    }

    private static Expr exists(ElementPathBlock block) {
        ElementGroup g = new ElementGroup();
        g.addElement(block);
        return new E_Exists(g);
    }

    private static NodeValue literal(String lexical, XSDDatatype type) {
        return NodeValue.makeNode(NodeFactory.createLiteralDT(lexical, type));
    }

    private static String time(int minutes) {
        return String.format("%02d:%02d:00", minutes / 60, minutes % 60);
    }
}
