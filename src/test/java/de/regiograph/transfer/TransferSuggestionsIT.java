package de.regiograph.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Transfer suggestions for the Vogelsbergkreis (06535) on the demo data, checked against the graph. */
class TransferSuggestionsIT extends IntegrationTest {

    static final String SUGGESTIONS = """
            { transferSuggestions(ags: "06535", first: 100) {
                rank score spatialLevelFits spatialLevelNote penalty
                practice { id possibleCarrierKinds possiblePartnerKinds }
                components { aspect value weight contribution reason }
                comesFrom { district { ags } comparison { score } }
                carriers { kind actorCount missing note candidates { actor { id kind district { ags } } reason } }
                partners { kind actorCount missing note candidates { actor { id } } }
                missingKinds
                anchorNetworks { network { id } reason }
            } }""";

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> suggestions(String document) {
        return (List<Map<String, Object>>) (List<?>) graphQl.document(document)
                .execute()
                .path("transferSuggestions")
                .entityList(Map.class)
                .get();
    }

    @Test
    void suggestsOnlyPracticesImplementedElsewhereAndNotHere() {
        var here = database.query("MATCH (p:GoodPractice)-[:IMPLEMENTED_IN]->(:District {ags: '06535'}) RETURN p.id")
                .fetchAs(String.class)
                .all();
        var elsewhere = database.query("""
                        MATCH (p:GoodPractice)-[:IMPLEMENTED_IN]->(d:District) WHERE d.ags <> '06535'
                        AND NOT (p)-[:IMPLEMENTED_IN]->(:District {ags: '06535'})
                        RETURN DISTINCT p.id""").fetchAs(String.class).all();
        var ids = suggestions(SUGGESTIONS).stream()
                .map(s -> (String) ((Map<?, ?>) s.get("practice")).get("id"))
                .toList();
        assertThat(here).isNotEmpty();
        assertThat(ids).doesNotContainAnyElementsOf(here).containsExactlyInAnyOrderElementsOf(elsewhere);
    }

    @Test
    void everySuggestionNamesItsCarrierCandidatesOrTheMissingKinds() {
        var list = suggestions(SUGGESTIONS);
        assertThat(list).isNotEmpty();
        for (var s : list) {
            var practice = (Map<?, ?>) s.get("practice");
            var carriers = (List<Map<String, Object>>) s.get("carriers");
            assertThat(carriers).extracting(c -> c.get("kind")).containsExactlyElementsOf((List<?>)
                    practice.get("possibleCarrierKinds"));
            for (var check : carriers) {
                var kind = (String) check.get("kind");
                long actors = count("MATCH (a:Actor {kind: '" + kind
                        + "'})-[:LOCATED_IN]->(:District {ags: '06535'}) RETURN count(a)");
                assertThat(((Number) check.get("actorCount")).longValue())
                        .as(kind)
                        .isEqualTo(actors);
                var candidates = (List<Map<String, Object>>) check.get("candidates");
                if (actors == 0) {
                    assertThat(check.get("missing")).isEqualTo(true);
                    assertThat((List<Object>) s.get("missingKinds")).contains(kind);
                    assertThat((String) check.get("note")).startsWith("no ");
                    assertThat(candidates).isEmpty();
                } else {
                    assertThat(candidates)
                            .isNotEmpty()
                            .hasSizeLessThanOrEqualTo(5)
                            .allSatisfy(c -> {
                                var actor = (Map<?, ?>) c.get("actor");
                                assertThat(actor.get("kind")).isEqualTo(kind);
                                assertThat(((Map<?, ?>) actor.get("district")).get("ags"))
                                        .isEqualTo("06535");
                                assertThat((String) c.get("reason")).isNotBlank();
                            });
                }
            }
            var partners = (List<Map<String, Object>>) s.get("partners");
            assertThat(partners).extracting(c -> c.get("kind")).containsExactlyElementsOf((List<?>)
                    practice.get("possiblePartnerKinds"));
        }
    }

    @Test
    void candidatesInAnchorNetworksComeFirst() {
        for (var s : suggestions(SUGGESTIONS)) {
            var anchors = ((List<Map<String, Object>>) s.get("anchorNetworks"))
                    .stream()
                            .map(a -> (String) ((Map<?, ?>) a.get("network")).get("id"))
                            .toList();
            for (var anchor : anchors) {
                assertThat(count("MATCH (:Network {id: '" + anchor
                                + "'})-[:ACTIVE_IN]->(:District {ags: '06535'}) RETURN count(*)"))
                        .isEqualTo(1);
            }
            for (var check : (List<Map<String, Object>>) s.get("carriers")) {
                var reasons = ((List<Map<String, Object>>) check.get("candidates"))
                        .stream().map(c -> (String) c.get("reason")).toList();
                int firstOutside = reasons.size();
                for (int i = 0; i < reasons.size(); i++) {
                    if (!reasons.get(i).startsWith("member of the anchor network")) {
                        firstOutside = Math.min(firstOutside, i);
                    } else {
                        assertThat(i).as("anchor members come first").isLessThanOrEqualTo(firstOutside);
                    }
                }
            }
        }
    }

