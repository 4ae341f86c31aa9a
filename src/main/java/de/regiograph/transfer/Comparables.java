package de.regiograph.transfer;

import de.regiograph.district.District;
import de.regiograph.district.Districts;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.QueryLibrary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Comparable districts, with a reason for each component of their similarity (see the query file). */
@Repository
class Comparables {

    /** The structural indicators compared by default (tertiary sector share is implied by the other two). */
    static final List<String> INDICATORS = List.of(
            "unemployment_rate",
            "youth_unemployment_rate",
            "share_65plus",
            "median_age",
            "gdp_per_capita",
            "share_primary_sector",
            "share_secondary_sector",
            "apprentices_per_100",
            "share_foreign");

    /** Indicators named in a structure reason as making two districts alike and different. */
    private static final int ALIKE = 3;

    private static final int DIFFERENT = 2;

    /** More than there are districts. */
    private static final int ALL = 1000;

    private static final String QUERY = QueryLibrary.read("transfer-comparable-districts");

    private final Neo4jClient client;
    private final Districts districts;
    private final ComparisonBasis basis;

    Comparables(Neo4jClient client, Districts districts, ComparisonBasis basis) {
        this.client = client;
        this.districts = districts;
        this.basis = basis;
    }

    record Request(
            String ags,
            Integer year,
            SimilarityWeights weights,
            boolean excludeNeighbours,
            Boolean sameState,
            int first) {}

    /**
     * One statement in the usual case (the comparison basis kept): the rows carry the district
     * compared. Only when there are none (an unknown AGS, or no district left to compare) is the
     * district looked up.
     */
    ComparableDistricts find(Request request) {
        var rows = rows(request, null, true);
        if (rows.isEmpty()) {
            new References().add("ags", NodeType.DISTRICT, request.ags()).verify(client);
            var district =
                    districts.byKeys(List.of(request.ags())).get(request.ags()).get(0);
            return new ComparableDistricts(district, request.year(), request.weights(), INDICATORS, List.of());
        }
        var comparables = new ArrayList<ComparableDistrict>();
        Integer year = request.year();
        for (var row : rows) {
            if (request.year() != null && !row.get("targetHasValues").asBoolean()) {
                throw new InvalidArgumentException(
                        "year", "no INKAR indicator values for " + request.ags() + " in " + request.year());
            }
            year = row.get("year").isNull() ? null : row.get("year").asInt();
            comparables.add(comparable(row, comparables.size() + 1, request.weights()));
        }
        var district = District.of(rows.get(0).get("target"));
        return new ComparableDistricts(district, year, request.weights(), INDICATORS, comparables);
    }

    /** A district's place in the ranking of all districts compared with one. */
    record Ranked(int rank, double score) {}

    /**
     * The ranking of every district compared with {@code ags} (no exclusions, default year and weights),
     * by AGS, without the explanations.
     */
    Map<String, Ranked> ranking(String ags) {
        var ranking = new LinkedHashMap<String, Ranked>();
        for (var row : rows(all(ags), null, false)) {
            ranking.put(
                    row.get("ags").asString(),
                    new Ranked(ranking.size() + 1, row.get("score").asDouble()));
        }
        return ranking;
    }

    /**
     * The explained comparison of {@code ags} with the districts {@code others} of its {@code ranking}, by
     * AGS; a district missing from the ranking (no data to compare) is left out.
     */
    Map<String, ComparableDistrict> explain(String ags, Collection<String> others, Map<String, Ranked> ranking) {
        var ranked = others.stream().filter(ranking::containsKey).distinct().toList();
        if (ranked.isEmpty()) {
            return Map.of();
        }
        var comparison = new HashMap<String, ComparableDistrict>();
        for (var row : rows(all(ags), ranked, true)) {
            var other = row.get("ags").asString();
            comparison.put(other, comparable(row, ranking.get(other).rank(), SimilarityWeights.DEFAULT));
        }
        return comparison;
    }

    private static Request all(String ags) {
        return new Request(ags, null, SimilarityWeights.DEFAULT, false, null, ALL);
    }

