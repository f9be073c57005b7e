package org.mednumlod.shapes.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mednumlod.ontology.MNL;
import org.mednumlod.ontology.Reference;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.shapes.PlaceInput;
import org.mednumlod.shapes.RecordRef;

/**
 * Realistic synthetic places written as docs/place-model.md says (about 80 triples each), reproducible from a
 * seed: real current communes with their postcode, INSEE code and nearby coordinates, values of the 1.0.1
 * code lists, provenance and a correction. About one place in six carries one defect of the kinds met in real
 * files (bad postcode, unknown list value, missing name, mobile phone, free-text hours, swapped or far
 * coordinates, placeholder pivot, personal e-mail, old or future date).
 *
 * <pre>
 * SyntheticPlaces places = new SyntheticPlaces(42, LocalDate.of(2026, 3, 1));
 * PlaceInput in = places.place(17);
 * </pre>
 */
final class SyntheticPlaces {
    static final String BASE = "http://example.org";
    private static final String[] STREETS = {
        "rue de la République",
        "avenue Jean Jaurès",
        "place de la Mairie",
        "rue Victor Hugo",
        "boulevard Pasteur",
        "rue des Écoles",
        "chemin du Moulin",
        "allée des Tilleuls"
    };
    private static final String[] KINDS = {
        "Médiathèque",
        "Espace France Services",
        "Centre social",
        "Tiers-lieu numérique",
        "Maison de quartier",
        "Association Num'Accès",
        "Bibliothèque municipale",
        "EPN"
    };
    private static final String[] HOURS = {
        "Mo-Fr 09:00-12:00,14:00-17:30",
        "Tu-Sa 10:00-18:00; Su,Mo off",
        "Mo,We,Fr 09:00-12:30; Tu,Th 14:00-18:00",
        "week 1-53/2 Mo-Fr 09:00-12:00; PH off",
        "Mo-Sa 08:30-19:00"
    };
    private static final int DEFECTS = 12;

    private final List<Commune> communes = new ArrayList<>();
    private final Map<String, List<Node>> concepts = new HashMap<>();
    private final LocalDate today;
    private final long seed;

