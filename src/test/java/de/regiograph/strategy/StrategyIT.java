package de.regiograph.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import de.regiograph.importing.Importer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Strategy processes and meetings through HTTP on the fictional state 97 (strategy/fixture.cypher):
 * recording a cycle, its timeline and progress, the order rules, the CSV formats, and the effect on
 * the network landscape and on transfer suggestions. Each test uses processes of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrategyIT extends IntegrationTest {

    /** The defaults of regiograph.landscape.meeting-weight and working-group-weight (README). */
    static final double MEETING_WEIGHT = 1.0;

    static final double WORKING_GROUP_WEIGHT = 1.5;

    @Autowired
    Importer importer;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    void plantFixture() {
        removeFixture();
        try {
            database.query(new ClassPathResource("strategy/fixture.cypher").getContentAsString(StandardCharsets.UTF_8))
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Other tests count all districts and states of the graph. */
    @AfterAll
    void removeFixture() {
        database.query("""
                        MATCH (n)
                        WHERE (n:Actor OR n:Network OR n:GoodPractice OR n:StrategyProcess OR n:Workshop
                               OR n:WorkingGroup OR n:Measure OR n:Meeting) AND n.id STARTS WITH 'stp-'
                           OR n:District AND n.ags IN ['97101', '97102', '97103'] OR n:State AND n.code = '97'
                        DETACH DELETE n""").run();
    }

    private void process(String id, String started, String ended) {
        graphQl.document("""
                        mutation { upsertStrategyProcess(input: {id: "%s", name: "Prozess %s", districts: ["97101"],
                                   started: %s, ended: %s, illustrative: true}) { id } }""".formatted(id, id, date(started), date(ended)))
                .execute()
                .path("upsertStrategyProcess.id")
                .entity(String.class)
                .isEqualTo(id);
    }

    private void workshop(String process, String id, int phase, String date, String more) {
        graphQl.document("""
                        mutation { recordWorkshop(input: {id: "%s", processId: "%s", phase: %d, date: "%s"%s}) { id } }""".formatted(id, process, phase, date, more))
                .execute()
                .path("recordWorkshop.id")
                .entity(String.class)
                .isEqualTo(id);
    }

    private void workingGroup(String process, String id, String since, String until, String more) {
        graphQl.document("""
                        mutation { upsertWorkingGroup(input: {id: "%s", processId: "%s", name: "Gruppe %s",
                                   since: %s, until: %s%s}) { id } }""".formatted(id, process, id, date(since), date(until), more))
                .execute()
                .path("upsertWorkingGroup.id")
                .entity(String.class)
                .isEqualTo(id);
    }

    private void measure(String process, String id, String status, String start, String end, String more) {
        graphQl.document("""
                        mutation { upsertMeasure(input: {id: "%s", processId: "%s", title: "Maßnahme %s", status: %s,
                                   plannedStart: %s, plannedEnd: %s%s}) { id } }""".formatted(id, process, id, status, date(start), date(end), more))
                .execute()
                .path("upsertMeasure.id")
                .entity(String.class)
                .isEqualTo(id);
    }

    private static String date(String date) {
        return date == null ? "null" : "\"" + date + "\"";
    }

    @Test
    void recordsAFullCycleWithItsTimelineAndProgress() {
        process("stp-cycle", "2025-01-10", null);
        workshop(
                "stp-cycle",
                "stp-cycle-w1",
                1,
                "2025-02-01",
                ", participants: [\"stp-a1\", \"stp-a2\", \"stp-a3\"], dataSources: [\"Fachkräfteprognose\"]");
        workingGroup(
                "stp-cycle",
                "stp-cycle-g1",
                "2025-02-01",
                null,
                ", leadId: \"stp-a1\", members: [\"stp-a2\"], occupations: [\"813\"], targetGroups: [\"Incomings\"]");
        measure(
                "stp-cycle",
                "stp-cycle-m1",
                "IN_PROGRESS",
                "2025-03-01",
                "2025-12-31",
                ", workingGroupId: \"stp-cycle-g1\", ownerId: \"stp-a2\", occupations: [\"813\"]");
        measure("stp-cycle", "stp-cycle-m2", "DONE", "2025-03-01", "2025-06-30", ", workingGroupId: \"stp-cycle-g1\"");
        measure("stp-cycle", "stp-cycle-m3", "IDEA", null, null, "");
        workshop(
                "stp-cycle", "stp-cycle-w2", 2, "2025-04-01", ", agreedMeasures: [\"stp-cycle-m1\", \"stp-cycle-m2\"]");
        workshop("stp-cycle", "stp-cycle-w3", 3, "2026-01-15", """
                , lessons: "Weiter im Netz", evaluations: [{measureId: "stp-cycle-m1", assessment: PARTLY, notes: "halb"},
                                                           {measureId: "stp-cycle-m2", assessment: ACHIEVED}]""");
        graphQl.document("""
                        mutation { upsertStrategyProcess(input: {id: "stp-cycle", name: "Prozess stp-cycle", districts: ["97101"],
                                   started: "2025-01-10", foundedNetworkId: "stp-net"}) { foundedNetwork { id } } }""")
                .execute()
                .path("upsertStrategyProcess.foundedNetwork.id")
                .entity(String.class)
                .isEqualTo("stp-net");

        var response = graphQl.document("""
                        { district(ags: "97101") { strategyProcesses { id } }
                          strategyProcess(id: "stp-cycle") {
                            districts { ags }
                            timeline { date kind subjectId }
                            workshops { phase participants { id } dataSources agreedMeasures { id }
                                        evaluations { measure { id } assessment notes } lessons }
                            workingGroups { lead { id } members { id } occupations { code } targetGroups { name }
                                            measures { id } }
                            measures { id status owner { id } workingGroup { id } evaluation { assessment } }
                            late: progress(asOf: "2026-01-20") { measures byStatus { status count } overdue { id }
                                                                 byAssessment { assessment count } }
                            early: progress(asOf: "2025-12-01") { overdue { id } }
                          } }""").execute();
        response.path("district.strategyProcesses[*].id")
                .entityList(String.class)
                .contains("stp-cycle")
                .path("strategyProcess.districts[*].ags")
                .entityList(String.class)
                .containsExactly("97101");
        // every dated step of the inputs above, in date order (same day: process, workshop, group, measure)
        response.path("strategyProcess.timeline")
                .entityList(Map.class)
                .satisfies(entries -> assertThat(entries)
                        .extracting(e -> e.get("date") + " " + e.get("kind") + " " + e.get("subjectId"))
                        .containsExactly(
                                "2025-01-10 PROCESS_STARTED stp-cycle",
                                "2025-02-01 WORKSHOP_STOCKTAKING stp-cycle-w1",
                                "2025-02-01 WORKING_GROUP_FORMED stp-cycle-g1",
                                "2025-03-01 MEASURE_START stp-cycle-m1",
                                "2025-03-01 MEASURE_START stp-cycle-m2",
                                "2025-04-01 WORKSHOP_OPERATIONALISATION stp-cycle-w2",
                                "2025-06-30 MEASURE_END stp-cycle-m2",
                                "2025-12-31 MEASURE_END stp-cycle-m1",
                                "2026-01-15 WORKSHOP_EVALUATION stp-cycle-w3"));
        response.path("strategyProcess.workshops[*].phase")
                .entityList(Integer.class)
                .containsExactly(1, 2, 3)
                .path("strategyProcess.workshops[0].participants[*].id")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrder("stp-a1", "stp-a2", "stp-a3"))
                .path("strategyProcess.workshops[0].dataSources")
                .entityList(String.class)
                .containsExactly("Fachkräfteprognose")
                .path("strategyProcess.workshops[1].agreedMeasures[*].id")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrder("stp-cycle-m1", "stp-cycle-m2"))
                .path("strategyProcess.workshops[2].evaluations[*].assessment")
                .entityList(String.class)
                .containsExactly("PARTLY", "ACHIEVED")
                .path("strategyProcess.workshops[2].lessons")
                .entity(String.class)
                .isEqualTo("Weiter im Netz");
        // the lead counts among the members
        response.path("strategyProcess.workingGroups[0].lead.id")
                .entity(String.class)
                .isEqualTo("stp-a1")
                .path("strategyProcess.workingGroups[0].members[*].id")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrder("stp-a1", "stp-a2"))
                .path("strategyProcess.workingGroups[0].occupations[*].code")
                .entityList(String.class)
                .containsExactly("813")
                .path("strategyProcess.workingGroups[0].measures[*].id")
                .entityList(String.class)
                .containsExactly("stp-cycle-m1", "stp-cycle-m2");
        // m1 is IN_PROGRESS with its planned end 2025-12-31 passed on 2026-01-20, but not on 2025-12-01
        response.path("strategyProcess.late.measures")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("strategyProcess.late.byStatus")
                .entityList(Map.class)
                .satisfies(counts -> assertThat(counts)
                        .extracting(c -> c.get("status") + "=" + c.get("count"))
                        .containsExactly("IDEA=1", "PLANNED=0", "IN_PROGRESS=1", "DONE=1", "DROPPED=0"))
                .path("strategyProcess.late.overdue[*].id")
                .entityList(String.class)
                .containsExactly("stp-cycle-m1")
                .path("strategyProcess.late.byAssessment")
                .entityList(Map.class)
                .satisfies(counts -> assertThat(counts)
                        .extracting(c -> c.get("assessment") + "=" + c.get("count"))
                        .containsExactly("ACHIEVED=1", "PARTLY=1", "NOT_ACHIEVED=0"))
                .path("strategyProcess.early.overdue")
                .entityList(Object.class)
                .hasSize(0);
        // measures across processes: by status and occupation (a parent code matches)
        graphQl.document("""
                        { measures(filter: {status: [IN_PROGRESS], occupationCode: "81", districts: ["97101"]}) {
                            totalCount edges { node { id process { id } } } } }""")
                .execute()
                .path("measures.edges[*].node.id")
                .entityList(String.class)
                .containsExactly("stp-cycle-m1");
    }

    @Test
    void theOrderOfTheCycleIsEnforcedWithPreciseErrors() {
        process("stp-order", "2025-01-01", "2025-12-31");
        process("stp-other", "2025-01-01", null);
        expectError("""
                mutation { upsertStrategyProcess(input: {name: "x", districts: ["97101"], started: "2025-02-01", ended: "2025-01-01"}) { id } }""", "BAD_REQUEST", "input.ended");
        expectError("""
                mutation { upsertStrategyProcess(input: {name: "x", districts: []}) { id } }""", "BAD_REQUEST", "input.districts");
        expectError("""
                mutation { recordWorkshop(input: {processId: "stp-order", phase: 4, date: "2025-02-01"}) { id } }""", "BAD_REQUEST", "input.phase");
        expectError("""
                mutation { recordWorkshop(input: {processId: "stp-nothing", phase: 1, date: "2025-02-01"}) { id } }""", "NOT_FOUND", "input.processId");
        expectError("""
                mutation { recordWorkshop(input: {processId: "stp-order", phase: 2, date: "2025-02-01"}) { id } }""", "BAD_REQUEST", "input.phase");
        expectError("""
                mutation { upsertWorkingGroup(input: {processId: "stp-order", name: "zu früh"}) { id } }""", "BAD_REQUEST", "input.processId");
        expectError("""
                mutation { upsertMeasure(input: {processId: "stp-order", title: "zu früh"}) { id } }""", "BAD_REQUEST", "input.processId");
        expectError("""
                mutation { recordWorkshop(input: {processId: "stp-order", phase: 1, date: "2024-12-01"}) { id } }""", "BAD_REQUEST", "input.date");
        expectError("""
                mutation { recordWorkshop(input: {processId: "stp-order", phase: 1, date: "2025-02-01", lessons: "zu früh"}) { id } }""", "BAD_REQUEST", "input.lessons");
        workshop("stp-order", "stp-order-w1", 1, "2025-02-01", "");
        workshop("stp-other", "stp-other-w1", 1, "2025-02-01", "");
        expectError("""
                mutation { recordWorkshop(input: {id: "stp-order-w1b", processId: "stp-order", phase: 1, date: "2025-02-02"}) { id } }""", "BAD_REQUEST", "input.phase");
        expectError("""
                mutation { recordWorkshop(input: {processId: "stp-order", phase: 2, date: "2025-01-20"}) { id } }""", "BAD_REQUEST", "input.date");
        expectError("""
                mutation { upsertWorkingGroup(input: {processId: "stp-order", name: "zu früh", since: "2025-01-15"}) { id } }""", "BAD_REQUEST", "input.since");
        workingGroup("stp-other", "stp-other-g1", "2025-02-01", null, "");
        expectError("""
                mutation { upsertMeasure(input: {processId: "stp-order", title: "fremd", workingGroupId: "stp-other-g1"}) { id } }""", "BAD_REQUEST", "input.workingGroupId");
        expectError("""
                mutation { upsertMeasure(input: {processId: "stp-order", title: "rückwärts", plannedStart: "2025-05-01", plannedEnd: "2025-04-01"}) { id } }""", "BAD_REQUEST", "input.plannedEnd");
        measure("stp-order", "stp-order-m1", "IDEA", null, null, "");
        measure("stp-other", "stp-other-m1", "PLANNED", "2025-03-01", "2025-04-01", "");
        expectError("""
                mutation { upsertMeasure(input: {id: "stp-order-m1", processId: "stp-other", title: "umziehen"}) { id } }""", "BAD_REQUEST", "input.processId");
        // agreed at workshop 2 only with a timetable, evaluated at workshop 3 only if of the same process
        expectError("""
                mutation { recordWorkshop(input: {processId: "stp-order", phase: 2, date: "2025-03-01", agreedMeasures: ["stp-order-m1"]}) { id } }""", "BAD_REQUEST", "input.agreedMeasures[0].measureId");
        expectError("""
                mutation { recordWorkshop(input: {processId: "stp-order", phase: 2, date: "2025-03-01",
                           evaluations: [{measureId: "stp-order-m1", assessment: ACHIEVED}]}) { id } }""", "BAD_REQUEST", "input.evaluations");
        workshop("stp-order", "stp-order-w2", 2, "2025-03-01", "");
        expectError("""
                mutation { recordWorkshop(input: {processId: "stp-order", phase: 3, date: "2026-01-10"}) { id } }""", "BAD_REQUEST", "input.date");
        expectError("""
                mutation { recordWorkshop(input: {id: "stp-order-w3", processId: "stp-order", phase: 3, date: "2025-11-10",
                           evaluations: [{measureId: "stp-order-m1", assessment: ACHIEVED},
                                         {measureId: "stp-other-m1", assessment: PARTLY}]}) { id } }""", "BAD_REQUEST", "input.evaluations[1].measureId");
        // nothing of a refused workshop was written
        assertThat(count("MATCH (w:Workshop {id: 'stp-order-w3'}) RETURN count(w)"))
                .isZero();
        expectError("""
                mutation { upsertStrategyProcess(input: {id: "stp-order", name: "x", districts: ["97101"], started: "2025-02-15"}) { id } }""", "BAD_REQUEST", "input.started");
    }

    @Test
    void meetingCoAttendanceAndWorkingGroupsAreDatedTiesOfTheLandscape() {
        graphQl.document("""
                        mutation { upsertMeeting(input: {id: "stp-meeting", title: "Erfahrungsaustausch", kind: EXCHANGE,
                                   date: "2026-02-01", districtAgs: "97101", organiserId: "stp-a6",
                                   attendees: ["stp-a4", "stp-a5"]}) { attendees { id } organiser { id } district { ags } } }""")
                .execute()
                .path("upsertMeeting.attendees[*].id")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrder("stp-a4", "stp-a5"));
        process("stp-ties", "2026-01-01", null);
        workshop("stp-ties", "stp-ties-w1", 1, "2026-01-10", "");
        workingGroup("stp-ties", "stp-ties-g1", "2026-01-10", "2026-12-31", ", members: [\"stp-a3\", \"stp-a5\"]");

        assertThat(ties("2026-03-01"))
                .contains(
                        "stp-a4-stp-a5 " + MEETING_WEIGHT + " meetings=1 groups=0",
                        "stp-a3-stp-a5 " + WORKING_GROUP_WEIGHT + " meetings=0 groups=1");
        // before the meeting, and after the group's period
        assertThat(ties("2026-01-31")).noneMatch(t -> t.startsWith("stp-a4-stp-a5"));
        assertThat(ties("2027-01-01"))
                .contains("stp-a4-stp-a5 " + MEETING_WEIGHT + " meetings=1 groups=0")
                .noneMatch(t -> t.startsWith("stp-a3-stp-a5"));
        // a meeting counts for three years (regiograph.landscape.meeting-years)
        assertThat(ties("2029-02-02")).noneMatch(t -> t.startsWith("stp-a4-stp-a5"));

        graphQl.document("""
                        { byDistrict: meetings(filter: {districtAgs: "97101", from: "2026-01-01", to: "2026-12-31"}) { edges { node { id } } }
                          byActor: meetings(filter: {actorId: "stp-a5"}) { edges { node { id } } }
                          before: meetings(filter: {actorId: "stp-a4", to: "2026-01-31"}) { totalCount } }""")
                .execute()
                .path("byDistrict.edges[*].node.id")
                .entityList(String.class)
                .containsExactly("stp-meeting")
                .path("byActor.edges[*].node.id")
                .entityList(String.class)
                .containsExactly("stp-meeting")
                .path("before.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
        expectError("""
                { meetings(filter: {from: "2026-02-01", to: "2026-01-01"}) { totalCount } }""", "BAD_REQUEST", "filter.to");
    }

    /** The ties of district 97101 among the stp- actors: "a-b strength meetings=n groups=m". */
    private List<String> ties(String asOf) {
        return graphQl
                .document("""
                        { networkLandscape(ags: ["97101"], asOf: "%s") {
                            ties { from { id } to { id } strength sharedMeetings sharedWorkingGroups } } }""".formatted(asOf))
                .execute()
                .path("networkLandscape.ties")
                .entityList(Map.class)
                .get()
                .stream()
                .map(t -> ((Map<?, ?>) t.get("from")).get("id") + "-" + ((Map<?, ?>) t.get("to")).get("id") + " "
                        + t.get("strength") + " meetings=" + t.get("sharedMeetings") + " groups="
                        + t.get("sharedWorkingGroups"))
                .toList();
    }

    @Test
    void anAdoptedPracticeIsNotSuggestedAgainAndCountsAsEvidence() {
        assertThat(suggested("97101")).contains("stp-gp");
        assertThat(origins("97103")).containsExactly("97102");
        process("stp-adopt", "2025-01-01", null);
        workshop("stp-adopt", "stp-adopt-w1", 1, "2025-02-01", "");
        measure("stp-adopt", "stp-adopt-m1", "PLANNED", "2025-03-01", null, ", inspiredById: \"stp-gp\"");

        assertThat(suggested("97101")).doesNotContain("stp-gp");
        assertThat(origins("97103")).containsExactly("97101", "97102");
        graphQl.document("{ goodPractice(id: \"stp-gp\") { inspiredMeasures { id process { districts { ags } } } } }")
                .execute()
                .path("goodPractice.inspiredMeasures[*].id")
                .entityList(String.class)
                .containsExactly("stp-adopt-m1");

        // a dropped measure no longer counts
        measure("stp-adopt", "stp-adopt-m1", "DROPPED", "2025-03-01", null, ", inspiredById: \"stp-gp\"");
        assertThat(suggested("97101")).contains("stp-gp");
        assertThat(origins("97103")).containsExactly("97102");
    }

    private List<String> suggested(String ags) {
        return graphQl.document("{ transferSuggestions(ags: \"%s\", first: 100) { practice { id } } }".formatted(ags))
                .execute()
                .path("transferSuggestions[*].practice.id")
                .entityList(String.class)
                .get();
    }

    private List<String> origins(String ags) {
        return graphQl.document(
                        "{ transferSuggestions(ags: \"%s\", first: 100) { practice { id } comesFrom { district { ags } } } }"
                                .formatted(ags))
                .execute()
                .path("transferSuggestions[?(@.practice.id == 'stp-gp')].comesFrom[*].district.ags")
                .entityList(String.class)
                .get();
    }

    @Test
    void importsTheCsvFormatsAndRejectsABadRowByLineAndColumn() {
        importCsv("STRATEGY_PROCESSES", """
                id,name,districts,started,ended,founded_network_id,description,illustrative
                stp-csv,Importierter Prozess,97101,2025-01-01,,stp-net,aus CSV,true
                """, 1);
        importCsv("WORKSHOPS", """
                id,process_id,phase,date,place,participants,data_sources,notes,lessons
                stp-csv-w1,stp-csv,1,2025-02-01,Kreishaus,stp-a1|stp-a2,Prognose|Statistik,,
                stp-csv-w2,stp-csv,2,2025-05-01,Kreishaus,stp-a1,,,
                stp-csv-w3,stp-csv,3,2025-11-01,Kreishaus,stp-a1,,,Weitermachen
                """, 3);
        importCsv("WORKING_GROUPS", """
                id,process_id,name,rationale,since,until,lead_id,members,occupations,target_groups
                stp-csv-g1,stp-csv,Pflege,Engpass,2025-02-01,,stp-a2,stp-a3,813|821,Incomings
                """, 1);
        importCsv("MEASURES", """
                id,process_id,working_group_id,title,description,owner_id,status,planned_start,planned_end,occupations,target_groups,inspired_by_id,illustrative
                stp-csv-m1,stp-csv,stp-csv-g1,Anerkennung,,stp-a2,DONE,2025-03-01,2025-09-30,813,Incomings,stp-gp2,true
                stp-csv-m2,stp-csv,stp-csv-g1,Schnuppertage,,stp-a3,DROPPED,2025-03-01,2025-10-31,,,,true
                """, 2);
        importCsv("WORKSHOP_OUTCOMES", """
                workshop_id,measure_id,assessment,notes
                stp-csv-w2,stp-csv-m1,,
                stp-csv-w3,stp-csv-m1,ACHIEVED,gut
                stp-csv-w3,stp-csv-m2,NOT_ACHIEVED,
                """, 3);
        importCsv("MEETINGS", """
                id,title,kind,date,place,district_ags,organiser_id,topic,attendees,illustrative
                stp-csv-mt,Konferenz,CONFERENCE,2025-06-01,Ort,97101,stp-a1,Pflege,stp-a1|stp-a6,true
                """, 1);
        graphQl.document("""
                        { strategyProcess(id: "stp-csv") { foundedNetwork { id }
                            workshops { participants { id } agreedMeasures { id } evaluations { measure { id } assessment } }
                            workingGroups { members { id } } measures { id inspiredBy { id } } }
                          meeting(id: "stp-csv-mt") { kind attendees { id } } }""")
                .execute()
                .path("strategyProcess.foundedNetwork.id")
                .entity(String.class)
                .isEqualTo("stp-net")
                .path("strategyProcess.workshops[0].participants[*].id")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrder("stp-a1", "stp-a2"))
                .path("strategyProcess.workshops[1].agreedMeasures[*].id")
                .entityList(String.class)
                .containsExactly("stp-csv-m1")
                .path("strategyProcess.workshops[2].evaluations[*].assessment")
                .entityList(String.class)
                .containsExactly("ACHIEVED", "NOT_ACHIEVED")
                .path("strategyProcess.workingGroups[0].members[*].id")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrder("stp-a2", "stp-a3"))
                .path("strategyProcess.measures[0].inspiredBy.id")
                .entity(String.class)
                .isEqualTo("stp-gp2")
                .path("meeting.attendees[*].id")
                .entityList(String.class)
                .satisfies(list -> assertThat(list).containsExactlyInAnyOrder("stp-a1", "stp-a6"));

        var rejected = graphQl.document("""
                        mutation($csv: String!) { importCsv(file: WORKSHOPS, csv: $csv) {
                            imported problems { file line column reason } files { created } } }""").variable("csv", """
                        id,process_id,phase,date
                        stp-csv-bad1,stp-csv,1,2025-02-01
                        stp-csv-bad2,stp-csv,4,2025-02-01
                        """).execute();
        rejected.path("importCsv.imported")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("importCsv.problems")
                .entityList(Map.class)
                .satisfies(problems -> assertThat(problems).singleElement().satisfies(p -> {
                    assertThat(p.get("file")).isEqualTo("workshops.csv");
                    assertThat(p.get("line")).isEqualTo(3);
                    assertThat(p.get("column")).isEqualTo("phase");
                    assertThat((String) p.get("reason")).startsWith("must be 1 (stocktaking)");
                }));
        assertThat(count("MATCH (w:Workshop) WHERE w.id STARTS WITH 'stp-csv-bad' RETURN count(w)"))
                .isZero();
    }

    /** Imports the file through HTTP; {@code rows} is the number of data rows, all accepted. */
    private void importCsv(String file, String csv, int rows) {
        graphQl.document("""
                        mutation($file: ImportFile!, $csv: String!) { importCsv(file: $file, csv: $csv) {
                            imported problems { line column reason } files { rowsRead rowsRejected } } }""")
                .variable("file", file)
                .variable("csv", csv)
                .execute()
                .path("importCsv.problems")
                .entityList(Object.class)
                .hasSize(0)
                .path("importCsv.imported")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("importCsv.files[0].rowsRead")
                .entity(Integer.class)
                .isEqualTo(rows)
                .path("importCsv.files[0].rowsRejected")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void theDemoProcessIsACompleteCycle() {
        var response = graphQl.document("""
                        { strategyProcess(id: "sp-fulda-2024") {
                            districts { ags state { code } }
                            workshops { phase agreedMeasures { id } evaluations { assessment } }
                            workingGroups { occupations { code } targetGroups { name } members { id } }
                            measures { status inspiredBy { id } }
                          } }""").execute();
        response.path("strategyProcess.districts[*].state.code")
                .entityList(String.class)
                .containsExactly("06")
                .path("strategyProcess.workshops[*].phase")
                .entityList(Integer.class)
                .containsExactly(1, 2, 3)
                .path("strategyProcess.workingGroups")
                .entityList(Object.class)
                .hasSize(3)
                .path("strategyProcess.measures[*].status")
                .entityList(String.class)
                .satisfies(statuses -> assertThat(statuses)
                        .hasSizeGreaterThanOrEqualTo(6)
                        .contains("IDEA", "PLANNED", "IN_PROGRESS", "DONE", "DROPPED"))
                .path("strategyProcess.measures[*].inspiredBy.id")
                .entityList(String.class)
                .satisfies(practices -> assertThat(practices).isNotEmpty())
                .path("strategyProcess.workshops[2].evaluations")
                .entityList(Object.class)
                .hasSize((int) count("MATCH (:Workshop {id: 'ws-fulda-3'})-[r:EVALUATED]->(:Measure) RETURN count(r)"));
        graphQl.document("{ meetings(filter: {districtAgs: \"06631\"}) { totalCount } }")
                .execute()
                .path("meetings.totalCount")
                .entity(Long.class)
                .isEqualTo(count("""
                        MATCH (m:Meeting) WHERE EXISTS { (m)-[:HELD_IN]->(:District {ags: '06631'}) }
                           OR EXISTS { (m)<-[:ATTENDED]-(:Actor)-[:LOCATED_IN]->(:District {ags: '06631'}) }
                        RETURN count(m)"""));
    }

    /** The files of data/examples import together (checked and written, then rolled back: a dry run). */
    @Test
    void theExampleFilesImport() throws IOException {
        var folder = Path.of("data/examples");
        List<String> files;
        try (var list = Files.list(folder)) {
            files = list.map(f -> f.getFileName().toString()).sorted().toList();
        }
        var result = importer.importAll(
                new Importer.Source() {
                    @Override
                    public List<String> files() {
                        return files;
                    }

                    @Override
                    public InputStream open(String file) throws IOException {
                        return Files.newInputStream(folder.resolve(file));
                    }
                },
                new Importer.Options(true, false, 100));
        assertThat(result.problems()).isEmpty();
        assertThat(result.rejected()).isFalse();
        assertThat(result.files()).hasSize(6);
        assertThat(count("MATCH (p:StrategyProcess {id: 'sp-example'}) RETURN count(p)"))
                .isZero();
    }

    @Test
    void nestedFieldsOfManyMeasuresUseAsManyStatementsAsOfOne() {
        long one = statements(1);
        long all = statements(500);
        assertThat(count("MATCH (m:Measure) RETURN count(m)")).isGreaterThanOrEqualTo(7);
        assertThat(all).isEqualTo(one);
        // measures and the 13 nested fields that reach the database, one statement each
        assertThat(all).isEqualTo(14);
    }

    private long statements(int first) {
        var counter = meters.counter("regiograph.cypher.statements");
        double before = counter.count();
        graphQl.document("""
                        query($first: Int) { measures(first: $first) { edges { node {
                          id owner { id } occupations { code } targetGroups { name } inspiredBy { id }
                          evaluation { assessment } workingGroup { members { id } }
                          process { districts { ags } progress { measures } timeline { kind }
                                    workshops { participants { id } } }
                        } } } }""").variable("first", first).execute().errors().verify();
        return Math.round(counter.count() - before);
    }
}
