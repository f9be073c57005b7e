package org.mednumlod.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the mednum-lod vocabulary ({@code vocabulary.ttl} is the source of truth; a test checks that
 * every constant here is declared there). The namespace is fixed, independent of the deployment's base URI.
 */
public final class MNL {
    public static final String NS = "https://w3id.org/mednum-lod/def#";
    /** The ontology document (hash namespace without its '#'). */
    public static final String ONTOLOGY = "https://w3id.org/mednum-lod/def";
    /** Base of the SKOS concept schemes: {@code CODE_BASE + scheme + "/" + slug}. */
    public static final String CODE_BASE = "https://w3id.org/mednum-lod/code/";

    public static final Resource LieuMediationNumerique = resource("LieuMediationNumerique");
    public static final Resource ChampHistorique = resource("ChampHistorique");

    // Annotations describing the schema's fields
    public static final Property champ = property("champ");
    public static final Property rang = property("rang");
    public static final Property obligatoire = property("obligatoire");
    public static final Property listeDeCodes = property("listeDeCodes");
    public static final Property multivalue = property("multivalue");
    public static final Property versionSchema = property("versionSchema");

    // The 32 fields of schema 1.0.1, in schema order
    public static final Property id = property("id");
    public static final Property pivot = property("pivot");
    public static final Property nom = property("nom");
    public static final Property commune = property("commune");
    public static final Property codePostal = property("codePostal");
    public static final Property codeInsee = property("codeInsee");
    public static final Property adresse = property("adresse");
    public static final Property complementAdresse = property("complementAdresse");
    public static final Property latitude = property("latitude");
    public static final Property longitude = property("longitude");
    public static final Property typologie = property("typologie");
    public static final Property telephone = property("telephone");
    public static final Property courriel = property("courriel");
    public static final Property siteWeb = property("siteWeb");
    public static final Property horaires = property("horaires");
    public static final Property presentationResume = property("presentationResume");
    public static final Property presentationDetail = property("presentationDetail");
    public static final Property source = property("source");
    public static final Property itinerance = property("itinerance");
    public static final Property structureParente = property("structureParente");
    public static final Property dateMaj = property("dateMaj");
    public static final Property service = property("service");
    public static final Property publicSpecifiquementAdresse = property("publicSpecifiquementAdresse");
    public static final Property priseEnChargeSpecifique = property("priseEnChargeSpecifique");
    public static final Property fraisACharge = property("fraisACharge");
    public static final Property dispositifProgrammeNational = property("dispositifProgrammeNational");
    public static final Property formationLabel = property("formationLabel");
    public static final Property autreFormationLabel = property("autreFormationLabel");
    public static final Property modaliteAcces = property("modaliteAcces");
    public static final Property modaliteAccompagnement = property("modaliteAccompagnement");
    public static final Property ficheAccesLibre = property("ficheAccesLibre");
    public static final Property priseRdv = property("priseRdv");

    // Links and territory terms
    public static final Property situeDansCommune = property("situeDansCommune");
    public static final Property region = property("region");
    public static final Property departement = property("departement");
    public static final Property epci = property("epci");
    public static final Property communeParente = property("communeParente");
    public static final Property population = property("population");
    public static final Property populationTotale = property("populationTotale");
    public static final Property natureJuridique = property("natureJuridique");
    public static final Property zone = property("zone");
    public static final Property siren = property("siren");
    public static final Property chefLieu = property("chefLieu");

    // Dimensions of the territory statistics (RDF Data Cube, docs/statistics.md)
    public static final Property indicateur = property("indicateur");
    public static final Property modalite = property("modalite");

    // Provenance of converted records
    public static final Resource Source = resource("Source");
    public static final Resource Correction = resource("Correction");
    public static final Property identifiantSource = property("identifiantSource");
    public static final Property fichierSource = property("fichierSource");
    public static final Property ligneSource = property("ligneSource");
    public static final Property correction = property("correction");
    public static final Property champConcerne = property("champConcerne");
    public static final Property valeurOrigine = property("valeurOrigine");
    public static final Property regle = property("regle");
    public static final Property retrait = property("retrait");

    // Figures of a source in a release (docs/uri-policy.md: /id/source/{nom})
    public static final Property nombreFichesLues = property("nombreFichesLues");
    public static final Property nombreFichesPubliees = property("nombreFichesPubliees");
    public static final Property nombreFichesQuarantaine = property("nombreFichesQuarantaine");
    public static final Property nombreLieux = property("nombreLieux");
    public static final Property nombreFichesConformes = property("nombreFichesConformes");
    public static final Property nombreViolations = property("nombreViolations");
    public static final Property nombreAvertissements = property("nombreAvertissements");
    public static final Property nombreInformations = property("nombreInformations");

    // One place, many sources (docs/deduplication.md)
    public static final Resource FicheLieu = resource("FicheLieu");
    public static final Property lieu = property("lieu");
    public static final Property nombreSources = property("nombreSources");
    public static final Resource OrigineValeur = resource("OrigineValeur");
    public static final Property origineValeur = property("origineValeur");
    public static final Property propriete = property("propriete");
    public static final Resource Rapprochement = resource("Rapprochement");
    public static final Property rapprochement = property("rapprochement");
    public static final Property score = property("score");
    public static final Property indice = property("indice");

    private MNL() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
