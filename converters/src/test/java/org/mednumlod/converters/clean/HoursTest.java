package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.SchemaRecord;

/** Real opening hours in the four shapes the sources use, and the OSM value they give. */
class HoursTest {

    /** France Services: one column per day, Monday to Saturday (source: liste-fs-20221201.csv). */
    @ParameterizedTest(name = "{0} … → {6}")
    @CsvSource(delimiter = '¦', nullValues = "NULL", textBlock = """
            # Mo                              ¦ Tu                              ¦ We                              ¦ Th                              ¦ Fr                              ¦ Sa            ¦ expected                                                  ¦ rules
            09:00 - 12:00 / 13:30 - 17:00     ¦ 09:00 - 12:00 / 13:30 - 17:00   ¦ 09:00 - 12:00 / 13:30 - 17:00   ¦ 09:00 - 12:00 / 13:30 - 17:00   ¦ 09:00 - 12:00 / 13:30 - 17:00   ¦ 09:00 - 12:00 ¦ Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00              ¦ horaires.jours-vers-osm
            09:00 - 12:00 / 14:00 - 17:00     ¦ 09:00 - 12:00 / 14:00 - 17:00   ¦ 09:00 - 12:00                   ¦ 09:00 - 12:00 / 14:00 - 17:00   ¦ 09:00 - 12:00                   ¦ ''            ¦ Mo,Tu,Th 09:00-12:00,14:00-17:00; We,Fr 09:00-12:00        ¦ horaires.jours-vers-osm
            00:00 - 00:00 / 13:30 - 17:00     ¦ 09:00 - 12:00 / 13:30 - 17:00   ¦ 09:00 - 12:00 / 13:30 - 17:00   ¦ 09:00 - 12:00 / 13:30 - 17:00   ¦ 09:00 - 12:00 / 13:30 - 17:00   ¦ 00:00 - 00:00 ¦ Mo 13:30-17:00; Tu-Fr 09:00-12:00,13:30-17:00              ¦ horaires.jours-vers-osm
            07:30-12:30/14:00-17:00           ¦ 07:30-12:30/14:00-17:00         ¦ 07:30-13:30                     ¦ 07:30-12:30/14:00-17:00         ¦ 08:30-12:00,13:30-17:00         ¦ '-'           ¦ Mo,Tu,Th 07:30-12:30,14:00-17:00; We 07:30-13:30; Fr 08:30-12:00,13:30-17:00 ¦ horaires.jours-vers-osm
            09:00-12:00-14:00-17:00           ¦ 09:00-12:00 14:00-16:30         ¦ 08:00-13:00/13 :30-17:00        ¦ 09:30-12:30/\\n\\n 13:30-18:00    ¦ 09:00-12h00                     ¦ ''            ¦ Mo 09:00-12:00,14:00-17:00; Tu 09:00-12:00,14:00-16:30; We 08:00-13:00,13:30-17:00; Th 09:30-12:30,13:30-18:00; Fr 09:00-12:00 ¦ horaires.jours-vers-osm
            08:30 - 17:30 / 08:30 - 17:30 / 08:30 - 12:30 / 08:30 - 12:30 ¦ 08:30 - 12:30 / 08:30 - 17:30 ¦ 08:30 - 12:30 ¦ 08:30 - 12:30 ¦ 08:30 - 12:30 ¦ ''       ¦ Mo,Tu 08:30-17:30; We-Fr 08:30-12:30                        ¦ horaires.jours-vers-osm horaires.plages-fusionnees
            9h-12h                            ¦ 8h30-12h                        ¦ 9h00 à 12h00 et 14h00 à 17h00   ¦ Fermé                           ¦ ''                              ¦ ''            ¦ Mo 09:00-12:00; Tu 08:30-12:00; We 09:00-12:00,14:00-17:00 ¦ horaires.jours-vers-osm
            ''                                ¦ ''                              ¦ '-'                             ¦ ''                              ¦ ''                              ¦ ''            ¦ NULL                                                      ¦ ''
            09:00 - 12:00                     ¦ Sur rendez-vous                 ¦ 09:00 - 12:00                   ¦ 09:00 - 12:00                   ¦ 09:00 - 12:00                   ¦ ''            ¦ Mo,We-Fr 09:00-12:00; Tu unknown "sur rendez-vous" ¦ horaires.jours-vers-osm
            14:00-17:00                       ¦ 09:00-13:00-/3:00-16:00         ¦ 09:00-12:00/14:00-17:00         ¦ 09:00-13:00/13:00-16:00         ¦ 14:00-17:00                     ¦ '-'           ¦ NULL                                                      ¦ horaires.non-convertible
            07:30-12:30/14:00-17:00           ¦ 07:30-12:30/14:00-17:00         ¦ 07:30-13:30                     ¦ 07:30-12:30/14:00-17:00         ¦ 07:30:12:30                     ¦ '-'           ¦ NULL                                                      ¦ horaires.non-convertible
            01:00 - 17:00                     ¦ 01:00 - 17:00                   ¦ 01:00 - 17:00                   ¦ 01:00 - 17:00                   ¦ ''                              ¦ ''            ¦ NULL                                                      ¦ horaires.non-convertible
            Matin                             ¦ Après-midi                      ¦ Matin / Après-midi              ¦ Journée                         ¦ Fermé                           ¦ Oui           ¦ Mo unknown "matin"; Tu unknown "après-midi"; We unknown "matin et après-midi"; Th unknown "journée"; Sa unknown "horaires non précisés" ¦ horaires.jours-vers-osm
            9h-12h (permanence CAF)           ¦ 9h-12h / 14h-17h (sauf vacances scolaires) ¦ 14h-17h (uniquement sur RDV) ¦ de 9h00 à 12h30       ¦ ''                              ¦ ''            ¦ Mo 09:00-12:00 "permanence CAF"; Tu 09:00-12:00,14:00-17:00 "sauf vacances scolaires"; We 14:00-17:00 "sur rendez-vous"; Th 09:00-12:30 ¦ horaires.jours-vers-osm
            9h-12h (17h le mercredi)          ¦ ''                              ¦ ''                              ¦ ''                              ¦ ''                              ¦ ''            ¦ NULL                                                      ¦ horaires.non-convertible
            9h-12h (sauf le mardi)            ¦ ''                              ¦ ''                              ¦ ''                              ¦ ''                              ¦ ''            ¦ NULL                                                      ¦ horaires.non-convertible
            09:00-12:00;14:00-17:00           ¦ 9h-12h. 14h-17h.                ¦ ''                              ¦ ''                              ¦ ''                              ¦ ''            ¦ Mo,Tu 09:00-12:00,14:00-17:00                             ¦ horaires.jours-vers-osm
            Fermé au public                   ¦ Journée continue                ¦ RDV                             ¦ Non                             ¦ 9h-17h sans interruption        ¦ /             ¦ Tu unknown "journée continue"; We unknown "sur rendez-vous"; Fr 09:00-17:00 ¦ horaires.jours-vers-osm
            """)
    void fromDays(String mo, String tu, String we, String th, String fr, String sa, String expected, String rules) {
        Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
        String[] cells = {mo, tu, we, th, fr, sa};
        for (int i = 0; i < cells.length; i++) {
            days.put(DayOfWeek.of(i + 1), cells[i].replace("\\n", "\n"));
        }
        check(Hours.fromDays(days), expected, rules);
    }

