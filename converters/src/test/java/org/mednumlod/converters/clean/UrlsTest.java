package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;

/** Real {@code site_web} values (source in the last column); expected URLs joined with {@code |}. */
class UrlsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', nullValues = "NULL", textBlock = """
            # raw                                                          ¦ expected                                                  ¦ rules                                   ¦ source
            https://139.work/                                              ¦ https://139.work/                                         ¦ ''                                      ¦ le-havre
            'https://www.missions-locales-corse.org/ '                     ¦ https://www.missions-locales-corse.org/                   ¦ ''                                      ¦ corse
            https://m.facebook.com/Solidarité-28-105856587605921/          ¦ https://m.facebook.com/Solidarité-28-105856587605921/     ¦ ''                                      ¦ hub-lo (IRI path kept)
            https://www.lucé.fr/index.php?Rub0=6&Rub1=31&idArticle=127&Message=Article ¦ https://www.xn--luc-dma.fr/index.php?Rub0=6&Rub1=31&idArticle=127&Message=Article ¦ site_web.domaine-ascii ¦ hub-lo (IDN host)
            http://90.84.243.68/opacwebaloes/index.aspx                    ¦ http://90.84.243.68/opacwebaloes/index.aspx               ¦ ''                                      ¦ gironde
            www.olmo.fr                                                    ¦ http://www.olmo.fr                                        ¦ site_web.schema-ajoute                  ¦ corse
            campitello.fr                                                  ¦ http://campitello.fr                                      ¦ site_web.schema-ajoute                  ¦ corse
            ameli.fr/gironde                                               ¦ http://ameli.fr/gironde                                   ¦ site_web.schema-ajoute                  ¦ gironde
            Facebook.com/lacali.jeunesse                                   ¦ http://facebook.com/lacali.jeunesse                       ¦ site_web.schema-ajoute                  ¦ gironde (host lower-cased, path kept)
            www.Brugny-Vaudancourt.fr                                      ¦ http://www.brugny-vaudancourt.fr                          ¦ site_web.schema-ajoute                  ¦ epernay
            Http://Www.Initiative-Var.Fr/                                  ¦ http://www.initiative-var.fr/                             ¦ site_web.minuscules                     ¦ paca
            Https://cdc-entre2mers.fr/                                     ¦ https://cdc-entre2mers.fr/                                ¦ site_web.minuscules                     ¦ gironde
            https ://www.initiativesemplois.fr                             ¦ https://www.initiativesemplois.fr                         ¦ site_web.saisie-corrigee                ¦ maine-et-loire
            https:\\\\www.centres-culturels-limoges.fr\\                   ¦ https://www.centres-culturels-limoges.fr/                 ¦ site_web.saisie-corrigee                ¦ haute-vienne
            wwww.eurekafab.fr                                              ¦ http://www.eurekafab.fr                                   ¦ site_web.saisie-corrigee site_web.schema-ajoute ¦ gironde
            https//:www.aprova.fr                                          ¦ https://www.aprova.fr                                     ¦ site_web.saisie-corrigee                ¦ mednum-cli rule on corse value
            http://http://www.olmo.fr                                      ¦ http://www.olmo.fr                                        ¦ site_web.saisie-corrigee                ¦ mednum-cli rule on corse value
            https://falep.corsica/ - https://www.facebook.com/falep2b/     ¦ https://falep.corsica/|https://www.facebook.com/falep2b/  ¦ ''                                      ¦ corse
            https://falep.corsica, www.facebook.com/falep2b                ¦ https://falep.corsica|http://www.facebook.com/falep2b     ¦ site_web.schema-ajoute                  ¦ corse
            www.caf.fr et www.monenfant.fr                                 ¦ http://www.caf.fr|http://www.monenfant.fr                 ¦ site_web.schema-ajoute site_web.schema-ajoute ¦ mulhouse
            https://www.konexio.eu/index.html https://www.facebook.com/konexio.eu/ ¦ https://www.konexio.eu/index.html|https://www.facebook.com/konexio.eu/ ¦ ''      ¦ gironde
            'https://www.facebook.com/pam.falep/\nhttps://falep.corsica/\n' ¦ https://www.facebook.com/pam.falep/|https://falep.corsica/ ¦ ''                                   ¦ corse
            'Facebook : Maison France Services_ALATA \nSite internet : https://alata.corsica/' ¦ https://alata.corsica/              ¦ site_web.invalide                       ¦ corse
            http://missions-locales-corse.org     Facebook : MissionLocaleBastia ¦ http://missions-locales-corse.org                   ¦ site_web.texte-supprime                 ¦ corse
            Facebook : Association ZEKI                                    ¦ NULL                                                      ¦ site_web.invalide                       ¦ gironde
            Webforza sur Facebook et web.forza sur Instagram               ¦ NULL                                                      ¦ site_web.invalide site_web.invalide     ¦ corse
            CCAS carbon blanc sur carbon-blanc.fr                          ¦ NULL                                                      ¦ site_web.invalide                       ¦ gironde
            merignac.com/actualites/le-bureau-information-jeunessemerignac- un-lieu-pour-tous-les-jeunes-de-11-30-ans ¦ NULL            ¦ site_web.invalide                       ¦ gironde (space inside)
            http://www.souzay-champigny.Mairie et services municipaux49.fr/ ¦ NULL                                                     ¦ site_web.invalide site_web.invalide     ¦ maine-et-loire
            assofamilialetalence@free.fr                                   ¦ NULL                                                      ¦ site_web.invalide                       ¦ gironde (an e-mail)
            '@'                                                            ¦ NULL                                                      ¦ site_web.invalide                       ¦ gironde
            58928                                                          ¦ NULL                                                      ¦ site_web.invalide                       ¦ angers
            www.aucun                                                      ¦ NULL                                                      ¦ site_web.invalide                       ¦ epernay
            http://www.bordeaux.fr/actualites/le-bureau-information- un-lieu-pour-tous ¦ NULL                                          ¦ site_web.espaces                        ¦ URL cut by a space (gironde form, with a scheme)
            https://www.fjtsaintpierre                                     ¦ NULL                                                      ¦ site_web.invalide                       ¦ cnfs-2022
            """)
    void normalizes(String raw, String expected, String rules, String source) {
        Cleaned<List<String>> c = Urls.normalize(raw.replace("\\n", "\n"));
        assertEquals(expected, c.value() == null ? null : String.join("|", c.value()), source);
        assertEquals(rules, c.findings().stream().map(Finding::rule).collect(Collectors.joining(" ")), source);
        if (c.value() != null) {
            for (String iri : c.value()) {
                assertTrue(IRIx.create(iri).isAbsolute(), iri);
                assertTrue(java.net.URI.create(iri).getHost() != null, iri);
            }
        }
    }

    @Test
    void fieldNameIsTheCallersOne() {
        Finding f = Urls.normalize("www.olmo.fr", "prise_rdv").findings().get(0);
        assertEquals("prise_rdv", f.field());
        assertEquals("Site web « www.olmo.fr » : « http:// » ajouté, « http://www.olmo.fr »", f.message());
    }

    @Test
    void blankIsEmptyWithoutFinding() {
        assertNull(Urls.normalize(" ").value());
        assertTrue(Urls.normalize(null).findings().isEmpty());
    }
}
