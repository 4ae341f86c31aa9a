package de.regiograph.strategy;

import de.regiograph.graph.NodeType;
import de.regiograph.system.Connection;
import de.regiograph.system.Filter;
import de.regiograph.system.Page;
import de.regiograph.system.Queries;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads strategy processes, their steps and measures, and exchange meetings; one statement per request or batch. */
@Repository
class StrategyQueries {

    private static final Comparator<TimelineEntry> CHRONOLOGICAL = Comparator.comparing(TimelineEntry::date)
            .thenComparing(TimelineEntry::kind)
            .thenComparing(TimelineEntry::subjectId);

    private final Neo4jClient client;

    StrategyQueries(Neo4jClient client) {
        this.client = client;
    }

    Optional<StrategyProcess> process(String id) {
        return one(
                NodeType.STRATEGY_PROCESS, StrategyProcess.PROJECTION, id, StrategyProcess.class, StrategyProcess::of);
    }

    Optional<Meeting> meeting(String id) {
        return one(NodeType.MEETING, Meeting.PROJECTION, id, Meeting.class, Meeting::of);
    }

    Optional<Workshop> workshop(String id) {
        return one(NodeType.WORKSHOP, Workshop.PROJECTION, id, Workshop.class, Workshop::of);
    }

    Optional<WorkingGroup> workingGroup(String id) {
        return one(NodeType.WORKING_GROUP, WorkingGroup.PROJECTION, id, WorkingGroup.class, WorkingGroup::of);
    }

    Optional<Measure> measure(String id) {
        return one(NodeType.MEASURE, Measure.PROJECTION, id, Measure.class, Measure::of);
    }

    private <T> Optional<T> one(
            NodeType type, String projection, String key, Class<T> result, Function<MapAccessor, T> mapper) {
        return Queries.one(
                client,
                "MATCH (n:" + type.label() + " {id: $id}) RETURN " + projection + " AS n",
                Map.of("id", key),
                result,
                mapper);
    }

    Connection<StrategyProcess> processes(StrategyController.ProcessFilter filter, Page page) {
        var where = new Filter();
        if (filter != null) {
            where.with(
                    "districtAgs", filter.districtAgs(), "EXISTS { (n)-[:RUNS_IN]->(:District {ags: $districtAgs}) }");
        }
        return Queries.page(
                client,
                "MATCH (n:StrategyProcess)" + where.where(),
                "coalesce(n.started, date('1000-01-01')) DESC, n.id",
                StrategyProcess.PROJECTION,
                where.parameters(),
                page,
                StrategyProcess::of);
    }

    Connection<Measure> measures(StrategyController.MeasureFilter filter, Page page) {
        var where = new Filter();
        if (filter != null) {
            where.with(
                            "status",
                            filter.status() == null || filter.status().isEmpty()
                                    ? null
                                    : filter.status().stream().map(Enum::name).toList(),
                            "n.status IN $status")
                    .with("occupationCode", filter.occupationCode(), """
                            (EXISTS { (n)-[:ADDRESSES]->(o:Occupation)
                                      WHERE o.code STARTS WITH $occupationCode OR $occupationCode STARTS WITH o.code }
                             OR EXISTS { (n)-[:DEVELOPED_BY]->(:WorkingGroup)-[:FOCUSES_ON]->(o:Occupation)
                                      WHERE o.code STARTS WITH $occupationCode OR $occupationCode STARTS WITH o.code })""")
                    .with(
                            "targetGroup",
                            filter.targetGroup(),
                            "EXISTS { (n)-[:TARGETS]->(:TargetGroup {name: $targetGroup}) }")
                    .with("districts", filter.districts(), """
                            EXISTS { (n)-[:OF_PROCESS]->(:StrategyProcess)-[:RUNS_IN]->(d:District)
                                     WHERE d.ags IN $districts }""")
                    .with(
                            "processId",
                            filter.processId(),
                            "EXISTS { (n)-[:OF_PROCESS]->(:StrategyProcess {id: $processId}) }");
        }
        return Queries.page(
                client,
                "MATCH (n:Measure)" + where.where(),
                "n.plannedStart, n.title, n.id",
                Measure.PROJECTION,
                where.parameters(),
                page,
                Measure::of);
    }

    Connection<Meeting> meetings(StrategyController.MeetingFilter filter, Page page) {
        var where = new Filter();
        if (filter != null) {
            where.with("districtAgs", filter.districtAgs(), """
                            (EXISTS { (n)-[:HELD_IN]->(:District {ags: $districtAgs}) }
                             OR EXISTS { (n)<-[:ATTENDED]-(:Actor)-[:LOCATED_IN]->(:District {ags: $districtAgs}) })""")
                    .with("actorId", filter.actorId(), """
                            (EXISTS { (n)<-[:ATTENDED]-(:Actor {id: $actorId}) }
                             OR EXISTS { (n)-[:ORGANISED_BY]->(:Actor {id: $actorId}) })""")
                    .with("from", filter.from(), "n.date >= $from")
                    .with("to", filter.to(), "n.date <= $to");
        }
        return Queries.page(
                client,
                "MATCH (n:Meeting)" + where.where(),
                "n.date DESC, n.id",
                Meeting.PROJECTION,
                where.parameters(),
                page,
                Meeting::of);
    }

    /**
     * The nodes related to each parent (of type {@code parent}, by key): {@code path} leads from the
     * parent to {@code n}, which {@code projection} maps.
     */
    <T> Map<String, List<T>> related(
            NodeType parent,
            String path,
            String orderBy,
            String projection,
            Collection<String> keys,
            Function<MapAccessor, T> mapper) {
        return Queries.grouped(
                client, """
                UNWIND $keys AS key
                MATCH (:%s {%s: key})%s
                WITH key, n ORDER BY %s
                RETURN key, collect(%s) AS items""".formatted(parent.label(), parent.key(), path, orderBy, projection), keys, mapper);
    }

