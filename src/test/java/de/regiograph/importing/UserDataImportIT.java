package de.regiograph.importing;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import de.regiograph.graph.Changes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Users' own files: bad rows are reported by file, line and column, and a bad file writes nothing. */
class UserDataImportIT extends IntegrationTest {

    static final String ACTORS = """
            id,name,kind,district_ags,description
            imp-a1,Importfirma Eins,COMPANY,06535,gut
            imp-a2,Importfirma Zwei,CITY,06535,falsche Art
            imp-a3,,COMPANY,06535,kein Name
            imp-a4,Importfirma Vier,COMPANY,06999,unbekannter Kreis
            imp-a5,"Importfirma, Fünf",SCHOOL,06631,gut
            """;

    @Autowired
    Importer importer;

    @TempDir
    Path folder;

    @Test
    void aFileWithBadRowsIsRejectedWholeWithLineAndColumn() throws IOException {
        Files.writeString(folder.resolve("actors.csv"), ACTORS);
        Files.writeString(folder.resolve("notes.csv"), "a,b\n1,2\n");
        var result = importer.importAll(new Folder(folder), Importer.Options.DEFAULT);
        assertThat(result.rejected()).isTrue();
        assertThat(result.unknownFiles()).containsExactly("notes.csv");
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3L, "kind"),
                        org.assertj.core.groups.Tuple.tuple(4L, "name"),
                        org.assertj.core.groups.Tuple.tuple(5L, "district_ags"));
        assertThat(result.problems())
                .filteredOn(p -> p.line() == 5)
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .isEqualTo("actors.csv line 5, column district_ags: no district with key '06999'"));
        assertThat(result.problems())
                .filteredOn(p -> p.line() == 3)
                .singleElement()
                .satisfies(p -> assertThat(p.reason())
                        .startsWith("expected one of [MUNICIPALITY")
                        .endsWith("got 'CITY'"));
        assertThat(count("MATCH (a:Actor) WHERE a.id STARTS WITH 'imp-a' RETURN count(a)"))
                .isZero();
    }

    @Test
    void skipInvalidWritesExactlyTheGoodRows() throws IOException {
        Files.writeString(folder.resolve("actors.csv"), ACTORS.replace("imp-a", "imp-s"));
        var result = importer.importAll(new Folder(folder), new Importer.Options(false, true, 2));
        assertThat(result.rejected()).isFalse();
        assertThat(result.problems()).hasSize(3);
        assertThat(result.files().get(0).rowsRead()).isEqualTo(5);
        assertThat(result.files().get(0).rowsRejected()).isEqualTo(3);
        assertThat(result.changes().created()).isEqualTo(2);
        assertThat(database.query("MATCH (a:Actor) WHERE a.id STARTS WITH 'imp-s' RETURN a.name ORDER BY a.id")
                        .fetchAs(String.class)
                        .all())
                .containsExactly("Importfirma Eins", "Importfirma, Fünf");
    }

    @Test
    void dryRunCountsButWritesNothing() throws IOException {
        Files.writeString(folder.resolve("actors.csv"), "id,name,kind,district_ags\nimp-d1,Trocken,COMPANY,06535\n");
        var result = importer.importAll(new Folder(folder), new Importer.Options(true, false, 100));
        assertThat(result.changes().created()).isEqualTo(1);
        assertThat(count("MATCH (a:Actor {id: 'imp-d1'}) RETURN count(a)")).isZero();
    }

    @Test
    void changedRowsUpdateOnlyWhatChanged() throws IOException {
        Files.writeString(
                folder.resolve("actors.csv"),
                "id,name,kind,district_ags\nimp-c1,Alt,COMPANY,06535\nimp-c2,Bleibt,COMPANY,06535\n");
        importer.importAll(new Folder(folder), Importer.Options.DEFAULT);
        Files.writeString(
                folder.resolve("actors.csv"),
                "id,name,kind,district_ags\nimp-c1,Neu,COMPANY,06535\nimp-c2,Bleibt,COMPANY,06535\n");
        var result = importer.importAll(new Folder(folder), Importer.Options.DEFAULT);
        assertThat(result.changes()).isEqualTo(new Changes(0, 1, 1));
    }

    @Test
    void fileLevelProblemsAreNamed() throws IOException {
        Files.writeString(folder.resolve("actors.csv"), "id;name;kind;district_ags\nx;y;COMPANY;06535\n");
        assertThat(importer.importAll(new Folder(folder), Importer.Options.DEFAULT)
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason())
                        .isEqualTo("the columns are separated by ';'; Regiograph reads comma-separated files"));
        Files.writeString(folder.resolve("actors.csv"), "id,name,kind\nx,y,COMPANY\n");
        assertThat(importer.importAll(new Folder(folder), Importer.Options.DEFAULT)
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .isEqualTo("actors.csv line 1, column district_ags: the header has no column 'district_ags'"));
        Files.write(
                folder.resolve("actors.csv"),
                "id,name,kind,district_ags\nimp-l1,Gr\u00fcn,COMPANY,06535\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(importer.importAll(new Folder(folder), Importer.Options.DEFAULT)
                        .problems())
                .singleElement()
                .satisfies(p ->
                        assertThat(p.reason()).isEqualTo("the file is not UTF-8 encoded (save it as 'CSV UTF-8')"));
        Files.writeString(
                folder.resolve("actors.csv"),
                "\uFEFFid,name,kind,district_ags\nimp-b1,Mit BOM,COMPANY,06535\nimp-b1,Doppelt,COMPANY,06535\n");
        assertThat(importer.importAll(new Folder(folder), Importer.Options.DEFAULT)
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .isEqualTo("actors.csv line 3: the same key imp-b1 is already on line 2"));
        assertThat(count("MATCH (a:Actor) WHERE a.id IN ['x', 'imp-l1', 'imp-b1'] RETURN count(a)"))
                .isZero();
    }

    /**
     * Relationships to nodes an import created are created without looking for them; a run that
     * completes one killed while writing memberships must find those it wrote, not write them twice.
     */
    @Test
    void aRunCompletingAnInterruptedImportWritesNoRelationshipTwice() throws IOException {
        var actors = "id,name,kind,district_ags\n" + "imp-i1,Eins,COMPANY,06535\n" + "imp-i2,Zwei,COMPANY,06535\n"
                + "imp-i3,Drei,SCHOOL,06531\n";
        var memberships = "actor_id,network_id,role\n" + "imp-i1,imp-in1,MEMBER\n" + "imp-i2,imp-in1,MEMBER\n"
                + "imp-i3,imp-in1,COORDINATOR\n" + "act-0003,imp-in1,MEMBER\n";
        var cooperations = "actor_id,partner_id\nimp-i1,imp-i2\nimp-i3,act-0003\n";
        Files.writeString(folder.resolve("actors.csv"), actors);
        Files.writeString(folder.resolve("networks.csv"), "id,name\nimp-in1,Unterbrochen\n");
        // the interrupted run: its first batch of memberships was written, then it was killed
        Files.writeString(
                folder.resolve("memberships.csv"), memberships.lines().limit(3).collect(joining("\n")));
        var interrupted = importer.importAll(new Folder(folder), new Importer.Options(false, false, 2));
        assertThat(interrupted.files())
                .extracting(ImportResult.FileResult::created)
                .containsExactly(3L, 1L, 2L);

        Files.writeString(folder.resolve("memberships.csv"), memberships);
        Files.writeString(folder.resolve("cooperations.csv"), cooperations);
        var completed = importer.importAll(new Folder(folder), new Importer.Options(false, false, 2));
        assertThat(completed.files())
                .extracting(ImportResult.FileResult::file, f -> f.changes())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("actors.csv", new Changes(0, 0, 3)),
                        org.assertj.core.groups.Tuple.tuple("networks.csv", new Changes(0, 0, 1)),
                        org.assertj.core.groups.Tuple.tuple("memberships.csv", new Changes(2, 0, 2)),
                        org.assertj.core.groups.Tuple.tuple("cooperations.csv", new Changes(2, 0, 0)));
        assertThat(count("MATCH (:Actor)-[r:MEMBER_OF]->(:Network {id: 'imp-in1'}) RETURN count(r)"))
                .isEqualTo(4);
        assertThat(count("MATCH (a:Actor)-[r:COOPERATES_WITH]->(b:Actor) "
                        + "WHERE a.id STARTS WITH 'imp-i' OR b.id STARTS WITH 'imp-i' RETURN count(r)"))
                .isEqualTo(2);
        assertThat(importer.importAll(new Folder(folder), Importer.Options.DEFAULT)
                        .changes())
                .isEqualTo(new Changes(0, 0, 10));
    }

    /**
     * A network's memberships in one batch are compared against its relationships read once (see
     * {@code RelationshipType#changedLinksCypher}): a changed role, an ended membership and a new
     * member are found among unchanged ones.
     */
    @Test
    void aReimportFindsTheChangedMembershipsOfANetwork() throws IOException {
        Files.writeString(
                folder.resolve("actors.csv"),
                "id,name,kind,district_ags\n"
                        + IntStream.rangeClosed(1, 6)
                                .mapToObj(i -> "imp-m" + i + ",Mitglied " + i + ",COMPANY,06535\n")
                                .collect(joining()));
        Files.writeString(folder.resolve("networks.csv"), "id,name\nimp-mn1,Mitgliedernetz\n");
        var members = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> "imp-m" + i + ",imp-mn1,MEMBER,2020-01-01,\n")
                .collect(joining());
        Files.writeString(folder.resolve("memberships.csv"), "actor_id,network_id,role,since,until\n" + members);
        importer.importAll(new Folder(folder), Importer.Options.DEFAULT);

        Files.writeString(
                folder.resolve("memberships.csv"),
                "actor_id,network_id,role,since,until\n"
                        + members.replace("imp-m2,imp-mn1,MEMBER", "imp-m2,imp-mn1,COORDINATOR")
                                .replace(
                                        "imp-m4,imp-mn1,MEMBER,2020-01-01,",
                                        "imp-m4,imp-mn1,MEMBER,2020-01-01,2025-12-31")
                        + "imp-m6,imp-mn1,PARTNER,2024-05-01,\n");
        var result = importer.importAll(new Folder(folder), Importer.Options.DEFAULT);
        assertThat(result.files())
                .extracting(ImportResult.FileResult::file, f -> f.changes())
                .contains(org.assertj.core.groups.Tuple.tuple("memberships.csv", new Changes(1, 2, 3)));
        assertThat(database.query("""
                                MATCH (a:Actor)-[m:MEMBER_OF]->(:Network {id: 'imp-mn1'})
                                RETURN a.id + ' ' + m.role + ' ' + coalesce(toString(m.until), '-') ORDER BY a.id""").fetchAs(String.class).all())
                .containsExactly(
                        "imp-m1 MEMBER -",
                        "imp-m2 COORDINATOR -",
                        "imp-m3 MEMBER -",
                        "imp-m4 MEMBER 2025-12-31",
                        "imp-m5 MEMBER -",
                        "imp-m6 PARTNER -");
    }

    @Test
    void aReimportInSmallBatchesUpdatesExactlyTheChangedRows() throws IOException {
        // batches of two, written two at a time
        var rows = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "imp-q" + i + ",Batchfirma " + i + ",COMPANY,06535\n")
                .collect(joining());
        Files.writeString(folder.resolve("actors.csv"), "id,name,kind,district_ags\n" + rows);
        assertThat(importer.importAll(new Folder(folder), new Importer.Options(false, false, 2))
                        .changes()
                        .created())
                .isEqualTo(9);
        Files.writeString(
                folder.resolve("actors.csv"),
                "id,name,kind,district_ags\n"
                        + rows.replace("Batchfirma 4,", "Batchfirma Vier,")
                                .replace("Batchfirma 9,COMPANY,06535", "Batchfirma 9,COMPANY,06631"));
        var result = importer.importAll(new Folder(folder), new Importer.Options(false, false, 2));
        assertThat(result.changes()).isEqualTo(new Changes(0, 2, 7));
        assertThat(database.query("""
                                MATCH (a:Actor)-[:LOCATED_IN]->(d:District) WHERE a.id STARTS WITH 'imp-q'
                                RETURN a.name + ' ' + d.ags ORDER BY a.id""").fetchAs(String.class).all())
                .containsExactly(
                        "Batchfirma 1 06535",
                        "Batchfirma 2 06535",
                        "Batchfirma 3 06535",
                        "Batchfirma Vier 06535",
                        "Batchfirma 5 06535",
                        "Batchfirma 6 06535",
                        "Batchfirma 7 06535",
                        "Batchfirma 8 06535",
                        "Batchfirma 9 06631");
    }

    /**
     * A re-import compares every list of a row with the relationships the node has, so an edit of
     * any one list since the import (another end, one more, one fewer) is found and undone.
     */
    @Test
    void aReimportFindsAnEditOfAnyList() throws IOException {
        Files.writeString(
                folder.resolve("networks.csv"),
                "id,name,active_in,focus_occupations,focus_target_groups,focus_action_fields\n"
                        + "imp-ln1,Listennetz,06535|06531,813|821,Auszubildende,Wohnen\n");
        importer.importAll(new Folder(folder), Importer.Options.DEFAULT);
        var lists = "MATCH (:Network {id: 'imp-ln1'})-[r:ACTIVE_IN|FOCUSES_ON]->(x) "
                + "RETURN type(r) + ' ' + labels(x)[0] + ' ' + coalesce(x.ags, x.code, x.name) AS item ORDER BY item";
        var imported = java.util.List.copyOf(
                database.query(lists).fetchAs(String.class).all());
        assertThat(imported)
                .containsExactly(
                        "ACTIVE_IN District 06531",
                        "ACTIVE_IN District 06535",
                        "FOCUSES_ON ActionField Wohnen",
                        "FOCUSES_ON Occupation 813",
                        "FOCUSES_ON Occupation 821",
                        "FOCUSES_ON TargetGroup Auszubildende");
        var edits = java.util.List.of(
                "MATCH (n:Network {id: 'imp-ln1'})-[r:ACTIVE_IN]->(:District {ags: '06531'}) DELETE r "
                        + "WITH DISTINCT n MATCH (d:District {ags: '06631'}) CREATE (n)-[:ACTIVE_IN]->(d)",
                "MATCH (n:Network {id: 'imp-ln1'})-[r:FOCUSES_ON]->(:Occupation {code: '821'}) DELETE r",
                "MATCH (n:Network {id: 'imp-ln1'}), (t:TargetGroup {name: 'Incomings'}) CREATE (n)-[:FOCUSES_ON]->(t)",
                "MATCH (n:Network {id: 'imp-ln1'})-[r:FOCUSES_ON]->(:ActionField) DELETE r");
        for (var edit : edits) {
            database.query(edit).run();
            assertThat(importer.importAll(new Folder(folder), Importer.Options.DEFAULT)
                            .changes())
                    .as(edit)
                    .isEqualTo(new Changes(0, 1, 0));
            assertThat(database.query(lists).fetchAs(String.class).all())
                    .as(edit)
                    .containsExactlyElementsOf(imported);
        }
        assertThat(importer.importAll(new Folder(folder), Importer.Options.DEFAULT)
                        .changes())
                .isEqualTo(new Changes(0, 0, 1));
    }

    @Test
    void aRelationshipTwiceInAFileIsRefused() throws IOException {
        Files.writeString(
                folder.resolve("memberships.csv"),
                "actor_id,network_id,role\nact-0003,net-001,MEMBER\nact-0003,net-001,PARTNER\n");
        var result = importer.importAll(new Folder(folder), Importer.Options.DEFAULT);
        assertThat(result.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .isEqualTo("memberships.csv line 3: the same relationship is already on line 2"));
        assertThat(count("MATCH (:Actor {id: 'act-0003'})-[r:MEMBER_OF]->(:Network {id: 'net-001'}) RETURN count(r)"))
                .isLessThanOrEqualTo(1);
    }

    @Test
    void uploadThroughGraphQl() {
        graphQl.document("""
                        mutation($csv: String!) {
                          importCsv(file: ACTORS, csv: $csv) { imported problems { line column reason } }
                        }""")
                .variable("csv", ACTORS.replace("imp-a", "imp-g"))
                .execute()
                .path("importCsv.imported")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("importCsv.problems[*].line")
                .entityList(Integer.class)
                .containsExactly(3, 4, 5);
        graphQl.document("""
                        mutation($csv: String!) {
                          importCsv(file: ACTORS, csv: $csv, skipInvalid: true) { imported files { rowsRead rowsRejected created } }
                        }""")
                .variable("csv", ACTORS.replace("imp-a", "imp-g"))
                .execute()
                .path("importCsv.imported")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("importCsv.files[0].created")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("importCsv.files[0].rowsRejected")
                .entity(Integer.class)
                .isEqualTo(3);
        assertThat(count("MATCH (a:Actor) WHERE a.id STARTS WITH 'imp-g' RETURN count(a)"))
                .isEqualTo(2);
    }

    static final String NETWORKS = """
            id,name,description,founded,active_in,focus_occupations,focus_target_groups,focus_action_fields
            imp-rn1,Restore-Netz,aus der Datei,2020-01-01,06535|06531,813|821,Auszubildende,Wohnen
            """;

    /** Change detection compares with what the database holds, so an edit by another write path is undone. */
    @Test
    void aReimportRestoresARecordEditedSince() {
        var first = importNetworks();
        assertThat(first.path("importCsv.files[0].created")
                        .entity(Integer.class)
                        .get())
                .isEqualTo(1);
        assertThat(activeIn()).containsExactly("06531", "06535");
        importNetworks()
                .path("importCsv.files[0].unchanged")
                .entity(Integer.class)
                .isEqualTo(1);

        graphQl.document("""
                        mutation {
                          upsertNetwork(input: {id: "imp-rn1", name: "Umbenannt", founded: "2020-01-01",
                                                activeIn: ["06535"], focusOccupations: ["813"]}) { id }
                        }""")
                .execute()
                .path("upsertNetwork.id")
                .entity(String.class)
                .isEqualTo("imp-rn1");
        assertThat(activeIn()).containsExactly("06535");

        importNetworks()
                .path("importCsv.files[0].updated")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("importCsv.files[0].created")
                .entity(Integer.class)
                .isEqualTo(0);
        graphQl.document("""
                        { network(id: "imp-rn1") { name description
                            activeIn { ags } focusOccupations { code } focusTargetGroups { name } focusActionFields { name } } }""")
                .execute()
                .path("network.name")
                .entity(String.class)
                .isEqualTo("Restore-Netz")
                .path("network.description")
                .entity(String.class)
                .isEqualTo("aus der Datei")
                .path("network.activeIn[*].ags")
                .entityList(String.class)
                .contains("06535", "06531")
                .hasSize(2)
                .path("network.focusOccupations[*].code")
                .entityList(String.class)
                .contains("813", "821")
                .hasSize(2)
                .path("network.focusTargetGroups[*].name")
                .entityList(String.class)
                .containsExactly("Auszubildende")
                .path("network.focusActionFields[*].name")
                .entityList(String.class)
                .containsExactly("Wohnen");
        importNetworks()
                .path("importCsv.files[0].unchanged")
                .entity(Integer.class)
                .isEqualTo(1);
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Response importNetworks() {
        return graphQl.document("""
                        mutation($csv: String!) {
                          importCsv(file: NETWORKS, csv: $csv) { imported files { created updated unchanged } }
                        }""").variable("csv", NETWORKS).execute();
    }

    private java.util.List<String> activeIn() {
        return java.util.List.copyOf(
                database.query("MATCH (:Network {id: 'imp-rn1'})-[:ACTIVE_IN]->(d) RETURN d.ags AS ags ORDER BY ags")
                        .fetchAs(String.class)
                        .all());
    }
}