    private List<Record> rows(Request request, List<String> only, boolean explain) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ags", request.ags());
        parameters.put("year", request.year());
        parameters.put("indicators", INDICATORS);
        parameters.put("weights", request.weights().parameter());
        parameters.put("excludeNeighbours", request.excludeNeighbours());
        parameters.put("sameState", request.sameState());
        parameters.put("first", request.first());
        parameters.put("only", only);
        parameters.put("explain", explain);
        parameters.put("basis", basis.current());
        return List.copyOf(client.query(QUERY)
                .bindAll(parameters)
                .fetchAs(Record.class)
                .mappedBy((types, record) -> record)
                .all());
    }

    private static ComparableDistrict comparable(Record row, int rank, SimilarityWeights weights) {
        var other = District.of(row.get("district"));
        var weightKnown = row.get("weightKnown").asDouble();
        var indicators = indicators(row);
        var components = List.of(
                component(ScoreAspect.STRUCTURE, row, "structure", weights, weightKnown, structure(row, indicators)),
                component(ScoreAspect.SETTLEMENT, row, "settlement", weights, weightKnown, settlement(row, other)),
                component(ScoreAspect.LABOUR_MARKET, row, "labourMarket", weights, weightKnown, labourMarket(row)),
                component(ScoreAspect.PROXIMITY, row, "proximity", weights, weightKnown, proximity(row, other)));
        return new ComparableDistrict(other, rank, row.get("score").asDouble(), components, indicators);
    }

    private static ScoreComponent component(
            ScoreAspect aspect,
            Record row,
            String column,
            SimilarityWeights weights,
            double weightKnown,
            String reason) {
        var value = row.get(column).isNull() ? null : row.get(column).asDouble();
        var weight = weights.of(aspect);
        var contribution = value == null || weightKnown == 0 ? 0.0 : weight * value / weightKnown;
        return new ScoreComponent(aspect, value, weight, contribution, reason);
    }

    private static List<IndicatorComparison> indicators(Record row) {
        var info = new HashMap<String, Value>();
        row.get("indicatorInfo")
                .asList(v -> v)
                .forEach(v -> info.put(v.get("name").asString(), v));
        return row.get("shared").asList(c -> {
            var name = c.get("name").asString();
            var described = info.get(name);
            return new IndicatorComparison(
                    name,
                    described == null || described.get("label").isNull()
                            ? name
                            : described.get("label").asString(),
                    described == null || described.get("unit").isNull()
                            ? null
                            : described.get("unit").asString(),
                    c.get("value").asDouble(),
                    c.get("otherValue").asDouble(),
                    Math.abs(c.get("z").asDouble() - c.get("otherZ").asDouble()));
        });
    }

    private static String structure(Record row, List<IndicatorComparison> indicators) {
        if (!row.get("targetHasValues").asBoolean()) {
            return "not compared: no INKAR indicator values for this district"
                    + (row.get("year").isNull() ? "" : " in " + row.get("year").asInt());
        }
        var usable = row.get("usableIndicators").asList(Value::asString);
        var compared = indicators.stream().map(IndicatorComparison::indicator).toList();
        var missing = usable.stream().filter(i -> !compared.contains(i)).toList();
        var missingNote = missing.isEmpty() ? "" : "; missing values, not compared: " + String.join(", ", missing);
        if (row.get("structure").isNull()) {
            return "not compared: only " + compared.size() + " of " + usable.size() + " indicators known for both"
                    + missingNote;
        }
        var sorted = indicators.stream()
                .sorted(Comparator.comparingDouble(IndicatorComparison::zDifference))
                .toList();
        var alike = sorted.subList(0, Math.min(ALIKE, sorted.size()));
        var different = sorted.subList(Math.max(alike.size(), sorted.size() - DIFFERENT), sorted.size());
        var text = new StringBuilder()
                .append(row.get("year").asInt())
                .append(", ")
                .append(compared.size())
                .append(" indicators (here vs there): alike in ")
                .append(alike.stream().map(Comparables::values).collect(Collectors.joining("; ")));
        if (!different.isEmpty()) {
            text.append("; most different in ")
                    .append(different.stream().map(Comparables::values).collect(Collectors.joining("; ")));
        }
        return text.append(missingNote).toString();
    }

    private static String values(IndicatorComparison c) {
        return c.label() + " " + number(c.value()) + " vs " + number(c.otherValue())
                + (c.unit() == null ? "" : " " + c.unit());
    }

    private static String settlement(Record row, District other) {
        var here = row.get("here");
        var parts = new ArrayList<String>();
        if (!row.get("kind").isNull()) {
            var kindHere = kind(here.get("type").asString());
            var kindThere = kind(other.type().name());
            parts.add(kindHere.equals(kindThere) ? "both " + kindHere : kindHere + " vs " + kindThere);
        }
        if (!row.get("bbsr").isNull()) {
            var typeHere = here.get("bbsrType").asInt() + " "
                    + here.get("bbsrTypeName").asString("");
            var typeThere = other.bbsrType() + " " + (other.bbsrTypeName() == null ? "" : other.bbsrTypeName());
            parts.add(
                    typeHere.equals(typeThere)
                            ? "both BBSR Kreistyp " + typeHere.strip()
                            : "BBSR Kreistyp " + typeHere.strip() + " vs " + typeThere.strip());
        }
        if (!row.get("density").isNull()) {
            parts.add("density " + Math.round(row.get("targetDensity").asDouble()) + " vs "
                    + Math.round(row.get("otherDensity").asDouble()) + " inhabitants/km²");
        }
        return parts.isEmpty() ? "not compared: type, BBSR Kreistyp and density unknown" : String.join("; ", parts);
    }

    private static String kind(String type) {
        return type.equals("KREISFREIE_STADT") ? "kreisfreie Stadt" : "Landkreis";
    }

    private static String labourMarket(Record row) {
        var here = row.get("targetShortages").asList(v -> v);
        var there = row.get("otherShortages").asList(v -> v);
        if (here.isEmpty() || there.isEmpty()) {
            return "not compared: no shortage occupations recorded " + (here.isEmpty() ? "for this district" : "there");
        }
        var credits = row.get("credits").asList(r -> r.asList(Value::asDouble));
        var both = new ArrayList<String>();
        var related = new ArrayList<String>();
        var onlyHere = new ArrayList<String>();
        for (int i = 0; i < here.size(); i++) {
            int best = 0;
            for (int j = 1; j < there.size(); j++) {
                if (credits.get(i).get(j) > credits.get(i).get(best)) {
                    best = j;
                }
            }
            var credit = credits.get(i).get(best);
            if (credit == 1.0) {
                both.add(occupation(here.get(i)));
            } else if (credit > 0) {
                related.add(occupation(here.get(i)) + " vs " + occupation(there.get(best))
                        + (credit == 0.5 ? " (same Berufsgruppe)" : " (same Berufshauptgruppe)"));
            } else {
                onlyHere.add(occupation(here.get(i)));
            }
        }
        var onlyThere = new ArrayList<String>();
        for (int j = 0; j < there.size(); j++) {
            final int column = j;
            if (credits.stream().allMatch(r -> r.get(column) == 0.0)) {
                onlyThere.add(occupation(there.get(j)));
            }
        }
        var parts = new ArrayList<String>();
        add(parts, "shortage in both: ", both);
        add(parts, "related shortages: ", related);
        add(parts, "only here: ", onlyHere);
        add(parts, "only there: ", onlyThere);
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String label, List<String> items) {
        if (!items.isEmpty()) {
            parts.add(label + String.join(", ", items));
        }
    }

    private static String occupation(Value o) {
        return o.get("code").asString() + " " + o.get("name").asString("");
    }

    private static String proximity(Record row, District other) {
        var border = row.get("bordering").asBoolean() ? "shares a border" : "no shared border";
        if (row.get("strongestFlow").isNull()) {
            return border + "; no commuter flows recorded for this district";
        }
        long commuters = row.get("commuters").asLong();
        long strongest = row.get("strongestFlow").asLong();
        return border + "; " + String.format(java.util.Locale.ROOT, "%,d", commuters) + " commuters ("
                + row.get("commutingYear").asInt() + ", both directions) with " + other.name() + ", "
                + Math.round(100.0 * commuters / strongest) + " % of this district's strongest commuter link";
    }

    static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
