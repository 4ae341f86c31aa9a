package de.regiograph.bench;

import de.regiograph.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scale generator for tests outside the suite: a graph over Hessen's real districts in one import folder. */
public final class GeneratedFolder {

    private GeneratedFolder() {}

    /**
     * Writes reference and user data of a Hessen graph with {@code actors} actors (networks,
     * practices and ties in the proportions of scale S) into {@code folder/import}, and answers that.
     */
    public static Path hessen(int actors, long seed, Path folder) throws IOException {
        var s = Scale.S;
        double share = (double) actors / s.actors();
        var scale = new Scale(
                "S" + actors,
                s.regions(),
                actors,
                (int) Math.max(5, s.networks() * share),
                (int) Math.max(5, s.practices() * share),
                s.membersPerNetwork(),
                s.cooperationsPerActor(),
                (int) Math.max(10, s.largestNetwork() * share));
        var generated = new ScaleGenerator(SharedData.FOLDER, Benchmarks.TAXONOMY)
                .generate(scale, seed, folder.resolve("generated"));
        var all = Files.createDirectories(folder.resolve("import"));
        for (var source : List.of(generated.reference(), generated.userData())) {
            try (Stream<Path> files = Files.list(source)) {
                for (var file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                    Files.copy(file, all.resolve(file.getFileName()));
                }
            }
        }
        return all;
    }
}
