package de.regiograph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** The analysis queries of {@code cypher/queries}: the app runs the same files that researchers run. */
public final class QueryLibrary {

    private QueryLibrary() {}

    /** The text of {@code cypher/queries/<name>.cypher}. */
    public static String read(String name) {
        var resource = new ClassPathResource("cypher/queries/" + name + ".cypher");
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query " + resource.getPath(), e);
        }
    }
}
