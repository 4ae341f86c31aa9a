package de.regiograph.strategy;

import de.regiograph.graph.Changes;
import de.regiograph.graph.Link;
import de.regiograph.graph.Links;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import de.regiograph.graph.RelationshipType.Property;
import de.regiograph.graph.Upsert;
import de.regiograph.system.InvalidArgumentException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the steps of strategy processes through the shared write path ({@link Nodes}, {@link
 * Links}), after checking the order of the cycle against what is recorded: workshops 1, 2, 3 in
 * this order and within the process's period, working groups and measures only after workshop 1,
 * a measure's working group from the same process, agreements and evaluations only of the
 * process's own measures. Each method takes a batch (one input, or rows of an import file).
 */
@Repository
public class StrategyProcesses {

    private static final Upsert PROCESS = Upsert.of(NodeType.STRATEGY_PROCESS)
            .one(RelationshipType.FOUNDED, "foundedNetworkId")
            .many(RelationshipType.RUNS_IN, "districts");
    private static final Upsert WORKSHOP =
            Upsert.of(NodeType.WORKSHOP).one(RelationshipType.WORKSHOP_OF_PROCESS, "processId");
    private static final Upsert WORKING_GROUP = Upsert.of(NodeType.WORKING_GROUP)
            .one(RelationshipType.WORKING_GROUP_OF_PROCESS, "processId")
            .one(RelationshipType.LED_BY, "leadId")
            .many(RelationshipType.WORKING_GROUP_FOCUSES_ON_OCCUPATION, "occupations")
            .many(RelationshipType.WORKING_GROUP_FOCUSES_ON_TARGET_GROUP, "targetGroups");
    private static final Upsert MEASURE = Upsert.of(NodeType.MEASURE)
            .one(RelationshipType.MEASURE_OF_PROCESS, "processId")
            .one(RelationshipType.DEVELOPED_BY, "workingGroupId")
            .one(RelationshipType.OWNED_BY, "ownerId")
            .one(RelationshipType.INSPIRED_BY, "inspiredById")
            .many(RelationshipType.MEASURE_ADDRESSES, "occupations")
            .many(RelationshipType.MEASURE_TARGETS, "targetGroups");

    private final Neo4jClient client;
    private final Nodes nodes;
    private final Links links;
    private final ActorLinks actorLinks;

    StrategyProcesses(Neo4jClient client, Nodes nodes, Links links, ActorLinks actorLinks) {
        this.client = client;
        this.nodes = nodes;
        this.links = links;
        this.actorLinks = actorLinks;
    }

