package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.SchemaCsvRoundTrip;
import org.mednumlod.converters.Source;

/**
 * A hostile fixture — a personal e-mail, mobile or name in every contact field, and in the free text around it —
 * goes through the conversion: no value reaches the N-Quads (provenance of corrections included), the CSV export
 * or the report; role addresses, landlines and a structure's mobile stay; the opt-in publishes them.
 */
class PersonalDataFilterTest {
    /** Parts of every personal value of the fixture, compared without case, accents or separators. */
    static final List<String> NEEDLES = List.of("fontanel", "valmorin", "651234567", "781158364");

    private static final Path FIXTURE = Path.of("src/test/resources/donnees-personnelles/hostile.json");

    /** Each needle found in {@code text}, compared folded and (for numbers) on digits only. */
    static List<String> leaks(String text) {
        String folded = PersonalContacts.fold(text);
        String digits = text.replaceAll("[^0-9]", "");
        List<String> found = new ArrayList<>();
        for (String n : NEEDLES) {
            if (n.chars().allMatch(Character::isDigit) ? digits.contains(n) : folded.contains(n)) {
                found.add(n);
            }
        }
        return found;
    }

    /** The lines of {@code text} that hold a personal value of the fixture. */
    static List<String> leakingLines(String text) {
        return text.lines().filter(l -> !leaks(l).isEmpty()).toList();
    }

    @Test
    void nothingPersonalReachesAnOutput() throws Exception {
        List<Finding> findings = new ArrayList<>();
        SchemaCsvRoundTrip.Converted c = convert(false, findings);
        assertEquals(3, c.summary().converted(), "every record published, without its personal values");
        StringWriter nq = new StringWriter();
        RDFDataMgr.write(nq, c.data(), Lang.NQUADS);
        assertEquals(List.of(), leakingLines(nq.toString()), "N-Quads");
        assertEquals(List.of(), leakingLines(SchemaCsvRoundTrip.export(c)), "CSV export");
        for (Finding f : findings) {
            assertEquals(List.of(), leaks(f.field() + " " + f.value() + " " + f.message()), "report: " + f);
        }
        Map<String, Integer> rules = new TreeMap<>();
        findings.stream()
                .filter(f -> f.rule().startsWith("donnees-personnelles."))
                .forEach(f -> rules.merge(f.rule(), 1, Integer::sum));
        assertEquals(
                Map.of(
                        PersonalDataFilter.EMAIL_RULE,
                        9,
                        PersonalDataFilter.MOBILE_RULE,
                        5,
                        PersonalDataFilter.NAME_RULE,
                        5),
                rules,
                "withheld values listed in the producer's report");
        String out = nq.toString();
        for (String kept : List.of(
                "contact@lices-exemple.fr",
                "epn.ville@angers-exemple.fr",
                "accueil@angers-exemple.fr",
                "france.services@angers-exemple.fr",
                "contact@angers-exemple.fr",
                "+33670000001",
                "02 41 05 40 00",
                "https://www.lices-exemple.fr/",
                PersonalDataFilter.EMAIL_MASK,
                PersonalDataFilter.MOBILE_MASK)) {
            assertTrue(out.contains(kept), "kept: " + kept);
        }
    }

    @Test
    void producerMayPublishWithConsent() throws Exception {
        SchemaCsvRoundTrip.Converted c = convert(true, new ArrayList<>());
        StringWriter nq = new StringWriter();
        RDFDataMgr.write(nq, c.data(), Lang.NQUADS);
        assertEquals(NEEDLES, leaks(nq.toString()), "contacts_personnels: publies");
        assertFalse(nq.toString().contains("donnees-personnelles."), "nothing withheld");
    }

    private static SchemaCsvRoundTrip.Converted convert(boolean published, List<Finding> findings) throws Exception {
        Source source = Source.builder("hostile", FIXTURE.toAbsolutePath())
                .version("1.0.1")
                .personalContactsPublished(published)
                .build();
        return SchemaCsvRoundTrip.convert(source, o -> findings.addAll(o.findings()));
    }

    @Test
    void foldIgnoresCaseAndAccents() {
        assertEquals("helene", PersonalContacts.fold("HÉLÈNE").toLowerCase(Locale.ROOT));
    }
}