    SyntheticPlaces(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
        for (Commune c : Reference.territories().communes()) {
            if (c.latitude() != null && !c.codesPostaux().isEmpty()) {
                communes.add(c);
            }
        }
        Graph codeLists = Reference.codeLists();
        codeLists.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).forEach(t -> {
            if (codeLists.contains(
                    t.getSubject(), MNL.versionSchema.asNode(), NodeFactory.createLiteralString("1.0.1"))) {
                String scheme = t.getObject().getURI().substring(MNL.CODE_BASE.length());
                concepts.computeIfAbsent(scheme, k -> new ArrayList<>()).add(t.getSubject());
            }
        });
        concepts.values().forEach(l -> l.sort((a, b) -> a.getURI().compareTo(b.getURI())));
    }

    /** The place of row {@code i} (0-based) of source {@code bench}: the same triples for the same seed and row. */
    PlaceInput place(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        Commune c = communes.get(r.nextInt(communes.size()));
        String id = "lieu-" + i;
        Node place = NodeFactory.createURI(BASE + "/id/lieu/bench." + id);
        Graph g = GraphFactory.createGraphMem();
        Writer w = new Writer(g, place);
        int defect = r.nextInt(6) == 0 ? r.nextInt(DEFECTS) : -1;

        w.add(RDF.type.asNode(), MNL.LieuMediationNumerique.asNode());
        w.text(MNL.id, id);
        w.text(MNL.pivot, defect == 0 ? "00000000000000" : siret(r));
        if (defect != 1) {
            String name = KINDS[r.nextInt(KINDS.length)] + " de " + c.nom();
            w.text(MNL.nom, name);
            w.add(RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "fr"));
        }
        w.text(MNL.commune, r.nextBoolean() ? c.nom() : c.nom().toUpperCase());
        String postcode = c.codesPostaux().get(r.nextInt(c.codesPostaux().size()));
        w.text(MNL.codePostal, defect == 2 ? postcode.substring(1) : postcode);
        w.text(MNL.codeInsee, c.code());
        w.text(MNL.adresse, (1 + r.nextInt(120)) + " " + STREETS[r.nextInt(STREETS.length)]);
        w.text(MNL.complementAdresse, "Bâtiment " + (char) ('A' + r.nextInt(5)));
        double lat = c.latitude() + (r.nextDouble() - 0.5) * 0.02;
        double lon = c.longitude() + (r.nextDouble() - 0.5) * 0.02;
        if (defect == 3) {
            double swap = lat;
            lat = lon;
            lon = swap;
        } else if (defect == 4) {
            lat += 1.5;
        }
        String latText = String.format(java.util.Locale.ROOT, "%.5f", lat);
        String lonText = String.format(java.util.Locale.ROOT, "%.5f", lon);
        w.decimal(MNL.latitude, latText);
        w.decimal(MNL.longitude, lonText);
        w.concepts(MNL.typologie, "typologies", 2, r);
        w.text(MNL.telephone, defect == 5 ? "+336" + digits(r, 8) : "+332" + digits(r, 8));
        w.text(MNL.courriel, defect == 6 ? "jeanne.martin" + i + "@gmail.com" : "contact@lieu-" + i + ".fr");
        w.text(MNL.courriel, "accueil.numerique@ville-" + c.code().toLowerCase() + ".fr");
        w.uri(MNL.siteWeb, "https://www.lieu-" + i + ".fr/");
        w.uri(MNL.siteWeb, "https://www.facebook.com/lieu" + i + "/");
        w.text(MNL.horaires, defect == 7 ? "du lundi au vendredi 9h-12h" : HOURS[r.nextInt(HOURS.length)]);
        w.text(
                MNL.presentationResume,
                "Accompagnement aux usages du numérique : ateliers, accès libre et aide aux démarches.");
        w.text(
                MNL.presentationDetail,
                "Le lieu accueille tous les publics, avec ou sans rendez-vous, et propose des ateliers "
                        + "collectifs chaque semaine ainsi qu'un accompagnement individuel aux démarches administratives en ligne.");
        w.text(MNL.source, "Réseau bench");
        w.concepts(MNL.itinerance, "itinerance", 1, r);
        w.text(MNL.structureParente, "Commune de " + c.nom());
        LocalDate date =
                defect == 8 ? today.plusDays(40) : defect == 9 ? today.minusYears(2) : today.minusDays(r.nextInt(300));
        w.literal(MNL.dateMaj, date.toString(), XSDDatatype.XSDdate);
        if (defect == 10) {
            w.text(MNL.service, "Aide administrative");
        }
        w.concepts(MNL.service, "services", 4, r);
        w.concepts(MNL.publicSpecifiquementAdresse, "publics-specifiquement-adresses", 3, r);
        w.concepts(MNL.priseEnChargeSpecifique, "prise-en-charge-specifique", 3, r);
        w.concepts(MNL.fraisACharge, "frais-a-charge", 2, r);
        w.concepts(MNL.dispositifProgrammeNational, "dispositifs-programmes-nationaux", 3, r);
        w.concepts(MNL.formationLabel, "formations-labels", 2, r);
        w.text(MNL.autreFormationLabel, "Label local " + (1 + r.nextInt(9)));
        w.concepts(MNL.modaliteAcces, "modalites-acces", 3, r);
        w.concepts(MNL.modaliteAccompagnement, "modalites-accompagnement", 4, r);
        w.uri(MNL.ficheAccesLibre, "https://acceslibre.beta.gouv.fr/app/lieu-" + i + "/");
        w.uri(MNL.priseRdv, "https://www.rdv-solidarites.fr/lieu-" + i);
        w.add(MNL.situeDansCommune.asNode(), NodeFactory.createURI(BASE + "/id/commune/" + c.code()));
        geometry(w, place, latText, lonText);
        provenance(w, place, id, i, defect == 11);
        return new PlaceInput(new RecordRef("bench", id, i + 1), g, place);
    }

    private static void geometry(Writer w, Node place, String lat, String lon) {
        Node coordinates = NodeFactory.createURI(place.getURI() + "#coordonnees");
        Node geometry = NodeFactory.createURI(place.getURI() + "#geometrie");
        w.add(NodeFactory.createURI("https://schema.org/geo"), coordinates);
        w.add(NodeFactory.createURI("http://www.opengis.net/ont/geosparql#hasGeometry"), geometry);
        Writer c = w.about(coordinates);
        c.add(RDF.type.asNode(), NodeFactory.createURI("https://schema.org/GeoCoordinates"));
        c.literal(NodeFactory.createURI("https://schema.org/latitude"), lat, XSDDatatype.XSDdecimal);
        c.literal(NodeFactory.createURI("https://schema.org/longitude"), lon, XSDDatatype.XSDdecimal);
        Writer g = w.about(geometry);
        g.add(RDF.type.asNode(), NodeFactory.createURI("http://www.opengis.net/ont/geosparql#Geometry"));
        g.add(
                NodeFactory.createURI("http://www.opengis.net/ont/geosparql#asWKT"),
                NodeFactory.createLiteralDT(
                        "POINT(" + lon + " " + lat + ")",
                        NodeFactory.getType("http://www.opengis.net/ont/geosparql#wktLiteral")));
    }

    private static void provenance(Writer w, Node place, String id, int i, boolean personal) {
        w.add(
                NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"),
                NodeFactory.createURI(BASE + "/id/source/bench"));
        w.add(NodeFactory.createURI(MNL.NS + "identifiantSource"), NodeFactory.createLiteralString(id));
        w.add(NodeFactory.createURI(MNL.NS + "fichierSource"), NodeFactory.createLiteralString("bench.csv"));
        w.literal(NodeFactory.createURI(MNL.NS + "ligneSource"), Integer.toString(i + 1), XSDDatatype.XSDinteger);
        w.literal(
                NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime"),
                "2026-03-01T10:00:00Z",
                XSDDatatype.XSDdateTime);
        if (personal) {
            w.add(
                    NodeFactory.createURI("http://example.org/def#referent"),
                    NodeFactory.createLiteralString("Jeanne Martin"));
        }
        for (int n = 1; n <= 4; n++) {
            Node correction = NodeFactory.createURI(place.getURI() + "#correction-" + n);
            w.add(NodeFactory.createURI(MNL.NS + "correction"), correction);
            Writer c = w.about(correction);
            c.add(NodeFactory.createURI(MNL.NS + "champConcerne"), NodeFactory.createLiteralString("telephone"));
            c.add(
                    NodeFactory.createURI(MNL.NS + "valeurOrigine"),
                    NodeFactory.createLiteralString("02 41 00 00 0" + n));
            c.add(
                    NodeFactory.createURI(MNL.NS + "regle"),
                    NodeFactory.createLiteralString("telephone.national-vers-e164"));
            c.add(
                    RDFS.comment.asNode(),
                    NodeFactory.createLiteralLang("Numéro converti au format international.", "fr"));
        }
    }

    /** A 14-digit SIRET with a valid Luhn key. */
    private static String siret(Random r) {
        String body = (1 + r.nextInt(9)) + digits(r, 12);
        for (int last = 0; last < 10; last++) {
            String candidate = body + last;
            int sum = 0;
            for (int k = 0; k < 14; k++) {
                int d = candidate.charAt(13 - k) - '0';
                if (k % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    /** Adds the triples of one subject. */
    private final class Writer {
        private final Graph g;
        private final Node s;

        Writer(Graph g, Node s) {
            this.g = g;
            this.s = s;
        }

        Writer about(Node other) {
            return new Writer(g, other);
        }

        void add(Node p, Node o) {
            g.add(Triple.create(s, p, o));
        }

        void text(Property p, String value) {
            add(p.asNode(), NodeFactory.createLiteralString(value));
        }

        void literal(Node p, String lexical, XSDDatatype type) {
            add(p, NodeFactory.createLiteralDT(lexical, type));
        }

        void literal(Property p, String lexical, XSDDatatype type) {
            literal(p.asNode(), lexical, type);
        }

        void decimal(Property p, String lexical) {
            literal(p, lexical, XSDDatatype.XSDdecimal);
        }

        void uri(Property p, String iri) {
            add(p.asNode(), NodeFactory.createURI(iri));
        }

        void concepts(Property p, String scheme, int max, Random r) {
            List<Node> list = concepts.get(scheme);
            int n = Math.min(list.size(), (max + 1) / 2 + r.nextInt(max / 2 + 1));
            int start = r.nextInt(list.size());
            for (int k = 0; k < n; k++) {
                add(p.asNode(), list.get((start + k) % list.size()));
            }
        }
    }
}