    /** Creates or updates processes by id with the districts they run in and the network they founded. */
    @Transactional
    public Changes upsertProcesses(List<StrategyProcess> processes, IntFunction<String> argument) {
        var references = new References();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < processes.size(); i++) {
            var p = processes.get(i);
            p.addReferences(argument.apply(i), references);
            var properties = new HashMap<String, Object>();
            properties.put("name", p.name());
            properties.put("description", p.description());
            properties.put("started", p.started());
            properties.put("ended", p.ended());
            properties.put("illustrative", p.illustrative());
            var fields = new HashMap<String, Object>();
            fields.put("districts", p.districts());
            fields.put("foundedNetworkId", p.foundedNetworkId());
            rows.add(Nodes.row(p.id(), properties, fields));
        }
        var records = StrategyRecords.read(
                client, processes.stream().map(StrategyProcess::id).toList(), List.of(), List.of(), List.of());
        for (int i = 0; i < processes.size(); i++) {
            var p = processes.get(i);
            var recorded = records.processes.get(p.id());
            if (recorded != null) {
                for (var w : recorded.workshops().values()) {
                    Dates.notAfter(argument.apply(i) + ".started", p.started(), Workshop.name(w.phase()), w.date());
                    Dates.notBefore(argument.apply(i) + ".ended", p.ended(), Workshop.name(w.phase()), w.date());
                }
            }
        }
        return nodes.upsert(PROCESS, rows, references);
    }

    /** Creates or updates workshops with their participants (a null list leaves them as they are). */
    @Transactional
    public Changes upsertWorkshops(List<Workshop> workshops, IntFunction<String> argument) {
        var references = new References();
        for (int i = 0; i < workshops.size(); i++) {
            workshops.get(i).addReferences(argument.apply(i), references);
        }
        references.verify(client);
        var records = StrategyRecords.read(
                client, workshops.stream().map(Workshop::processId).toList(), List.of(), List.of(), List.of());
        records.overlay(workshops);
        for (int i = 0; i < workshops.size(); i++) {
            checkOrder(workshops.get(i), argument.apply(i), records);
        }
        var rows = new ArrayList<Map<String, Object>>();
        for (var w : workshops) {
            var properties = new HashMap<String, Object>();
            properties.put("phase", w.phase());
            properties.put("date", w.date());
            properties.put("place", w.place());
            properties.put("notes", w.notes());
            properties.put("dataSources", w.dataSources());
            properties.put("lessons", w.lessons());
            rows.add(Nodes.row(w.id(), properties, Map.of("processId", w.processId())));
        }
        var changes = nodes.upsert(WORKSHOP, rows, new References());
        return changes.plus(
                actorLinks.replace(RelationshipType.PARTICIPATED_IN, workshops, Workshop::id, Workshop::participants));
    }

    private static void checkOrder(Workshop w, String argument, StrategyRecords records) {
        var process = records.processes.get(w.processId());
        Dates.notBefore(argument + ".date", w.date(), "the start of process " + process.id(), process.started());
        Dates.notAfter(argument + ".date", w.date(), "the end of process " + process.id(), process.ended());
        for (var other : process.workshops().values()) {
            if (other.phase() == w.phase() && !other.id().equals(w.id())) {
                throw new InvalidArgumentException(
                        argument + ".phase",
                        "process " + process.id() + " already has " + Workshop.name(w.phase()) + ": " + other.id());
            }
            if (other.phase() < w.phase()) {
                Dates.notBefore(argument + ".date", w.date(), Workshop.name(other.phase()), other.date());
            } else if (other.phase() > w.phase()) {
                Dates.notAfter(argument + ".date", w.date(), Workshop.name(other.phase()), other.date());
            }
        }
        if (w.phase() > 1 && process.workshop(w.phase() - 1) == null) {
            throw new InvalidArgumentException(
                    argument + ".phase",
                    Workshop.name(w.phase() - 1) + " of process " + process.id() + " is not recorded yet");
        }
    }

    /** Creates or updates working groups with lead, members (null: as they are) and focus. */
    @Transactional
    public Changes upsertWorkingGroups(List<WorkingGroup> groups, IntFunction<String> argument) {
        var references = new References();
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).addReferences(argument.apply(i), references);
        }
        references.verify(client);
        var records = StrategyRecords.read(
                client, groups.stream().map(WorkingGroup::processId).toList(), List.of(), List.of(), List.of());
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < groups.size(); i++) {
            var g = groups.get(i);
            var stocktaking = afterStocktaking(records, g.processId(), argument.apply(i), "working groups");
            Dates.notBefore(argument.apply(i) + ".since", g.since(), Workshop.name(1), stocktaking.date());
            var properties = new HashMap<String, Object>();
            properties.put("name", g.name());
            properties.put("rationale", g.rationale());
            properties.put("since", g.since());
            properties.put("until", g.until());
            var fields = new HashMap<String, Object>();
            fields.put("processId", g.processId());
            fields.put("leadId", g.leadId());
            fields.put("occupations", g.occupations());
            fields.put("targetGroups", g.targetGroups());
            rows.add(Nodes.row(g.id(), properties, fields));
        }
        var changes = nodes.upsert(WORKING_GROUP, rows, new References());
        return changes.plus(
                actorLinks.replace(RelationshipType.WORKS_IN, groups, WorkingGroup::id, WorkingGroup::members));
    }

    /** Workshop 1 of the process: what working groups and measures come after. */
    private static StrategyRecords.WorkshopFact afterStocktaking(
            StrategyRecords records, String processId, String argument, String what) {
        var stocktaking = records.processes.get(processId).workshop(1);
        if (stocktaking == null) {
            throw new InvalidArgumentException(
                    argument + ".processId",
                    what + " come after " + Workshop.name(1) + ", which process " + processId
                            + " has not recorded yet");
        }
        return stocktaking;
    }

    /** Creates or updates measures; a measure stays in its process, its working group must be of it. */
    @Transactional
    public Changes upsertMeasures(List<Measure> measures, IntFunction<String> argument) {
        var references = new References();
        for (int i = 0; i < measures.size(); i++) {
            measures.get(i).addReferences(argument.apply(i), references);
        }
        references.verify(client);
        var records = StrategyRecords.read(
                client,
                measures.stream().map(Measure::processId).toList(),
                measures.stream().map(Measure::workingGroupId).toList(),
                measures.stream().map(Measure::id).toList(),
                List.of());
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < measures.size(); i++) {
            var m = measures.get(i);
            var where = argument.apply(i);
            afterStocktaking(records, m.processId(), where, "measures");
            var recorded = records.measures.get(m.id());
            if (recorded != null && !recorded.processId().equals(m.processId())) {
                throw new InvalidArgumentException(
                        where + ".processId",
                        "measure " + m.id() + " belongs to process " + recorded.processId()
                                + "; a measure does not move to another process");
            }
            var groupProcess = records.processOfGroup.get(m.workingGroupId());
            if (m.workingGroupId() != null && !m.processId().equals(groupProcess)) {
                throw new InvalidArgumentException(
                        where + ".workingGroupId",
                        "working group " + m.workingGroupId() + " belongs to process " + groupProcess + ", not "
                                + m.processId());
            }
            var properties = new HashMap<String, Object>();
            properties.put("title", m.title());
            properties.put("description", m.description());
            properties.put("status", m.status().name());
            properties.put("plannedStart", m.plannedStart());
            properties.put("plannedEnd", m.plannedEnd());
            properties.put("illustrative", m.illustrative());
            var fields = new HashMap<String, Object>();
            fields.put("processId", m.processId());
            fields.put("workingGroupId", m.workingGroupId());
            fields.put("ownerId", m.ownerId());
            fields.put("inspiredById", m.inspiredById());
            fields.put("occupations", m.occupations());
            fields.put("targetGroups", m.targetGroups());
            rows.add(Nodes.row(m.id(), properties, fields));
        }
        return nodes.upsert(MEASURE, rows, new References());
    }

    /**
     * Records what workshops 2 and 3 decided about measures of their own process: agreement (the
     * measure needs its timetable) or an assessment. With {@code replace}, the outcomes of each
     * workshop given are exactly these; otherwise they are added or updated.
     */
    @Transactional
    public Changes recordOutcomes(List<WorkshopOutcome> outcomes, IntFunction<String> argument) {
        var references = new References();
        for (int i = 0; i < outcomes.size(); i++) {
            outcomes.get(i).addReferences(argument.apply(i), references);
        }
        references.verify(client);
        var records = StrategyRecords.read(
                client,
                List.of(),
                List.of(),
                outcomes.stream().map(WorkshopOutcome::measureId).toList(),
                outcomes.stream().map(WorkshopOutcome::workshopId).toList());
        var agreed = new ArrayList<Link>();
        var evaluated = new ArrayList<Link>();
        for (int i = 0; i < outcomes.size(); i++) {
            var o = outcomes.get(i);
            var where = argument.apply(i);
            var workshop = records.workshops.get(o.workshopId());
            var measure = records.measures.get(o.measureId());
            if (!workshop.processId().equals(measure.processId())) {
                throw new InvalidArgumentException(
                        where + ".measureId",
                        "measure " + o.measureId() + " belongs to process " + measure.processId() + ", not to "
                                + workshop.processId() + " of workshop " + o.workshopId());
            }
            switch (workshop.phase()) {
                case 2 -> {
                    if (o.assessment() != null) {
                        throw new InvalidArgumentException(
                                where + ".assessment", "measures are assessed at " + Workshop.name(3) + ", not 2");
                    }
                    if (!measure.timetabled()) {
                        throw new InvalidArgumentException(
                                where + ".measureId",
                                "measure " + o.measureId()
                                        + " has no timetable yet (plannedStart and plannedEnd); it cannot be agreed");
                    }
                    agreed.add(Link.of(where, RelationshipType.AGREED, o.workshopId(), o.measureId(), Map.of()));
                }
                case 3 -> {
                    if (o.assessment() == null) {
                        throw new InvalidArgumentException(
                                where + ".assessment", "an evaluation at " + Workshop.name(3) + " needs one");
                    }
                    var properties = new EnumMap<Property, Object>(Property.class);
                    properties.put(Property.ASSESSMENT, o.assessment());
                    properties.put(Property.NOTES, o.notes());
                    evaluated.add(
                            Link.of(where, RelationshipType.EVALUATED, o.workshopId(), o.measureId(), properties));
                }
                default ->
                    throw new InvalidArgumentException(
                            where + ".workshopId",
                            "workshop " + o.workshopId() + " is " + Workshop.name(workshop.phase())
                                    + "; measures are agreed at workshop 2 and evaluated at workshop 3");
            }
        }
        return links.linkVerified(RelationshipType.AGREED, agreed)
                .plus(links.linkVerified(RelationshipType.EVALUATED, evaluated));
    }

    /** Removes the agreements and evaluations of the workshop that are not among {@code measureIds}. */
    private void keepOutcomes(String workshopId, List<String> measureIds) {
        client.query("""
                        MATCH (:Workshop {id: $workshop})-[r:AGREED|EVALUATED]->(m:Measure)
                        WHERE NOT m.id IN $measures
                        DELETE r""")
                .bindAll(Map.of("workshop", workshopId, "measures", measureIds))
                .run();
    }

    /**
     * Records a workshop and, when given, exactly the outcomes decided there (agreements at workshop
     * 2, evaluations at workshop 3), in one transaction.
     */
    @Transactional
    public Workshop recordWorkshop(Workshop workshop, List<WorkshopOutcome> outcomes, String outcomesArgument) {
        upsertWorkshops(List.of(workshop), i -> "input");
        if (outcomes != null) {
            keepOutcomes(
                    workshop.id(),
                    outcomes.stream().map(WorkshopOutcome::measureId).toList());
            recordOutcomes(outcomes, i -> outcomesArgument + "[" + i + "]");
        }
        return workshop;
    }

    /** Deletes the process with its workshops, working groups and measures. */
    @Transactional
    public void delete(String argument, String id) {
        client.query("MATCH (x)-[:OF_PROCESS]->(:StrategyProcess {id: $id}) DETACH DELETE x")
                .bind(id)
                .to("id")
                .run();
        nodes.delete(NodeType.STRATEGY_PROCESS, argument, id);
    }
}
