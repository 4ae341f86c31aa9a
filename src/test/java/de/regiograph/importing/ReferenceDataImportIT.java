package de.regiograph.importing;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import de.regiograph.SharedData;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The real German reference data in ../shared/data, imported twice; counts and facts from the files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceDataImportIT extends IntegrationTest {

    @Autowired
    Importer importer;

    ImportResult first;
    ImportResult second;

    @BeforeAll
    void importTwice() {
        first = importer.importAll(new Folder(SharedData.FOLDER), Importer.Options.DEFAULT);
        second = importer.importAll(new Folder(SharedData.FOLDER), Importer.Options.DEFAULT);
    }

    @Test
    void everyFileIsReadWholeAndNothingRejected() {
        assertThat(first.rejected()).isFalse();
        assertThat(first.problems()).isEmpty();
        assertThat(first.unknownFiles()).isEmpty();
        assertThat(first.files())
                .extracting(ImportResult.FileResult::file, ImportResult.FileResult::rowsRead)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("districts.csv", 401L),
                        org.assertj.core.groups.Tuple.tuple("states.csv", 16L),
                        org.assertj.core.groups.Tuple.tuple("district_adjacency.csv", 1046L),
                        org.assertj.core.groups.Tuple.tuple("kldb2010_groups.csv", 2195L),
                        org.assertj.core.groups.Tuple.tuple("district_indicators_inkar.csv", 2800L),
                        org.assertj.core.groups.Tuple.tuple("commuter_flows_2016.csv", 5006L));
    }

    @Test
    void theGraphHoldsExactlyWhatTheFilesSay() throws IOException {
        var districts = SharedData.read("districts.csv");
        assertThat(count("MATCH (d:District) RETURN count(d)"))
                .isEqualTo(districts.size())
                .isEqualTo(401);
        assertThat(count("MATCH (s:State) RETURN count(s)")).isEqualTo(16);
        assertThat(count("MATCH (:District)-[r:BORDERS]->(:District) RETURN count(r)"))
                .isEqualTo(1046);
        assertThat(count("MATCH (o:Occupation) RETURN count(o)")).isEqualTo(2195);
        var perLevel = database
                .query("MATCH (o:Occupation) RETURN o.level AS level, count(*) AS n ORDER BY level")
                .fetch()
                .all()
                .stream()
                .map(r -> ((Number) r.get("n")).longValue())
                .toList();
        assertThat(perLevel).containsExactly(10L, 37L, 144L, 703L, 1301L);
        assertThat(count("MATCH (v:IndicatorValues) WHERE v.median_age IS NOT NULL RETURN count(v)"))
                .isEqualTo(2800);
        assertThat(count("MATCH (:District)-[r:COMMUTES_TO {year: 2016}]->(:District) RETURN count(r)"))
                .isEqualTo(5006);
        assertThat(count("MATCH (i:Indicator) RETURN count(i)")).isEqualTo(30);
    }

    @Test
    void realFactsSurvive() throws IOException {
        assertThat(database.query("MATCH (:District {ags: '06535'})-[:BORDERS]-(n) RETURN n.ags ORDER BY n.ags")
                        .fetchAs(String.class)
                        .all())
                .containsExactly("06435", "06440", "06531", "06534", "06631", "06632", "06634");
        var nursing = SharedData.read("kldb2010_groups.csv").stream()
                .filter(r -> r.get("code").equals("813"))
                .findFirst()
                .orElseThrow();
        assertThat(database.query("MATCH (o:Occupation {code: '813'})-[:PART_OF]->(p) RETURN o.name + '|' + p.code")
                        .fetchAs(String.class)
                        .one())
                .contains(nursing.get("name") + "|81");
        var vogelsberg2021 = SharedData.read("district_indicators_inkar.csv").stream()
                .filter(r -> r.get("ags").equals("06535") && r.get("year").equals("2021"))
                .findFirst()
                .orElseThrow();
        assertThat(database.query(
                                "MATCH (v:IndicatorValues {id: '06535:2021'})-[:VALUES_OF]->(:District {ags: '06535'}) "
                                        + "RETURN v.unemployment_rate")
                        .fetchAs(Double.class)
                        .one())
                .contains(Double.valueOf(vogelsberg2021.get("unemployment_rate")));
        var eisenach = database.query("MATCH (d:District {ags: '16056'}) RETURN d.current")
                .fetchAs(Boolean.class)
                .one();
        assertThat(eisenach).contains(false);
        var flow = database.query(
                        "MATCH (:District {ags: '06432'})-[r:COMMUTES_TO {year: 2016}]->(:District {ags: '06411'}) "
                                + "RETURN r.commuters")
                .fetchAs(Long.class)
                .one();
        assertThat(flow).contains(29_704L);
        assertThat(database.query("MATCH (d:District {ags: '01001'}) RETURN d.ags")
                        .fetchAs(String.class)
                        .one())
                .contains("01001");
    }

    @Test
    void aSecondImportChangesNothing() {
        assertThat(second.rejected()).isFalse();
        assertThat(second.changes().created()).isZero();
        assertThat(second.changes().updated()).isZero();
        assertThat(second.changes().unchanged())
                .isEqualTo(first.changes().created()
                        + first.changes().updated()
                        + first.changes().unchanged());
    }
}
