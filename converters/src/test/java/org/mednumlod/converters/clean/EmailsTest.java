package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;

/** Real {@code courriels} values (source in the last column); expected addresses joined with {@code |}. */
class EmailsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', nullValues = "NULL", textBlock = """
            # raw                                                   ¦ expected                                                  ¦ rules                                       ¦ source
            accueil@chrs-laselonne.fr                               ¦ accueil@chrs-laselonne.fr                                 ¦ ''                                          ¦ cnfs-2022
            ' mairie@petralba.corsica '                             ¦ mairie@petralba.corsica                                   ¦ ''                                          ¦ corse
            \u00A0lile-rousse@france-services.gouv.fr               ¦ lile-rousse@france-services.gouv.fr                       ¦ ''                                          ¦ france-services
            CONTACT@LESSABLESDOLONNE.FR                             ¦ contact@lessablesdolonne.fr                               ¦ courriels.minuscules                        ¦ cnfs-2022
            accueil@fjepcs.Fr                                       ¦ accueil@fjepcs.fr                                         ¦ courriels.minuscules                        ¦ cnfs-2022
            mairie-st-perreux@wanadoo.fr.                           ¦ mairie-st-perreux@wanadoo.fr                              ¦ courriels.point-final                       ¦ cnfs-2022
            contact.pessac@@mldesgraves.fr                          ¦ contact.pessac@mldesgraves.fr                             ¦ courriels.arobase-double                    ¦ gironde
            ': ccas@biarritz.fr'                                    ¦ ccas@biarritz.fr                                          ¦ courriels.libelle-supprime                  ¦ fibre-64
            mulhouse@france-service,gouv,fr                         ¦ mulhouse@france-service.gouv.fr                           ¦ courriels.virgule-dans-domaine              ¦ mulhouse
            servicejeunesse@valleesduhautanjou.fr%A0                ¦ servicejeunesse@valleesduhautanjou.fr                     ¦ courriels.format                            ¦ maine-et-loire
            mailto:contact@139.work                                 ¦ contact@139.work                                          ¦ courriels.mailto-supprime                   ¦ le-havre value with mailto
            france-service@carct.fr - maisondelagglo@carct.fr       ¦ france-service@carct.fr|maisondelagglo@carct.fr           ¦ courriels.liste-separee                     ¦ france-services
            espace-numerique@calenzana.fr - calenzana-numerique@orange.fr ¦ espace-numerique@calenzana.fr|calenzana-numerique@orange.fr ¦ courriels.liste-separee          ¦ corse
            inclusionnumerique@cscillzach.fr et secretariat@cscillzach.fr ¦ inclusionnumerique@cscillzach.fr|secretariat@cscillzach.fr ¦ courriels.liste-separee          ¦ mulhouse
            accueil@chrs-laselonne.fr|contact@139.work              ¦ accueil@chrs-laselonne.fr|contact@139.work                ¦ ''                                          ¦ two cells joined by the mapping
            accueil@chrs-laselonne.fr Accueil@captieux.fr           ¦ accueil@chrs-laselonne.fr|accueil@captieux.fr             ¦ courriels.liste-separee courriels.minuscules ¦ space-separated (corse form)
            contact@139.work /                                      ¦ contact@139.work                                          ¦ ''                                          ¦ hub-lo form (trailing separator)
            amandela@ville romainville.fr                           ¦ NULL                                                      ¦ courriels.invalide                          ¦ france-services (space in domain)
            maisondes services@nogentleroi.fr                       ¦ NULL                                                      ¦ courriels.invalide                          ¦ france-services (space in local part)
            epn@blanzy71 fr                                         ¦ NULL                                                      ¦ courriels.invalide                          ¦ mednum-bfc
            polesocial@rs13.f                                       ¦ NULL                                                      ¦ courriels.invalide                          ¦ cnfs-2022
            mfs@ville-louvres                                       ¦ NULL                                                      ¦ courriels.invalide                          ¦ france-services
            twitter@cpam49                                          ¦ NULL                                                      ¦ courriels.invalide                          ¦ maine-et-loire
            '@'                                                     ¦ NULL                                                      ¦ courriels.invalide                          ¦ gironde
            '-'                                                     ¦ NULL                                                      ¦ courriels.invalide                          ¦ hub-lo
            secretariat.                                            ¦ NULL                                                      ¦ courriels.invalide                          ¦ cnfs-2022
            cesamformation.org                                      ¦ NULL                                                      ¦ courriels.invalide                          ¦ cnfs-2022
            'Via le site de la CAF, rubrique "Nous contacter'       ¦ NULL                                                      ¦ courriels.invalide                          ¦ angers
            https://www.ccals.fr/systeme/contact/                   ¦ NULL                                                      ¦ courriels.url                               ¦ maine-et-loire (no @)
            médiathèque@bray-dunes.fr                               ¦ NULL                                                      ¦ courriels.non-ascii                         ¦ cnfs-2022
            bibliothèque@blasimon.fr                                ¦ NULL                                                      ¦ courriels.non-ascii                         ¦ gironde
            service.bibliothequeç@sarlat.fr                         ¦ NULL                                                      ¦ courriels.non-ascii                         ¦ cnfs-2022
            contact@139.work - bibliothèque@blasimon.fr             ¦ contact@139.work                                          ¦ courriels.liste-separee courriels.non-ascii ¦ one kept, one dropped
            """)
    void normalizes(String raw, String expected, String rules, String source) {
        Cleaned<java.util.List<String>> c = Emails.normalize(raw);
        assertEquals(expected, c.value() == null ? null : String.join("|", c.value()), source);
        assertEquals(rules, rules(c), source);
    }

    @Test
    void blankIsEmptyWithoutFinding() {
        assertNull(Emails.normalize(" ").value());
        assertTrue(Emails.normalize(null).findings().isEmpty());
    }

    @Test
    void nonAsciiMessageSuggestsTheUnaccentedForm() {
        Finding f = Emails.normalize("médiathèque@bray-dunes.fr").findings().get(0);
        assertEquals(Finding.Kind.DROPPED, f.kind());
        assertTrue(f.message().contains("mediatheque@bray-dunes.fr"), f.message());
    }

    private static String rules(Cleaned<?> c) {
        return c.findings().stream().map(Finding::rule).collect(java.util.stream.Collectors.joining(" "));
    }
}
