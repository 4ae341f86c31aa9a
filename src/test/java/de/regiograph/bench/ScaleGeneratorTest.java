package de.regiograph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleGeneratorTest {

    private static final Scale TINY_HESSEN = new Scale("T", new Scale.RealDistricts("06"), 400, 30, 20, 6, 2, 100);
    private static final Scale TINY_SYNTHETIC = new Scale("T", new Scale.SyntheticRegions(90), 500, 20, 10, 5, 2, 50);

    private final ScaleGenerator generator = new ScaleGenerator(SharedData.FOLDER, Benchmarks.TAXONOMY);

    @TempDir
    Path folder;

    @Test
    void sameSeedWritesSameBytesAndAnotherSeedOtherBytes() throws IOException {
        var first = generator.generate(TINY_HESSEN, 7, folder.resolve("first"));
        var second = generator.generate(TINY_HESSEN, 7, folder.resolve("second"));
        var other = generator.generate(TINY_HESSEN, 8, folder.resolve("other"));

        assertThat(first.rows()).isEqualTo(second.rows());
        assertThat(generator.generate(TINY_HESSEN, 7, folder.resolve("first")))
                .as("found again, not written again")
                .isEqualTo(first);
        for (var file : first.rows().keySet()) {
            assertThat(Files.readAllBytes(second.userData().resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(first.userData().resolve(file)));
        }
        assertThat(Files.readAllBytes(other.userData().resolve("memberships.csv")))
                .isNotEqualTo(Files.readAllBytes(first.userData().resolve("memberships.csv")));
    }

    @Test
    void hessenHasTheRealDistrictsOfTheStateAndRecordsThatReferToThem() throws IOException {
        var data = generator.generate(TINY_HESSEN, 1, folder);

        var districts = keys(data.reference().resolve("districts.csv"), "ags");
        var expected = SharedData.read(SharedData.FOLDER.resolve("districts.csv")).stream()
                .filter(d -> d.get("state_code").equals("06"))
                .map(d -> d.get("ags"))
                .collect(Collectors.toSet());
        assertThat(districts).isEqualTo(expected);
        assertThat(read(data, "actors.csv")).hasSize(TINY_HESSEN.actors());
        assertThat(read(data, "networks.csv")).hasSize(TINY_HESSEN.networks());
        assertThat(read(data, "good_practices.csv")).hasSize(TINY_HESSEN.practices());
        assertReferencesResolve(data, districts);
    }

    @Test
    void theNationwideNetworkHasTheLargestNetworksMembersAndNoDistrict() throws IOException {
        var data = generator.generate(TINY_HESSEN, 1, folder);

        var members = read(data, "memberships.csv").stream()
                .filter(m -> m.get("network_id").equals(ScaleGenerator.networkId(0)))
                .count();
        assertThat(members).isEqualTo(TINY_HESSEN.largestNetwork());
        assertThat(read(data, "networks.csv").get(0).get("active_in")).isEmpty();
    }

    @Test
    void mostMembersOfADistrictNetworkAreInItsDistrictsOrNextToThem() throws IOException {
        var data = generator.generate(TINY_HESSEN, 3, folder);
        var home = read(data, "actors.csv").stream()
                .collect(Collectors.toMap(a -> a.get("id"), a -> a.get("district_ags")));
        var activeIn = read(data, "networks.csv").stream()
                .collect(Collectors.toMap(
                        n -> n.get("id"), n -> Set.of(n.get("active_in").split("\\|"))));
        var borders = new HashSet<String>();
        SharedData.read(data.reference().resolve("district_adjacency.csv")).forEach(b -> {
            borders.add(b.get("ags_a") + b.get("ags_b"));
            borders.add(b.get("ags_b") + b.get("ags_a"));
        });

        var local = read(data, "memberships.csv").stream()
                .filter(m -> !m.get("network_id").equals(ScaleGenerator.networkId(0)))
                .map(m -> activeIn.get(m.get("network_id")).stream()
                        .anyMatch(ags -> ags.equals(home.get(m.get("actor_id")))
                                || borders.contains(ags + home.get(m.get("actor_id")))))
                .toList();
        assertThat(local.stream().filter(b -> b).count()).isGreaterThan(local.size() * 9L / 10);
    }

    @Test
    void syntheticRegionsAreConnectedByBordersInTheirOwnStates() throws IOException {
        var data = generator.generate(TINY_SYNTHETIC, 5, folder);

        var districts = SharedData.read(data.reference().resolve("districts.csv"));
        assertThat(districts).hasSize(90);
        assertThat(districts)
                .allSatisfy(d -> assertThat(d.get("ags")).matches("\\d{5}").startsWith(d.get("state_code")));
        var states = keys(data.reference().resolve("states.csv"), "state_code");
        assertThat(districts).allSatisfy(d -> assertThat(states).contains(d.get("state_code")));
        var bordering = new HashSet<String>();
        SharedData.read(data.reference().resolve("district_adjacency.csv")).forEach(b -> {
            bordering.add(b.get("ags_a"));
            bordering.add(b.get("ags_b"));
        });
        assertThat(bordering).hasSize(90);
        assertReferencesResolve(data, keys(data.reference().resolve("districts.csv"), "ags"));
    }

    /** What the importer checks before writing: every key exists, no relationship twice. */
    private static void assertReferencesResolve(ScaleGenerator.Generated data, Set<String> districts) {
        var actors = keysOf(data, "actors.csv", "id");
        var networks = keysOf(data, "networks.csv", "id");
        var practices = keysOf(data, "good_practices.csv", "id");
        assertThat(read(data, "actors.csv"))
                .allSatisfy(a -> assertThat(districts).contains(a.get("district_ags")));
        assertThat(read(data, "memberships.csv")).allSatisfy(m -> {
            assertThat(actors).contains(m.get("actor_id"));
            assertThat(networks).contains(m.get("network_id"));
        });
        assertUnique(read(data, "memberships.csv").stream()
                .map(m -> m.get("actor_id") + "→" + m.get("network_id"))
                .toList());
        assertThat(read(data, "cooperations.csv")).allSatisfy(c -> {
            assertThat(actors).contains(c.get("actor_id"), c.get("partner_id"));
            assertThat(c.get("actor_id")).isNotEqualTo(c.get("partner_id"));
        });
        assertUnique(read(data, "cooperations.csv").stream()
                .map(c -> unordered(c.get("actor_id"), c.get("partner_id")))
                .toList());
        assertThat(read(data, "practice_implementations.csv")).allSatisfy(i -> {
            assertThat(practices).contains(i.get("practice_id"));
            assertThat(districts).contains(i.get("ags"));
        });
        assertThat(read(data, "practice_actors.csv"))
                .allSatisfy(p -> assertThat(actors).contains(p.get("actor_id")));
        assertThat(read(data, "shortages.csv"))
                .allSatisfy(s -> assertThat(districts).contains(s.get("ags")));
    }

    private static String unordered(String a, String b) {
        return a.compareTo(b) < 0 ? a + "↔" + b : b + "↔" + a;
    }

    private static void assertUnique(List<String> pairs) {
        assertThat(new HashSet<>(pairs)).hasSameSizeAs(pairs);
    }

    private static List<Map<String, String>> read(ScaleGenerator.Generated data, String file) {
        return SharedData.read(data.userData().resolve(file));
    }

    private static Set<String> keysOf(ScaleGenerator.Generated data, String file, String column) {
        return keys(data.userData().resolve(file), column);
    }

    private static Set<String> keys(Path file, String column) {
        return SharedData.read(file).stream().map(r -> r.get(column)).collect(Collectors.toSet());
    }
}