    /** The evaluations recorded at each workshop (by id) or of each measure (by id). */
    Map<String, List<MeasureEvaluation>> evaluations(NodeType parent, Collection<String> keys) {
        var pattern = parent == NodeType.WORKSHOP
                ? "(:Workshop {id: key})-[r:EVALUATED]->(n:Measure)"
                : "(:Workshop)-[r:EVALUATED]->(n:Measure {id: key})";
        return Queries.grouped(
                client, """
                UNWIND $keys AS key
                MATCH %s
                WITH key, n, r ORDER BY n.title, n.id
                RETURN key, collect(%s) AS items""".formatted(pattern, MeasureEvaluation.PROJECTION), keys, MeasureEvaluation::of);
    }

    Map<String, List<TimelineEntry>> timelines(Collection<String> keys) {
        var timelines = Queries.grouped(
                client,
                """
                UNWIND $keys AS key
                MATCH (p:StrategyProcess {id: key})
                CALL (p) {
                  RETURN p.started AS date, 'PROCESS_STARTED' AS kind, p.name AS title, p.id AS subjectId
                  UNION ALL
                  MATCH (w:Workshop)-[:OF_PROCESS]->(p)
                  RETURN w.date AS date,
                         ['WORKSHOP_STOCKTAKING', 'WORKSHOP_OPERATIONALISATION', 'WORKSHOP_EVALUATION'][w.phase - 1] AS kind,
                         coalesce(w.place, 'Workshop ' + w.phase) AS title, w.id AS subjectId
                  UNION ALL
                  MATCH (g:WorkingGroup)-[:OF_PROCESS]->(p)
                  UNWIND [['WORKING_GROUP_FORMED', g.since], ['WORKING_GROUP_CLOSED', g.until]] AS e
                  RETURN e[1] AS date, e[0] AS kind, g.name AS title, g.id AS subjectId
                  UNION ALL
                  MATCH (m:Measure)-[:OF_PROCESS]->(p)
                  UNWIND [['MEASURE_START', m.plannedStart], ['MEASURE_END', m.plannedEnd]] AS e
                  RETURN e[1] AS date, e[0] AS kind, m.title AS title, m.id AS subjectId
                  UNION ALL
                  RETURN p.ended AS date, 'PROCESS_ENDED' AS kind, p.name AS title, p.id AS subjectId
                }
                WITH key, date, kind, title, subjectId WHERE date IS NOT NULL
                RETURN key, collect({date: date, kind: kind, title: title, subjectId: subjectId}) AS items""",
                keys,
                m -> new TimelineEntry(
                        m.get("date").asLocalDate(),
                        TimelineEntry.Kind.valueOf(m.get("kind").asString()),
                        m.get("title").asString(),
                        m.get("subjectId").asString()));
        timelines.replaceAll(
                (key, entries) -> entries.stream().sorted(CHRONOLOGICAL).toList());
        return timelines;
    }

    /** The progress of each process at {@code asOf}. */
    Map<String, ProcessProgress> progress(Collection<String> keys, LocalDate asOf) {
        var rows = client.query("""
                        UNWIND $keys AS key
                        MATCH (p:StrategyProcess {id: key})
                        OPTIONAL MATCH (n:Measure)-[:OF_PROCESS]->(p)
                        WITH key, collect(n) AS measures
                        RETURN key,
                               [n IN measures | n.status] AS statuses,
                               [n IN measures | [(n)<-[r:EVALUATED]-(:Workshop) | r.assessment][0]] AS assessments,
                               [n IN measures WHERE NOT n.status IN ['DONE', 'DROPPED'] AND n.plannedEnd < $asOf
                                  | %s] AS overdue""".formatted(Measure.PROJECTION))
                .bindAll(Map.of("keys", List.copyOf(keys), "asOf", asOf))
                .fetchAs(Map.Entry.class)
                .mappedBy((types, row) -> Map.entry(row.get("key").asString(), progress(row, asOf)))
                .all();
        var byKey = new java.util.HashMap<String, ProcessProgress>();
        rows.forEach(e -> byKey.put((String) e.getKey(), (ProcessProgress) e.getValue()));
        return byKey;
    }

    private static ProcessProgress progress(org.neo4j.driver.Record row, LocalDate asOf) {
        var statuses = new EnumMap<MeasureStatus, Integer>(MeasureStatus.class);
        for (var status : MeasureStatus.values()) {
            statuses.put(status, 0);
        }
        var statusList = row.get("statuses").asList(Value::asString);
        statusList.forEach(s -> statuses.merge(MeasureStatus.valueOf(s), 1, Integer::sum));
        var assessments = new EnumMap<Assessment, Integer>(Assessment.class);
        for (var assessment : Assessment.values()) {
            assessments.put(assessment, 0);
        }
        row.get("assessments").asList(v -> v.isNull() ? null : v.asString()).stream()
                .filter(a -> a != null)
                .forEach(a -> assessments.merge(Assessment.valueOf(a), 1, Integer::sum));
        var overdue = row.get("overdue").asList(Measure::of).stream()
                .sorted(Comparator.comparing(Measure::plannedEnd).thenComparing(Measure::id))
                .toList();
        return new ProcessProgress(
                asOf,
                statusList.size(),
                statuses.entrySet().stream()
                        .map(e -> new ProcessProgress.StatusCount(e.getKey(), e.getValue()))
                        .toList(),
                overdue,
                assessments.entrySet().stream()
                        .map(e -> new ProcessProgress.AssessmentCount(e.getKey(), e.getValue()))
                        .toList());
    }
}
