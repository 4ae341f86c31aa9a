package de.regiograph.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** The analysis queries of cypher/queries, which researchers run as they are. */
final class QueryFile {

    private QueryFile() {}

    static String read(String name) {
        var resource = new ClassPathResource("cypher/queries/" + name + ".cypher");
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query " + resource.getPath(), e);
        }
    }
}
