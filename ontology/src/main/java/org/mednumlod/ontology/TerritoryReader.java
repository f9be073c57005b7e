package org.mednumlod.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.mednumlod.ontology.Territories.Commune;
import org.mednumlod.ontology.Territories.CommuneType;
import org.mednumlod.ontology.Territories.Departement;
import org.mednumlod.ontology.Territories.Epci;
import org.mednumlod.ontology.Territories.Region;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads the raw territory files shipped on the classpath into {@link Territories}. */
final class TerritoryReader {
    static final String COG_DIR = "territoires/decoupage-administratif-6.0.0/";
    static final String LAPOSTE_FILE = "territoires/laposte-hexasmal-2020/laposte_hexasmal.csv";
    private static final CSVFormat LAPOSTE_FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private final ObjectMapper json = new ObjectMapper();

    Territories read() {
        Map<String, Region> regions = new TreeMap<>();
        for (JsonNode r : array(COG_DIR + "regions.json")) {
            regions.put(
                    text(r, "code"), new Region(text(r, "code"), text(r, "nom"), text(r, "zone"), text(r, "chefLieu")));
        }
        Map<String, Departement> departements = new TreeMap<>();
        for (JsonNode d : array(COG_DIR + "departements.json")) {
            departements.put(
                    text(d, "code"),
                    new Departement(
                            text(d, "code"), text(d, "nom"), text(d, "region"), text(d, "zone"), text(d, "chefLieu")));
        }
        Map<String, String> epciOfCommune = new HashMap<>();
        Map<String, Epci> epcis = epcis(epciOfCommune);
        Map<String, double[]> centroids = centroids();
        Map<String, Commune> communes = new TreeMap<>();
        List<Commune> others = new ArrayList<>();
        for (JsonNode c : array(COG_DIR + "communes.json")) {
            Commune commune = commune(c, centroids, epciOfCommune);
            if (commune.isCurrent()) {
                communes.put(commune.code(), commune);
            } else {
                others.add(commune);
            }
        }
        return new Territories(regions, departements, epcis, communes, others);
    }

    /** The EPCI by SIREN; fills the EPCI of each member commune (a commune member of two EPCI is an error). */
    private Map<String, Epci> epcis(Map<String, String> epciOfCommune) {
        Map<String, Epci> epcis = new TreeMap<>();
        for (JsonNode e : array(COG_DIR + "epci.json")) {
            String siren = text(e, "code");
            List<String> membres = new ArrayList<>();
            for (JsonNode m : e.path("membres")) {
                String code = text(m, "code");
                membres.add(code);
                String previous = epciOfCommune.put(code, siren);
                if (previous != null) {
                    throw new IllegalStateException(
                            "commune " + code + " membre de deux EPCI : " + previous + " et " + siren);
                }
            }
            epcis.put(
                    siren,
                    new Epci(
                            siren,
                            text(e, "nom"),
                            text(e, "type"),
                            integer(e, "populationTotale"),
                            integer(e, "populationMunicipale"),
                            List.copyOf(membres)));
        }
        return epcis;
    }

    /** A commune of the COG file (current or not), with its La Poste centroid and, when current, its EPCI. */
    private static Commune commune(JsonNode c, Map<String, double[]> centroids, Map<String, String> epciOfCommune) {
        CommuneType type = CommuneType.fromCog(text(c, "type"));
        String code = text(c, "code");
        double[] point = centroid(centroids, c);
        List<String> postcodes = new ArrayList<>();
        c.path("codesPostaux").forEach(p -> postcodes.add(p.asString()));
        String parent = type == CommuneType.ARRONDISSEMENT_MUNICIPAL ? text(c, "commune") : text(c, "chefLieu");
        return new Commune(
                code,
                text(c, "nom"),
                type,
                text(c, "zone"),
                text(c, "departement"),
                text(c, "region"),
                type == CommuneType.ACTUELLE ? epciOfCommune.get(code) : null,
                text(c, "siren"),
                List.copyOf(postcodes),
                integer(c, "population"),
                parent,
                point == null ? null : point[0],
                point == null ? null : point[1],
                oldCodes(c));
    }

    private static List<String> oldCodes(JsonNode commune) {
        List<String> codes = new ArrayList<>();
        commune.path("anciensCodes").forEach(c -> codes.add(c.asString()));
        return List.copyOf(codes);
    }

    /** The centroid of a code, or else of the first of its former codes that La Poste's file knows. */
    private static double[] centroid(Map<String, double[]> centroids, JsonNode commune) {
        double[] point = centroids.get(text(commune, "code"));
        for (JsonNode old : commune.path("anciensCodes")) {
            if (point != null) {
                break;
            }
            point = centroids.get(old.asString());
        }
        return point;
    }

    /** The rows of La Poste's postcode file (header skipped). */
    static List<CSVRecord> laPosteRows() {
        try (Reader in = new InputStreamReader(open(LAPOSTE_FILE), StandardCharsets.UTF_8)) {
            return LAPOSTE_FORMAT.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(LAPOSTE_FILE, e);
        }
    }

    /** INSEE code to (latitude, longitude), from the first row of the code that carries coordinates. */
    private static Map<String, double[]> centroids() {
        Map<String, double[]> centroids = new HashMap<>();
        try (Reader in = new InputStreamReader(open(LAPOSTE_FILE), StandardCharsets.UTF_8)) {
            for (CSVRecord row : LAPOSTE_FORMAT.parse(in)) {
                String gps = row.get("coordonnees_gps").trim();
                int comma = gps.indexOf(',');
                if (comma > 0 && !centroids.containsKey(row.get(0))) {
                    centroids.put(row.get(0), new double[] {
                        Double.parseDouble(gps.substring(0, comma).trim()),
                        Double.parseDouble(gps.substring(comma + 1).trim())
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(LAPOSTE_FILE, e);
        }
        return centroids;
    }

    private JsonNode array(String resource) {
        try (InputStream in = open(resource)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = TerritoryReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("fichier de référence absent du classpath : " + resource);
        }
        return in;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
