package de.regiograph.strategy;

import de.regiograph.actor.Actor;
import de.regiograph.district.District;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.Nodes;
import de.regiograph.network.Network;
import de.regiograph.occupation.Occupation;
import de.regiograph.practice.GoodPractice;
import de.regiograph.system.Connection;
import de.regiograph.system.DeletePayload;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import de.regiograph.system.Page;
import de.regiograph.system.Queries;
import de.regiograph.taxonomy.TaxonomyKind;
import de.regiograph.taxonomy.TaxonomyTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class StrategyController {

    private static final String PRACTICE_PROJECTION = "n {.*}";

    private final StrategyQueries queries;
    private final StrategyProcesses processes;
    private final Meetings meetings;
    private final Nodes nodes;

    StrategyController(
            StrategyQueries queries,
            StrategyProcesses processes,
            Meetings meetings,
            Nodes nodes,
            BatchLoaderRegistry loaders) {
        this.queries = queries;
        this.processes = processes;
        this.meetings = meetings;
        this.nodes = nodes;
        loaders.forTypePair(ProgressKey.class, ProcessProgress.class)
                .registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> progress(keys)));
    }

    record ProcessFilter(String districtAgs) {}

    record MeasureFilter(
            List<MeasureStatus> status,
            String occupationCode,
            String targetGroup,
            List<String> districts,
            String processId) {}

    record MeetingFilter(String districtAgs, String actorId, LocalDate from, LocalDate to) {}

    record WorkshopInput(
            String id,
            String processId,
            int phase,
            LocalDate date,
            String place,
            String notes,
            List<String> participants,
            List<String> dataSources,
            String lessons,
            List<String> agreedMeasures,
            List<EvaluationInput> evaluations) {}

    record EvaluationInput(String measureId, Assessment assessment, String notes) {}

    /** The progress of a process at a date, as a data loader key: all processes of a request in one statement. */
    record ProgressKey(String processId, LocalDate asOf) {}

    @QueryMapping
    StrategyProcess strategyProcess(@Argument String id) {
        return queries.process(Keys.ID.check("id", id)).orElse(null);
    }

    @QueryMapping
    Connection<StrategyProcess> strategyProcesses(
            @Argument ProcessFilter filter, @Argument Integer first, @Argument String after) {
        if (filter != null && filter.districtAgs() != null) {
            Keys.AGS.check("filter.districtAgs", filter.districtAgs());
        }
        return queries.processes(filter, Page.of(first, after));
    }

    @QueryMapping
    Connection<Measure> measures(@Argument MeasureFilter filter, @Argument Integer first, @Argument String after) {
        if (filter != null) {
            Keys.AGS.check("filter.districts", filter.districts());
            if (filter.occupationCode() != null) {
                Keys.OCCUPATION_CODE.check("filter.occupationCode", filter.occupationCode());
            }
        }
        return queries.measures(filter, Page.of(first, after));
    }

    @QueryMapping
    Meeting meeting(@Argument String id) {
        return queries.meeting(Keys.ID.check("id", id)).orElse(null);
    }

    @QueryMapping
    Connection<Meeting> meetings(@Argument MeetingFilter filter, @Argument Integer first, @Argument String after) {
        if (filter != null) {
            if (filter.districtAgs() != null) {
                Keys.AGS.check("filter.districtAgs", filter.districtAgs());
            }
            Dates.notBefore("filter.to", filter.to(), "filter.from", filter.from());
        }
        return queries.meetings(filter, Page.of(first, after));
    }

    @MutationMapping
    StrategyProcess upsertStrategyProcess(@Argument StrategyProcess input) {
        var process = input.checked("input");
        processes.upsertProcesses(List.of(process), i -> "input");
        return queries.process(process.id()).orElseThrow();
    }

    @MutationMapping
    Workshop recordWorkshop(@Argument WorkshopInput input) {
        var workshop = new Workshop(
                        input.id(),
                        input.processId(),
                        input.phase(),
                        input.date(),
                        input.place(),
                        input.notes(),
                        input.dataSources(),
                        input.lessons(),
                        input.participants())
                .checked("input");
        List<WorkshopOutcome> outcomes = null;
        String outcomesArgument = null;
        if (input.agreedMeasures() != null) {
            requirePhase(input.phase(), 2, "input.agreedMeasures", "measures are agreed at ");
            outcomesArgument = "input.agreedMeasures";
            outcomes = outcomes(
                    input.agreedMeasures(), outcomesArgument, id -> new WorkshopOutcome(workshop.id(), id, null, null));
        }
        if (input.evaluations() != null) {
            requirePhase(input.phase(), 3, "input.evaluations", "measures are evaluated at ");
            outcomesArgument = "input.evaluations";
            outcomes = outcomes(
                    input.evaluations(),
                    outcomesArgument,
                    e -> new WorkshopOutcome(workshop.id(), e.measureId(), e.assessment(), e.notes()));
        }
        processes.recordWorkshop(workshop, outcomes, outcomesArgument);
        return queries.workshop(workshop.id()).orElseThrow();
    }

    private static void requirePhase(int phase, int required, String argument, String what) {
        if (phase != required) {
            throw new InvalidArgumentException(argument, what + Workshop.name(required) + ", not " + phase);
        }
    }

    private static <T> List<WorkshopOutcome> outcomes(
            List<T> given, String argument, Function<T, WorkshopOutcome> outcome) {
        var list = new ArrayList<WorkshopOutcome>();
        for (int i = 0; i < given.size(); i++) {
            list.add(outcome.apply(given.get(i)).checked(argument + "[" + i + "]"));
        }
        return list;
    }

    @MutationMapping
    WorkingGroup upsertWorkingGroup(@Argument WorkingGroup input) {
        var group = input.checked("input");
        processes.upsertWorkingGroups(List.of(group), i -> "input");
        return queries.workingGroup(group.id()).orElseThrow();
    }

    @MutationMapping
    Measure upsertMeasure(@Argument Measure input) {
        var measure = input.checked("input");
        processes.upsertMeasures(List.of(measure), i -> "input");
        return queries.measure(measure.id()).orElseThrow();
    }

    @MutationMapping
    Meeting upsertMeeting(@Argument Meeting input) {
        var meeting = input.checked("input");
        meetings.upsert(List.of(meeting), i -> "input");
        return queries.meeting(meeting.id()).orElseThrow();
    }

    @MutationMapping
    DeletePayload deleteStrategyProcess(@Argument String id) {
        processes.delete("id", id);
        return new DeletePayload(id);
    }

    @MutationMapping
    DeletePayload deleteMeeting(@Argument String id) {
        nodes.delete(NodeType.MEETING, "id", id);
        return new DeletePayload(id);
    }

    // StrategyProcess

    @BatchMapping(typeName = "StrategyProcess")
    Map<StrategyProcess, List<District>> districts(List<StrategyProcess> list) {
        return Queries.byParent(
                list,
                StrategyProcess::id,
                queries.related(
                        NodeType.STRATEGY_PROCESS,
                        "-[:RUNS_IN]->(n:District)",
                        "n.ags",
                        District.PROJECTION,
                        ids(list, StrategyProcess::id),
                        District::of));
    }

    @BatchMapping(typeName = "StrategyProcess")
    Map<StrategyProcess, List<Workshop>> workshops(List<StrategyProcess> list) {
        return Queries.byParent(
                list,
                StrategyProcess::id,
                queries.related(
                        NodeType.STRATEGY_PROCESS,
                        "<-[:OF_PROCESS]-(n:Workshop)",
                        "n.phase",
                        Workshop.PROJECTION,
                        ids(list, StrategyProcess::id),
                        Workshop::of));
    }

    @BatchMapping(typeName = "StrategyProcess")
    Map<StrategyProcess, List<WorkingGroup>> workingGroups(List<StrategyProcess> list) {
        return Queries.byParent(
                list,
                StrategyProcess::id,
                queries.related(
                        NodeType.STRATEGY_PROCESS,
                        "<-[:OF_PROCESS]-(n:WorkingGroup)",
                        "n.name, n.id",
                        WorkingGroup.PROJECTION,
                        ids(list, StrategyProcess::id),
                        WorkingGroup::of));
    }

    @BatchMapping(typeName = "StrategyProcess", field = "measures")
    Map<StrategyProcess, List<Measure>> measuresOfProcesses(List<StrategyProcess> list) {
        return Queries.byParent(
                list,
                StrategyProcess::id,
                measures(NodeType.STRATEGY_PROCESS, "<-[:OF_PROCESS]-(n:Measure)", ids(list, StrategyProcess::id)));
    }

    @BatchMapping(typeName = "StrategyProcess")
    Map<StrategyProcess, List<TimelineEntry>> timeline(List<StrategyProcess> list) {
        return Queries.byParent(list, StrategyProcess::id, queries.timelines(ids(list, StrategyProcess::id)));
    }

    @SchemaMapping(typeName = "StrategyProcess")
    CompletableFuture<ProcessProgress> progress(
            StrategyProcess process, @Argument LocalDate asOf, DataLoader<ProgressKey, ProcessProgress> loader) {
        return loader.load(new ProgressKey(process.id(), asOf == null ? LocalDate.now() : asOf));
    }

    private Map<ProgressKey, ProcessProgress> progress(java.util.Set<ProgressKey> keys) {
        var result = new HashMap<ProgressKey, ProcessProgress>();
        keys.stream()
                .collect(Collectors.groupingBy(ProgressKey::asOf))
                .forEach((asOf, same) -> queries.progress(
                                same.stream().map(ProgressKey::processId).toList(), asOf)
                        .forEach((id, progress) -> result.put(new ProgressKey(id, asOf), progress)));
        return result;
    }

    @BatchMapping(typeName = "StrategyProcess")
    Map<StrategyProcess, Network> foundedNetwork(List<StrategyProcess> list) {
        return Queries.singleByParent(
                list,
                StrategyProcess::id,
                queries.related(
                        NodeType.STRATEGY_PROCESS,
                        "-[:FOUNDED]->(n:Network)",
                        "n.id",
                        Network.PROJECTION,
                        ids(list, StrategyProcess::id),
                        Network::of));
    }

    // Workshop

    @BatchMapping(typeName = "Workshop", field = "process")
    Map<Workshop, StrategyProcess> processOfWorkshops(List<Workshop> list) {
        return processOf(NodeType.WORKSHOP, list, Workshop::id);
    }

    @BatchMapping(typeName = "Workshop")
    Map<Workshop, List<Actor>> participants(List<Workshop> list) {
        return Queries.byParent(
                list,
                Workshop::id,
                actors(NodeType.WORKSHOP, "<-[:PARTICIPATED_IN]-(n:Actor)", ids(list, Workshop::id)));
    }

    @BatchMapping(typeName = "Workshop")
    Map<Workshop, List<Measure>> agreedMeasures(List<Workshop> list) {
        return Queries.byParent(
                list, Workshop::id, measures(NodeType.WORKSHOP, "-[:AGREED]->(n:Measure)", ids(list, Workshop::id)));
    }

    @BatchMapping(typeName = "Workshop")
    Map<Workshop, List<MeasureEvaluation>> evaluations(List<Workshop> list) {
        return Queries.byParent(list, Workshop::id, queries.evaluations(NodeType.WORKSHOP, ids(list, Workshop::id)));
    }

    // WorkingGroup

    @BatchMapping(typeName = "WorkingGroup", field = "process")
    Map<WorkingGroup, StrategyProcess> processOfGroups(List<WorkingGroup> list) {
        return processOf(NodeType.WORKING_GROUP, list, WorkingGroup::id);
    }

    @BatchMapping(typeName = "WorkingGroup")
    Map<WorkingGroup, Actor> lead(List<WorkingGroup> list) {
        return Queries.singleByParent(
                list,
                WorkingGroup::id,
                actors(NodeType.WORKING_GROUP, "-[:LED_BY]->(n:Actor)", ids(list, WorkingGroup::id)));
    }

    @BatchMapping(typeName = "WorkingGroup")
    Map<WorkingGroup, List<Actor>> members(List<WorkingGroup> list) {
        return Queries.byParent(
                list,
                WorkingGroup::id,
                actors(NodeType.WORKING_GROUP, "<-[:WORKS_IN]-(n:Actor)", ids(list, WorkingGroup::id)));
    }

    @BatchMapping(typeName = "WorkingGroup", field = "occupations")
    Map<WorkingGroup, List<Occupation>> occupationsOfGroups(List<WorkingGroup> list) {
        return Queries.byParent(
                list,
                WorkingGroup::id,
                occupations(NodeType.WORKING_GROUP, "-[:FOCUSES_ON]->(n:Occupation)", ids(list, WorkingGroup::id)));
    }

    @BatchMapping(typeName = "WorkingGroup", field = "targetGroups")
    Map<WorkingGroup, List<TaxonomyTerm>> targetGroupsOfGroups(List<WorkingGroup> list) {
        return Queries.byParent(
                list,
                WorkingGroup::id,
                targetGroups(NodeType.WORKING_GROUP, "-[:FOCUSES_ON]->(n:TargetGroup)", ids(list, WorkingGroup::id)));
    }

    @BatchMapping(typeName = "WorkingGroup", field = "measures")
    Map<WorkingGroup, List<Measure>> measuresOfGroups(List<WorkingGroup> list) {
        return Queries.byParent(
                list,
                WorkingGroup::id,
                measures(NodeType.WORKING_GROUP, "<-[:DEVELOPED_BY]-(n:Measure)", ids(list, WorkingGroup::id)));
    }

    // Measure

    @BatchMapping(typeName = "Measure", field = "process")
    Map<Measure, StrategyProcess> processOfMeasures(List<Measure> list) {
        return processOf(NodeType.MEASURE, list, Measure::id);
    }

    @BatchMapping(typeName = "Measure")
    Map<Measure, WorkingGroup> workingGroup(List<Measure> list) {
        return Queries.singleByParent(
                list,
                Measure::id,
                queries.related(
                        NodeType.MEASURE,
                        "-[:DEVELOPED_BY]->(n:WorkingGroup)",
                        "n.id",
                        WorkingGroup.PROJECTION,
                        ids(list, Measure::id),
                        WorkingGroup::of));
    }

    @BatchMapping(typeName = "Measure")
    Map<Measure, Actor> owner(List<Measure> list) {
        return Queries.singleByParent(
                list, Measure::id, actors(NodeType.MEASURE, "-[:OWNED_BY]->(n:Actor)", ids(list, Measure::id)));
    }

    @BatchMapping(typeName = "Measure", field = "occupations")
    Map<Measure, List<Occupation>> occupationsOfMeasures(List<Measure> list) {
        return Queries.byParent(
                list,
                Measure::id,
                occupations(NodeType.MEASURE, "-[:ADDRESSES]->(n:Occupation)", ids(list, Measure::id)));
    }

    @BatchMapping(typeName = "Measure", field = "targetGroups")
    Map<Measure, List<TaxonomyTerm>> targetGroupsOfMeasures(List<Measure> list) {
        return Queries.byParent(
                list,
                Measure::id,
                targetGroups(NodeType.MEASURE, "-[:TARGETS]->(n:TargetGroup)", ids(list, Measure::id)));
    }

    @BatchMapping(typeName = "Measure")
    Map<Measure, GoodPractice> inspiredBy(List<Measure> list) {
        return Queries.singleByParent(
                list,
                Measure::id,
                queries.related(
                        NodeType.MEASURE,
                        "-[:INSPIRED_BY]->(n:GoodPractice)",
                        "n.id",
                        PRACTICE_PROJECTION,
                        ids(list, Measure::id),
                        GoodPractice::of));
    }

    @BatchMapping(typeName = "Measure")
    Map<Measure, MeasureEvaluation> evaluation(List<Measure> list) {
        return Queries.singleByParent(list, Measure::id, queries.evaluations(NodeType.MEASURE, ids(list, Measure::id)));
    }

    // Meeting

    @BatchMapping(typeName = "Meeting")
    Map<Meeting, District> district(List<Meeting> list) {
        return Queries.singleByParent(
                list,
                Meeting::id,
                queries.related(
                        NodeType.MEETING,
                        "-[:HELD_IN]->(n:District)",
                        "n.ags",
                        District.PROJECTION,
                        ids(list, Meeting::id),
                        District::of));
    }

    @BatchMapping(typeName = "Meeting")
    Map<Meeting, Actor> organiser(List<Meeting> list) {
        return Queries.singleByParent(
                list,
                Meeting::id,
                actors(NodeType.MEETING, "-[:PRACTICE_PROJECTION_BY]->(n:Actor)", ids(list, Meeting::id)));
    }

    @BatchMapping(typeName = "Meeting")
    Map<Meeting, List<Actor>> attendees(List<Meeting> list) {
        return Queries.byParent(
                list, Meeting::id, actors(NodeType.MEETING, "<-[:ATTENDED]-(n:Actor)", ids(list, Meeting::id)));
    }

    // Links from other features

    @BatchMapping(typeName = "District")
    Map<District, List<StrategyProcess>> strategyProcesses(List<District> list) {
        return Queries.byParent(
                list,
                District::ags,
                queries.related(
                        NodeType.DISTRICT,
                        "<-[:RUNS_IN]-(n:StrategyProcess)",
                        "coalesce(n.started, date('1000-01-01')) DESC, n.id",
                        StrategyProcess.PROJECTION,
                        ids(list, District::ags),
                        StrategyProcess::of));
    }

    @BatchMapping(typeName = "GoodPractice")
    Map<GoodPractice, List<Measure>> inspiredMeasures(List<GoodPractice> list) {
        return Queries.byParent(
                list,
                GoodPractice::id,
                measures(NodeType.GOOD_PRACTICE, "<-[:INSPIRED_BY]-(n:Measure)", ids(list, GoodPractice::id)));
    }

    private <T> Map<T, StrategyProcess> processOf(NodeType type, List<T> list, Function<T, String> id) {
        return Queries.singleByParent(
                list,
                id,
                queries.related(
                        type,
                        "-[:OF_PROCESS]->(n:StrategyProcess)",
                        "n.id",
                        StrategyProcess.PROJECTION,
                        ids(list, id),
                        StrategyProcess::of));
    }

    private Map<String, List<Actor>> actors(NodeType parent, String path, List<String> keys) {
        return queries.related(parent, path, "n.name, n.id", Actor.PROJECTION, keys, Actor::of);
    }

    private Map<String, List<Measure>> measures(NodeType parent, String path, List<String> keys) {
        return queries.related(parent, path, "n.plannedStart, n.title, n.id", Measure.PROJECTION, keys, Measure::of);
    }

    private Map<String, List<Occupation>> occupations(NodeType parent, String path, List<String> keys) {
        return queries.related(parent, path, "n.code", Occupation.PROJECTION, keys, Occupation::of);
    }

    private Map<String, List<TaxonomyTerm>> targetGroups(NodeType parent, String path, List<String> keys) {
        return queries.related(parent, path, "n.name", TaxonomyKind.TARGET_GROUP.projection(), keys, TaxonomyTerm::of);
    }

    private static <T> List<String> ids(List<T> list, Function<T, String> key) {
        return list.stream().map(key).toList();
    }
}