    @Test
    void rankedByScoreWithTheComponentsAddingUp() {
        var list = suggestions(SUGGESTIONS);
        for (int i = 0; i < list.size(); i++) {
            var s = list.get(i);
            assertThat(s.get("rank")).isEqualTo(i + 1);
            double contributions = ((List<Map<String, Object>>) s.get("components"))
                    .stream()
                            .mapToDouble(c -> ((Number) c.get("contribution")).doubleValue())
                            .sum();
            double penalty = ((Number) s.get("penalty")).doubleValue();
            assertThat(((Number) s.get("score")).doubleValue())
                    .isCloseTo(contributions * (1 - penalty), org.assertj.core.api.Assertions.within(1e-9));
            if (i > 0 && s.get("spatialLevelFits").equals(list.get(i - 1).get("spatialLevelFits"))) {
                assertThat(((Number) s.get("score")).doubleValue())
                        .isLessThanOrEqualTo(((Number) list.get(i - 1).get("score")).doubleValue());
            }
            if (i > 0) {
                assertThat(!(Boolean) s.get("spatialLevelFits")
                                || (Boolean) list.get(i - 1).get("spatialLevelFits"))
                        .as("practices that fit come first")
                        .isTrue();
            }
        }
        assertThat(suggestions(SUGGESTIONS)).isEqualTo(list);
    }

    @Test
    void supraRegionalPracticesAreFlagged() {
        var supra = database.query("""
                        MATCH (p:GoodPractice {spatialLevel: 'SUPRA_REGIONAL'})-[:IMPLEMENTED_IN]->(d:District) WHERE d.ags <> '06535'
                        AND NOT (p)-[:IMPLEMENTED_IN]->(:District {ags: '06535'}) RETURN DISTINCT p.id""").fetchAs(String.class).all();
        for (var s : suggestions(SUGGESTIONS)) {
            var id = ((Map<?, ?>) s.get("practice")).get("id");
            assertThat(s.get("spatialLevelFits")).as((String) id).isEqualTo(!supra.contains(id));
            assertThat(s.get("spatialLevelNote") != null).isEqualTo(supra.contains(id));
        }
    }

    @Test
    void needsNameTheShortageOccupationMatched() {
        var shortages = database.query("""
                        MATCH (:District {ags: '06535'})-[r:HAS_SHORTAGE]->(o) WHERE r.severity >= 1.5
                        WITH max(r.year) AS latest
                        MATCH (:District {ags: '06535'})-[r:HAS_SHORTAGE {year: latest}]->(o) WHERE r.severity >= 1.5
                        RETURN o.code""").fetchAs(String.class).all();
        var list = suggestions("""
                { transferSuggestions(ags: "06535", first: 100) { components { aspect value reason } practice { occupations { code } } } }""");
        for (var s : list) {
            var needs = ((List<Map<String, Object>>) s.get("components"))
                    .stream()
                            .filter(c -> c.get("aspect").equals("NEEDS"))
                            .findFirst()
                            .orElseThrow();
            var codes = ((List<Map<String, Object>>) ((Map<?, ?>) s.get("practice")).get("occupations"))
                    .stream().map(o -> (String) o.get("code")).toList();
            boolean covers =
                    codes.stream().anyMatch(c -> shortages.stream().anyMatch(x -> x.startsWith(c) || c.startsWith(x)));
            if (covers) {
                assertThat(((Number) needs.get("value")).doubleValue()).isEqualTo(1.0);
                assertThat((String) needs.get("reason")).contains("covering the shortage occupation");
            } else if (codes.isEmpty()) {
                assertThat(((Number) needs.get("value")).doubleValue()).isEqualTo(0.25);
            } else {
                assertThat(((Number) needs.get("value")).doubleValue()).isLessThan(1.0);
            }
        }
    }

    @Test
    void filtersByOccupationAndTargetGroup() {
        var nursing = suggestions("""
                { transferSuggestions(ags: "06535", occupation: "81", first: 100) { practice { occupations { code } } } }""");
        assertThat(nursing)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(
                                ((List<Map<String, Object>>) ((Map<?, ?>) s.get("practice")).get("occupations")))
                        .anySatisfy(o -> assertThat((String) o.get("code")).startsWith("81")));
        var incomings = suggestions("""
                { transferSuggestions(ags: "06535", targetGroup: "Incomings", first: 100) { practice { targetGroups { name } } } }""");
        assertThat(incomings)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(
                                ((List<Map<String, Object>>) ((Map<?, ?>) s.get("practice")).get("targetGroups")))
                        .anySatisfy(t -> assertThat(t.get("name")).isEqualTo("Incomings")));
    }

    @Test
    void badArgumentsAreRefusedByName() {
        expectError("{ transferSuggestions(ags: \"99998\") { rank } }", "NOT_FOUND", "ags");
        expectError(
                "{ transferSuggestions(ags: \"06535\", occupation: \"99999\") { rank } }", "NOT_FOUND", "occupation");
        expectError(
                "{ transferSuggestions(ags: \"06535\", occupation: \"8x\") { rank } }", "BAD_REQUEST", "occupation");
        expectError(
                "{ transferSuggestions(ags: \"06535\", targetGroup: \"Niemand\") { rank } }",
                "NOT_FOUND",
                "targetGroup");
        expectError("{ transferSuggestions(ags: \"06535\", first: 101) { rank } }", "BAD_REQUEST", "first");
    }
}
