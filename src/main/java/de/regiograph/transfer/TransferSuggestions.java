package de.regiograph.transfer;

import de.regiograph.actor.Actor;
import de.regiograph.actor.ActorKind;
import de.regiograph.district.District;
import de.regiograph.network.Network;
import de.regiograph.practice.GoodPractice;
import de.regiograph.system.QueryLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Good practices from elsewhere ranked for a district, with a transferability check (see the query file). */
@Repository
class TransferSuggestions {

    /** Where it ran and what this district needs count equally; evidence less, as it is often thin. */
    static final Map<String, Object> WEIGHTS = Map.of("comparability", 0.4, "needs", 0.4, "evidence", 0.2);

    /** How many of the most comparable districts count as "comparable" in the evidence. */
    static final int COMPARABLE = 20;

    /** Actors listed per kind in the transferability check. */
    static final int CANDIDATES = 5;

    private static final String QUERY = QueryLibrary.read("transfer-suggestions");

    private final Neo4jClient client;
    private final Comparables comparables;

    TransferSuggestions(Neo4jClient client, Comparables comparables) {
        this.client = client;
        this.comparables = comparables;
    }

    record Request(String ags, int first, String occupation, String targetGroup, String strategy, String actionField) {}

    List<TransferSuggestion> suggest(Request request) {
        var ranking = comparables.ranking(request.ags());
        var similarity = new HashMap<String, Object>();
        ranking.forEach((ags, ranked) -> similarity.put(ags, ranked.score()));
        var mostComparable = ranking.entrySet().stream()
                .filter(e -> e.getValue().rank() <= COMPARABLE)
                .map(Map.Entry::getKey)
                .toList();
        var parameters = new HashMap<String, Object>();
        parameters.put("ags", request.ags());
        parameters.put("first", request.first());
        parameters.put("occupation", request.occupation());
        parameters.put("targetGroup", request.targetGroup());
        parameters.put("strategy", request.strategy());
        parameters.put("actionField", request.actionField());
        parameters.put("similarity", similarity);
        parameters.put("comparable", mostComparable);
        parameters.put("weights", WEIGHTS);
        parameters.put("candidates", CANDIDATES);
        var rows = client.query(QUERY)
                .bindAll(parameters)
                .fetchAs(Record.class)
                .mappedBy((types, record) -> record)
                .all();
        var origins = rows.stream()
                .flatMap(row -> row.get("origins").asList(o -> o.get("ags").asString()).stream())
                .toList();
        var comparison = comparables.explain(request.ags(), origins, ranking);
        var suggestions = new ArrayList<TransferSuggestion>();
        for (var row : rows) {
            suggestions.add(suggestion(row, suggestions.size() + 1, request, comparison));
        }
        return suggestions;
    }

    private static TransferSuggestion suggestion(
            Record row, int rank, Request request, Map<String, ComparableDistrict> comparison) {
        var practice = GoodPractice.of(row.get("practice"));
        var origins = row.get("origins")
                .asList(o -> new PracticeOrigin(
                        District.of(o.get("district")),
                        o.get("since").isNull() ? null : o.get("since").asLocalDate(),
                        comparison.get(o.get("ags").asString())));
        var weightKnown = row.get("weightKnown").asDouble();
        var components = List.of(
                component(ScoreAspect.COMPARABILITY, row, "comparability", weightKnown, comparability(origins)),
                component(ScoreAspect.NEEDS, row, "needs", weightKnown, needs(row, request)),
                component(ScoreAspect.EVIDENCE, row, "evidence", weightKnown, evidence(row, practice)));
        var penalty = row.get("penalty").asDouble();
        var similar = row.get("similarLocal");
        var penaltyReason = penalty == 0
                ? null
                : "a very similar practice is already implemented here: "
                        + similar.get("practice").get("title").asString()
                        + " (" + similar.get("practice").get("id").asString() + "; "
                        + Math.round(100 * similar.get("jaccard").asDouble()) + " % of the classification shared)";
        var fits = row.get("spatialLevelFits").asBoolean();
        var checks = row.get("checks").asList(TransferSuggestions::check);
        var carriers = checks.stream()
                .filter(c -> c.role().equals("CARRIER"))
                .map(RoleCheck::check)
                .toList();
        var partners = checks.stream()
                .filter(c -> c.role().equals("PARTNER"))
                .map(RoleCheck::check)
                .toList();
        var missing = checks.stream()
                .map(RoleCheck::check)
                .filter(KindCheck::missing)
                .map(KindCheck::kind)
                .distinct()
                .toList();
        var anchors = row.get("anchors").asList(TransferSuggestions::anchor);
        return new TransferSuggestion(
                rank,
                practice,
                row.get("score").asDouble(),
                components,
                penalty,
                penaltyReason,
                fits,
                fits
                        ? null
                        : "supra-regional practice: it needs a carrier above the district (state or federal level); "
                                + "the district can join it but not carry it alone",
                origins,
                carriers,
                partners,
                missing,
                anchors);
    }

    private static ScoreComponent component(
            ScoreAspect aspect, Record row, String column, double weightKnown, String reason) {
        var value = row.get(column).isNull() ? null : row.get(column).asDouble();
        var weight = ((Number) WEIGHTS.get(column)).doubleValue();
        var contribution = value == null || weightKnown == 0 ? 0.0 : weight * value / weightKnown;
        return new ScoreComponent(aspect, value, weight, contribution, reason);
    }

