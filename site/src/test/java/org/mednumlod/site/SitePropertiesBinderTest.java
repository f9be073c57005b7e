package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The configuration the command line binds ({@link SitePropertiesBinder}) from {@code application.properties} and the
 * environment, as the server does: the variables users set (README, docs), the defaults without them.
 */
class SitePropertiesBinderTest {
    private static final Map<String, Function<SiteProperties, Object>> SETTINGS = Map.ofEntries(
            Map.entry("dataDir", p -> p.dataDir().toString()),
            Map.entry("sources", p -> p.sources().toString()),
            Map.entry("baseUri", SiteProperties::baseUri),
            Map.entry("remote", p -> String.valueOf(p.remoteStore())),
            Map.entry("tiles", p -> p.map().tileUrl() + " " + p.map().origin()),
            Map.entry("attribution", p -> p.map().attribution()),
            Map.entry(
                    "limit",
                    p -> p.signalement().limit() + " " + p.signalement().window()),
            Map.entry("maxBytes", p -> p.signalement().maxBytes()),
            Map.entry(
                    "retention",
                    p -> p.signalement().retention() + " " + p.signalement().retentionCheck()),
            Map.entry("proxies", p -> p.signalement().proxies()),
            Map.entry("admin", p -> p.admin().user() + ":" + p.admin().password()),
            Map.entry("sitemap", p -> p.sitemap().maxUrls()),
            Map.entry("cache", p -> p.cache().maxMb()));

    /** environment (NAME=value; …) | setting | what it binds to. */
    @ParameterizedTest(name = "[{0}] {1} = {2}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            ''                                              | dataDir     | var
            MEDNUM_DATA_DIR=/srv/versions                   | dataDir     | /srv/versions
            ''                                              | sources     | data/sources.json
            MEDNUM_SOURCES=/srv/sources.json                | sources     | /srv/sources.json
            ''                                              | baseUri     | http://localhost:8080
            SERVER_PORT=9090                                | baseUri     | http://localhost:9090
            MEDNUM_BASE_URI=https://data.example.org/       | baseUri     | https://data.example.org
            ''                                              | remote      | null
            MEDNUM_REMOTE_QUERY_URLS=http://a/q,http://b/q;MEDNUM_REMOTE_GRAPH_STORE_URLS=http://a/d,http://b/d | remote | Remote[http://a/q, http://b/q][http://a/d, http://b/d]
            ''                                              | tiles       | ' '
            MEDNUM_MAP_TILE_URL=https://t.example/{z}/{x}/{y}.png | tiles | https://t.example/{z}/{x}/{y}.png https://t.example
            MEDNUM_MAP_ATTRIBUTION=© OSM                    | attribution | © OSM
            ''                                              | limit       | 5 PT10M
            MEDNUM_SIGNALEMENT_LIMITE=9;MEDNUM_SIGNALEMENT_FENETRE=PT1H | limit | 9 PT1H
            ''                                              | maxBytes    | 16384
            MEDNUM_SIGNALEMENT_MAX_OCTETS=1000              | maxBytes    | 1000
            ''                                              | retention   | P12M PT24H
            MEDNUM_SIGNALEMENT_CONSERVATION=P0D;MEDNUM_SIGNALEMENT_CONSERVATION_CONTROLE=PT1H | retention | P0D PT1H
            ''                                              | proxies     | '127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1'
            MEDNUM_SIGNALEMENT_PROXIES=10\\.0\\.0\\.1       | proxies     | 10\\.0\\.0\\.1
            ''                                              | admin       | :
            MEDNUM_ADMIN_USER=a;MEDNUM_ADMIN_PASSWORD=b     | admin       | a:b
            ''                                              | sitemap     | 50000
            MEDNUM_SITEMAP_MAXURLS=100                      | sitemap     | 100
            ''                                              | cache       | 64
            MEDNUM_CACHE_MAXMB=0                            | cache       | 0
            """)
    void bindsTheServersSettings(String env, String setting, String expected) {
        Map<String, String> variables = env.isEmpty()
                ? Map.of()
                : Arrays.stream(env.split(";"))
                        .map(v -> v.split("=", 2))
                        .collect(Collectors.toMap(v -> v[0], v -> v[1]));
        assertEquals(expected, String.valueOf(SETTINGS.get(setting).apply(SitePropertiesBinder.bind(variables))));
    }
}
