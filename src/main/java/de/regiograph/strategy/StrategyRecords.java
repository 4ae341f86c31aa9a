package de.regiograph.strategy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What the database holds about the processes, groups, measures and workshops a write refers to,
 * read in one statement, so that the order rules of the cycle can be checked before writing. The
 * workshops of the batch being written are laid over it, so that a file can hold all three.
 */
final class StrategyRecords {

    /** A recorded workshop: its process, phase and date. */
    record WorkshopFact(String id, String processId, int phase, LocalDate date) {}

    /** A recorded process: its period and its workshops by id. */
    record ProcessFact(String id, LocalDate started, LocalDate ended, Map<String, WorkshopFact> workshops) {

        /** The workshop of the phase, if recorded. */
        WorkshopFact workshop(int phase) {
            return workshops.values().stream()
                    .filter(w -> w.phase() == phase)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A recorded measure: its process and whether it has a timetable. */
    record MeasureFact(String processId, boolean timetabled) {}

    private static final String CYPHER = """
            CALL () {
              UNWIND $processes AS key
              MATCH (p:StrategyProcess {id: key})
              RETURN collect({id: p.id, started: p.started, ended: p.ended,
                              workshops: [(w:Workshop)-[:OF_PROCESS]->(p) | {id: w.id, phase: w.phase, date: w.date}]}) AS processes
            }
            CALL () {
              UNWIND $groups AS key
              MATCH (g:WorkingGroup {id: key})-[:OF_PROCESS]->(p:StrategyProcess)
              RETURN collect({id: g.id, processId: p.id}) AS groups
            }
            CALL () {
              UNWIND $measures AS key
              MATCH (m:Measure {id: key})-[:OF_PROCESS]->(p:StrategyProcess)
              RETURN collect({id: m.id, processId: p.id,
                              timetabled: m.plannedStart IS NOT NULL AND m.plannedEnd IS NOT NULL}) AS measures
            }
            CALL () {
              UNWIND $workshops AS key
              MATCH (w:Workshop {id: key})-[:OF_PROCESS]->(p:StrategyProcess)
              RETURN collect({id: w.id, processId: p.id, phase: w.phase, date: w.date}) AS workshops
            }
            RETURN processes, groups, measures, workshops""";

    final Map<String, ProcessFact> processes = new HashMap<>();
    final Map<String, String> processOfGroup = new HashMap<>();
    final Map<String, MeasureFact> measures = new HashMap<>();
    final Map<String, WorkshopFact> workshops = new HashMap<>();

    private StrategyRecords() {}

    static StrategyRecords read(
            Neo4jClient client,
            Collection<String> processIds,
            Collection<String> groupIds,
            Collection<String> measureIds,
            Collection<String> workshopIds) {
        var records = new StrategyRecords();
        client.query(CYPHER)
                .bindAll(Map.of(
                        "processes", distinct(processIds),
                        "groups", distinct(groupIds),
                        "measures", distinct(measureIds),
                        "workshops", distinct(workshopIds)))
                .fetch()
                .one()
                .ifPresent(row -> records.fill(row));
        return records;
    }

    private static List<String> distinct(Collection<String> keys) {
        return keys.stream().filter(k -> k != null).distinct().toList();
    }

    @SuppressWarnings("unchecked")
    private void fill(Map<String, Object> row) {
        for (var p : (List<Map<String, Object>>) row.get("processes")) {
            var id = (String) p.get("id");
            var byId = new HashMap<String, WorkshopFact>();
            for (var w : (List<Map<String, Object>>) p.get("workshops")) {
                var fact = workshop(w, id);
                byId.put(fact.id(), fact);
            }
            processes.put(id, new ProcessFact(id, (LocalDate) p.get("started"), (LocalDate) p.get("ended"), byId));
        }
        for (var g : (List<Map<String, Object>>) row.get("groups")) {
            processOfGroup.put((String) g.get("id"), (String) g.get("processId"));
        }
        for (var m : (List<Map<String, Object>>) row.get("measures")) {
            measures.put(
                    (String) m.get("id"), new MeasureFact((String) m.get("processId"), (Boolean) m.get("timetabled")));
        }
        for (var w : (List<Map<String, Object>>) row.get("workshops")) {
            var fact = workshop(w, (String) w.get("processId"));
            workshops.put(fact.id(), fact);
        }
    }

    private static WorkshopFact workshop(Map<String, Object> w, String processId) {
        var phase = w.get("phase");
        return new WorkshopFact(
                (String) w.get("id"), processId, phase == null ? 0 : ((Number) phase).intValue(), (LocalDate)
                        w.get("date"));
    }

    /** Lays workshops about to be written over those recorded (a workshop keeps its id, may change phase or date). */
    void overlay(List<Workshop> batch) {
        Set<String> ids = batch.stream().map(Workshop::id).collect(Collectors.toSet());
        processes.values().forEach(p -> p.workshops().keySet().removeAll(ids));
        for (var w : batch) {
            var process = processes.get(w.processId());
            if (process != null) {
                process.workshops().put(w.id(), new WorkshopFact(w.id(), w.processId(), w.phase(), w.date()));
            }
        }
    }
}