    private static String comparability(List<PracticeOrigin> origins) {
        return "implemented in "
                + origins.stream()
                        .sorted((a, b) -> Double.compare(score(b), score(a)))
                        .map(o -> o.district().name() + " (" + o.district().ags() + ", "
                                + (o.comparison() == null
                                        ? "not comparable: no data for the comparison"
                                        : "similarity "
                                                + Comparables.number(
                                                        o.comparison().score()) + ", rank "
                                                + o.comparison().rank())
                                + ")")
                        .collect(Collectors.joining(", "));
    }

    private static double score(PracticeOrigin origin) {
        return origin.comparison() == null ? 0 : origin.comparison().score();
    }

    private static String needs(Record row, Request request) {
        var asked = new ArrayList<String>();
        if (request.occupation() != null) {
            asked.add("occupation " + request.occupation());
        }
        if (request.targetGroup() != null) {
            asked.add("target group " + request.targetGroup());
        }
        if (request.strategy() != null) {
            asked.add("strategy " + request.strategy());
        }
        if (request.actionField() != null) {
            asked.add("action field " + request.actionField());
        }
        var filters = asked.isEmpty() ? "" : "; matches the " + String.join(", ", asked) + " asked for";
        if (!row.get("shortagesKnown").asBoolean()) {
            return "no shortage occupations recorded for this district" + filters;
        }
        var occupations = row.get("occupations").asList(Value::asString);
        if (occupations.isEmpty()) {
            return "addresses no particular occupation (open to all shortages here)" + filters;
        }
        var best = row.get("bestNeed");
        var credit = best.get("credit").asDouble();
        var shortage = best.get("shortage").get("code").asString() + " "
                + best.get("shortage").get("name").asString("");
        var code = best.get("code").asString();
        var match = credit == 1.0
                ? "addresses " + code + ", covering the shortage occupation " + shortage
                : credit == 0.5
                        ? "addresses " + code + ", same Berufsgruppe as the shortage occupation " + shortage
                        : credit == 0.25
                                ? "addresses " + code + ", same Berufshauptgruppe as the shortage occupation "
                                        + shortage
                                : "addresses " + String.join(", ", occupations)
                                        + ", none of them related to a shortage occupation here";
        return match + filters;
    }

    private static String evidence(Record row, GoodPractice practice) {
        return "implemented in " + row.get("implementations").asInt() + " other district(s), "
                + row.get("comparableImplementations").asInt() + " of them among the " + COMPARABLE
                + " most comparable; "
                + (row.get("documented").asBoolean()
                        ? "documented effects: " + practice.effects()
                        : "no documented effects");
    }

    private record RoleCheck(String role, KindCheck check) {}

    private static RoleCheck check(Value c) {
        var kind = ActorKind.valueOf(c.get("kind").asString());
        var role = c.get("role").asString();
        var count = c.get("actorCount").asInt();
        var candidates = c.get("candidates").asList(a -> {
            var anchors = a.get("anchors").asList(Network::of);
            var networkCount = a.get("networkCount").asInt();
            var reason = !anchors.isEmpty()
                    ? "member of the anchor network(s) "
                            + anchors.stream().map(Network::name).collect(Collectors.joining(", "))
                    : networkCount > 0 ? "active in " + networkCount + " other network(s)" : "in no network yet";
            return new ActorCandidate(Actor.of(a.get("actor")), anchors, networkCount, reason);
        });
        var what = role.equals("CARRIER") ? "carry" : "partner";
        var note = count == 0
                ? "no " + describe(kind) + " in the district that could " + what + " it"
                : count + " " + describe(kind) + " in the district could " + what + " it";
        return new RoleCheck(role, new KindCheck(kind, count, candidates, count == 0, note));
    }

    private static AnchorNetwork anchor(Value a) {
        var parts = new ArrayList<String>();
        var occupations = a.get("occupations").asList(Value::asString);
        var targetGroups = a.get("targetGroups").asList(Value::asString);
        var actionFields = a.get("actionFields").asList(Value::asString);
        if (!occupations.isEmpty()) {
            parts.add("occupations " + String.join(", ", occupations));
        }
        if (!targetGroups.isEmpty()) {
            parts.add("target groups " + String.join(", ", targetGroups));
        }
        if (!actionFields.isEmpty()) {
            parts.add("action fields " + String.join(", ", actionFields));
        }
        return new AnchorNetwork(Network.of(a.get("network")), "focuses on the practice's " + String.join("; ", parts));
    }

    /** What a kind of actor is called in a sentence. */
    static String describe(ActorKind kind) {
        return switch (kind) {
            case MUNICIPALITY -> "municipality";
            case DISTRICT_ADMINISTRATION -> "district administration";
            case COMPANY -> "company";
            case CHAMBER -> "chamber";
            case EMPLOYMENT_AGENCY -> "employment agency";
            case JOBCENTER -> "jobcenter";
            case BUSINESS_DEVELOPMENT -> "business-development agency";
            case SCHOOL -> "school";
            case UNIVERSITY -> "university";
            case TRAINING_PROVIDER -> "training provider";
            case ASSOCIATION -> "association";
            case UNION -> "union";
            case WELFARE_ORGANISATION -> "welfare organisation";
            case OTHER -> "other actor";
        };
    }
}