    /** mednum-bfc: 14 half-day columns, Monday morning to Sunday afternoon (source: bfc-ternum-dataset.csv). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', nullValues = "NULL", textBlock = """
            # 14 half-days, ' ; '-separated                                                                        ¦ expected                                        ¦ rules
            x ; x ; 9h12h ; 14h18h ; 9h12h ; 14h18h ; 9h12h ; 14h18h ; 9h12h ; 14h18h ; 9h12h ; x ; x ; x         ¦ Tu-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00  ¦ horaires.demi-journees-vers-osm
            8h30-12h ; 13h30-17h ; 8h30-12h ; 13h30-17h ; 8h30-12h ; 13h30-17h ; 8h30-12h ; 13h30-17h ; 8h30-12h ; 13h30-17h ; - ; - ; - ; - ¦ Mo-Fr 08:30-12:00,13:30-17:00 ¦ horaires.demi-journees-vers-osm
            9h-12h ; 12h-17h ; 9h-12h ; 12h-17h ;  ;  ; 09h-12h ; 14h-17h30 ;  ;  ;  ;  ;  ;                        ¦ Mo,Tu 09:00-17:00; Th 09:00-12:00,14:00-17:30  ¦ horaires.demi-journees-vers-osm
            8h30-12h30 ;  ; 8h30-12h30 ;  ; 8h30-12h30 ;  ; 8h30-12h30 ;  ; 8h30-12h30 ;  ;  ;  ;  ;              ¦ Mo-Fr 08:30-12:30                               ¦ horaires.demi-journees-vers-osm
             ;  ; 14h-12h ; 12h-20h ; 9h-12h ; 14h-18h ;  ;  ;  ;  ; 9h-12h ;  ;  ;                                ¦ NULL                                            ¦ horaires.non-convertible
            x ; x ; x ; x ; x ; x ; x ; x ; x ; x ; souscondition ; souscondition ; souscondition ; souscondition   ¦ NULL                                            ¦ horaires.non-convertible
            """)
    void fromHalfDays(String halves, String expected, String rules) {
        String[] h = (halves + " ").split(";", -1);
        Map<DayOfWeek, String[]> days = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < 7; i++) {
            days.put(DayOfWeek.of(i + 1), new String[] {h[2 * i].strip(), h[2 * i + 1].strip()});
        }
        check(Hours.fromHalfDays(days), expected, rules);
    }

    /** Free French text (sources: paca, corse, la-creuse, angers, mulhouse, epernay, haute-vienne, fibre-64). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', nullValues = "NULL", textBlock = """
            # text                                                                                  ¦ expected                                              ¦ rules
            Lundi au vendredi de 10h à 12h et de 14h à 17h                                          ¦ Mo-Fr 10:00-12:00,14:00-17:00                         ¦ horaires.texte-vers-osm
            9h-12h et 14h-17h du lundi au vendredi                                                  ¦ Mo-Fr 09:00-12:00,14:00-17:00                         ¦ horaires.texte-vers-osm
            Les mardi, mercredi et vendredi : 9h00-17h00                                            ¦ Tu,We,Fr 09:00-17:00                                  ¦ horaires.texte-vers-osm
            Mercredi de 14h à 15H30                                                                 ¦ We 14:00-15:30                                        ¦ horaires.texte-vers-osm
            du lundi au jeudi 9h-12h / 14h-17h, vendredi 9h-12h                                     ¦ Mo-Th 09:00-12:00,14:00-17:00; Fr 09:00-12:00         ¦ horaires.texte-vers-osm
            Lundi 9h-12h/14h-18h; mardi 9h-11h/14h-16h; mercredi 9h-11h30,jeudi 14h-16h; vendredi 9h30-11h30 ¦ Mo 09:00-12:00,14:00-18:00; Tu 09:00-11:00,14:00-16:00; We 09:00-11:30; Th 14:00-16:00; Fr 09:30-11:30 ¦ horaires.texte-vers-osm
            Lundi Mardi Vendredi 09:00 - 12:30 / 13:30 - 17:00 | Mercredi Jeudi 10:30 - 12:30 / 13:30 - 18:30 ¦ Mo,Tu,Fr 09:00-12:30,13:30-17:00; We,Th 10:30-12:30,13:30-18:30 ¦ horaires.texte-vers-osm
            Du lundi au vendredi de 8h30 à 12h et Lundi et le mercredi, jeudi, vendredi de 13h30 à 16h ¦ Mo,We-Fr 08:30-12:00,13:30-16:00; Tu 08:30-12:00     ¦ horaires.texte-vers-osm
            le lundi et le mardi de 17H30 à 19H30, le mercredi de 10h à 12H et le jeudi de 17H à 19H ¦ Mo,Tu 17:30-19:30; We 10:00-12:00; Th 17:00-19:00   ¦ horaires.texte-vers-osm
            Lundi, Mercredi, Jeudi et Vendredi de 9 à 12h et de 14 à 18h30 Mardi de 14 à 18h30     ¦ Mo,We-Fr 09:00-12:00,14:00-18:30; Tu 14:00-18:30     ¦ horaires.texte-vers-osm
            Lundi au samedi de 8 à 20h                                                              ¦ Mo-Sa 08:00-20:00                                     ¦ horaires.texte-vers-osm
            Lundi à vendredi 9h12h-14h-17h                                                          ¦ Mo-Fr 09:00-12:00,14:00-17:00                         ¦ horaires.texte-vers-osm
            Tous les jours de 8h à 20h                                                              ¦ Mo-Su 08:00-20:00                                     ¦ horaires.texte-vers-osm
            Du lundi au vendredi de 9h à 12h et de 14h à 17h, sauf jours fériés                    ¦ Mo-Fr 09:00-12:00,14:00-17:00; PH off                 ¦ horaires.texte-vers-osm
            Fermé les jours fériés. Lundi au samedi 9h-18h sans interruption                        ¦ Mo-Sa 09:00-18:00; PH off                             ¦ horaires.texte-vers-osm
            Lundi 9h-12h sauf jours fériés, mardi 14h-17h                                           ¦ NULL                                                  ¦ horaires.texte-ambigu
            9h à 12h, 14h à 17h hors vacances scolaires                                             ¦ 09:00-12:00,14:00-17:00 unknown "jours non précisés"; SH off ¦ horaires.texte-vers-osm
            Lundi, mardi, vendredi de 9h à 12h, Mercredi de 15h15 à 18h15, Fermé pendant vacances scolaires ¦ Mo,Tu,Fr 09:00-12:00; We 15:15-18:15; SH off    ¦ horaires.texte-vers-osm
            Le samedi de 9h à midi                                                                  ¦ Sa 09:00-12:00                                        ¦ horaires.texte-vers-osm
            Le samedi après-midi                                                                    ¦ Sa unknown "après-midi" ¦ horaires.texte-vers-osm
            Les mardis d'octobre à mars de 9h00 à 17h00                                             ¦ NULL                                                  ¦ horaires.texte-ambigu
            Lundi de 9h à 12h mars                                                                  ¦ NULL                                                  ¦ horaires.texte-ambigu
            Tous les mardis de 9h00 à 12h00                                                         ¦ Tu 09:00-12:00                                        ¦ horaires.texte-vers-osm
            jeudi de 14h à 15h30, et 15h30 à 17h                                                    ¦ Th 14:00-17:00                                        ¦ horaires.texte-vers-osm
            Lundi - Mardi 9:00- 16:00\\nJeudi 9:00-16:00                                            ¦ Mo,Tu,Th 09:00-16:00                                  ¦ horaires.texte-vers-osm
            Du Lundi au Jeudi\\n9 h 30 – 12 h / 15 h 30 – 18 h\\nLe Vendredi\\n9 h 30 – 12 h / 15 h 30 – 17 h ¦ Mo-Th 09:30-12:00,15:30-18:00; Fr 09:30-12:00,15:30-17:00 ¦ horaires.texte-vers-osm
            Lundi\\t09h30 - 11h30 / 13h30 - 16h00\\nMercredi\\tFermé\\nJeudi\\t09h30 - 11h30         ¦ Mo 09:30-11:30,13:30-16:00; Th 09:30-11:30            ¦ horaires.texte-vers-osm
            Lun/mar/sam: 14h30/17h30 mer/ven: 9h30/12h30                                            ¦ Mo,Tu,Sa 14:30-17:30; We,Fr 09:30-12:30               ¦ horaires.texte-vers-osm
            LUNDI AU JEUDI 9h00 a 12h00 et de 13h30 a 17h00\\nVENDREDI 9h00 a 12h00 et de 13h30 a 17h30 ¦ Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-17:30 ¦ horaires.texte-vers-osm
            Sur rendez-vous du lundi au vendredi 9h-12h/14h-21h                                     ¦ Mo-Fr 09:00-12:00,14:00-21:00 "sur rendez-vous" ¦ horaires.texte-vers-osm
            Tous les jours sur rendez-vous                                                          ¦ Mo-Su unknown "sur rendez-vous" ¦ horaires.texte-vers-osm
            Se rapprocher de l'organisme                                                            ¦ NULL                                                  ¦ horaires.texte-ambigu
            Lundi au vendredi : 9h à 12h30 et 13h30 à 17h30 (17h pendant les vacances scolaires)    ¦ NULL                                                  ¦ horaires.texte-ambigu
            Un mercredi sur deux de 9h00 à 12h00                                                    ¦ NULL                                                  ¦ horaires.texte-ambigu
            Le premier mercredi du mois de 14h00 à 17h00                                            ¦ We[1] 14:00-17:00 ¦ horaires.texte-vers-osm
            samedi APRÈS-MIDI Tous Les 15 jours de 14H à 16h                                        ¦ NULL                                                  ¦ horaires.texte-ambigu
            2 vendredi par mois 9h-13h                                                              ¦ NULL                                                  ¦ horaires.texte-ambigu
            du mardi au samedi                                                                      ¦ Tu-Sa unknown "horaires non précisés" ¦ horaires.texte-vers-osm
            Ouverture au public (hors coworking) 9h-12h/14h-18h                                     ¦ NULL                                                  ¦ horaires.texte-ambigu
            9h-12h / 14h-18h                                                                        ¦ 09:00-12:00,14:00-18:00 unknown "jours non précisés" ¦ horaires.texte-vers-osm
            Lundi 16h30-18h30/ Du mardi au samedi de 9h30-12h30, 14h-18h30. Fermé jeudi et samedi   ¦ NULL                                                  ¦ horaires.texte-ambigu
            lundi/mardi/jeudi/vendredi 9h-12h et 14h-20h  // Mercredi de 9h à 20h  // vendredi 9h-12h et 14h-18h ¦ NULL                                     ¦ horaires.texte-ambigu
            Les deuxième et quatrième jeudis du mois de 13h030 à 15h00                              ¦ NULL                                                  ¦ horaires.texte-ambigu
            Mardi, mercredi, verdredi, samedi, dimanche 9h-22h; jeudi 9h-11h30                      ¦ NULL                                                  ¦ horaires.texte-ambigu
            Mar : 9-11h et 14h30-16h30 et Mer et Jeu : 3-11 h                                       ¦ NULL                                                  ¦ horaires.texte-ambigu
            """)
    void fromFrenchText(String text, String expected, String rules) {
        check(Hours.fromFrenchText(text.replace("\\n", "\n").replace("\\t", "\t")), expected, rules);
    }

    /** Existing OSM values (sources: hub-du-sud, cnfs-2022, le-havre, data-inclusion, bus France Services). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', nullValues = "NULL", textBlock = """
            # raw                                                                         ¦ expected                                                            ¦ rules
            Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00                                  ¦ Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00                        ¦ ''
            week 1-53/2 Tu 09:00-12:30,13:30-15:30; PH off                                 ¦ week 1-53/2 Tu 09:00-12:30,13:30-15:30; PH off                       ¦ ''
            24/7                                                                           ¦ 24/7                                                                 ¦ ''
            Mo-Fr 08:00-12:00; We off                                                      ¦ Mo-Fr 08:00-12:00; We off                                            ¦ ''
            Mo-Fr 9h-12h30,13h30-17h                                                       ¦ Mo-Fr 09:00-12:30,13:30-17:00                                        ¦ horaires.osm-corrige
            Mo 10:00-12:30, 13:30-16:45; Tu-Fr 09:00-12:30, 13:30-16:45                    ¦ Mo 10:00-12:30,13:30-16:45; Tu-Fr 09:00-12:30,13:30-16:45            ¦ horaires.osm-corrige
            Mo, We, Th 9:00-12:00 ; Tu,Th, Fr 14:00-17:30                                  ¦ Mo,We,Th 09:00-12:00; Tu,Th,Fr 14:00-17:30                           ¦ horaires.osm-corrige
            Mo-Sun 00:00-00:00                                                             ¦ Mo-Su 00:00-00:00                                                    ¦ horaires.osm-corrige
            Mo-Fr 14:00-19:00 ;Sa 14 :00-18h00                                             ¦ Mo-Fr 14:00-19:00; Sa 14:00-18:00                                    ¦ horaires.osm-normalise
            Du lundi au vendredi : 9h00-13h00 et 14h00-18h00                               ¦ Mo-Fr 09:00-13:00,14:00-18:00                                        ¦ horaires.texte-vers-osm
            Mo-Fr 09:00-12:00; 14:00-17:00                                                 ¦ NULL                                                                 ¦ horaires.osm-ambigu
            Tu-Fr 09:00-12:00,14:00-17:00; Mo 14-17;9-12,14-17                             ¦ NULL                                                                 ¦ horaires.osm-ambigu
            Mo 09:00-12:00-14:00; Fr 09:00-12:00,14:00-17:00                               ¦ NULL                                                                 ¦ horaires.osm-invalide
            Mo-Th 07:00-12:00,13:00-16:00; Fr 17:00-12:00                                  ¦ NULL                                                                 ¦ horaires.osm-invalide
            8h30 - 12h00 / 13h30 - 17h00                                                   ¦ 08:30-12:00,13:30-17:00 unknown "jours non précisés" ¦ horaires.texte-vers-osm
            """)
    void fromOsm(String raw, String expected, String rules) {
        Cleaned<String> c = Hours.fromOsm(raw);
        check(c, expected, rules);
    }

    /** bus-france-services-charente: {@code semaine_ouverture} limits every rule to odd or even weeks. */
    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '¦', nullValues = "NULL", textBlock = """
            Mo-Fr 09:00-12:00; Sa 09:00-12:00 ¦ Semaine impaire ¦ week 1-53/2 Mo-Fr 09:00-12:00; week 1-53/2 Sa 09:00-12:00
            Sur rendez-vous                   ¦ Semaine paire   ¦ week 2-52/2 unknown "sur rendez-vous"
            week 1-53/2 Tu 09:00-12:00        ¦ Semaine paire   ¦ week 1-53/2 Tu 09:00-12:00
            """)
    void weekParity(String raw, String parity, String expected) {
        SchemaRecord.Hours h = new SchemaRecord.Hours();
        if (raw.startsWith("Mo") || raw.startsWith("week")) {
            h.osm = raw;
        } else {
            h.weekText = raw;
        }
        h.weekParity = parity;
        Cleaned<String> c = Hours.of(h);
        assertEquals(expected, c.value());
        assertTrue(Hours.strict(c.value()), c.value());
    }

    @Test
    void emptyInputsGiveNothing() {
        assertNull(Hours.fromFrenchText(" ").value());
        assertTrue(Hours.fromOsm(null).findings().isEmpty());
        assertNull(Hours.fromDays(Map.of()).value());
        assertNull(Hours.fromHalfDays(null).value());
    }

    @Test
    void everyReturnedValueIsStrictOsm() {
        assertTrue(
                Hours.strict(Hours.fromFrenchText("Tous les jours de 8h à 20h").value()));
        assertTrue(!Hours.strict("Mo-Sun 00:00-00:00"));
    }

    private static void check(Cleaned<String> c, String expected, String rules) {
        assertEquals(expected, c.value());
        assertEquals(rules, c.findings().stream().map(Finding::rule).collect(Collectors.joining(" ")));
        if (c.value() != null) {
            assertTrue(Hours.strict(c.value()), c.value());
        }
    }
}
