package de.regiograph.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/**
 * Backup of the whole graph as JSON lines, and restore into an empty database. {@code nodes.jsonl}:
 * one node a line, {@code {"id": …, "labels": […], "properties": {…}}}; {@code relationships.jsonl}:
 * {@code {"type": …, "start": …, "end": …, "properties": {…}}} with the node ids of the backup;
 * {@code checksum.json}: the {@link DatabaseChecksum} at export, which the restore must reproduce.
 * Strings, integers, floats, booleans and lists are JSON values; dates, times and durations are
 * {@code {"$type": "date", "value": "2025-01-01"}} (also {@code datetime}, {@code localdatetime},
 * {@code time}, {@code localtime}), so the restore gives them back their type.
 * Neo4j-Migrations' bookkeeping (labels starting with {@code __}) is not part of a backup: the
 * restored database has its own.
 */
@Component
public class Backup {

    static final String NODES = "nodes.jsonl";
    static final String RELATIONSHIPS = "relationships.jsonl";
    static final String CHECKSUM = "checksum.json";

    private static final int BATCH = 2_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Driver driver;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    Backup(Driver driver) {
        this.driver = driver;
    }

    /** What a backup or restore wrote. */
    public record Result(long nodes, long relationships, DatabaseChecksum checksum) {}

    /** Writes the graph into {@code folder} (created; it must not hold a backup already). */
    public Result export(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (var file : List.of(NODES, RELATIONSHIPS, CHECKSUM)) {
            if (Files.exists(folder.resolve(file))) {
                throw new IllegalArgumentException(folder.resolve(file) + " exists already; choose an empty folder");
            }
        }
        var checksum = DatabaseChecksum.of(driver);
        long nodes;
        long relationships;
        try (var session = driver.session();
                var tx = session.beginTransaction()) {
            nodes = write(
                    folder.resolve(NODES),
                    tx.run("""
                            MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__')
                            RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
                            """),
                    r -> ordered(
                            "id",
                            r.get("id").asString(),
                            "labels",
                            r.get("labels").asList(),
                            "properties",
                            encode(r.get("properties").asMap())));
            relationships = write(
                    folder.resolve(RELATIONSHIPS),
                    tx.run("""
                            MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l STARTS WITH '__')
                            RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties
                            """),
                    r -> ordered(
                            "type",
                            r.get("type").asString(),
                            "start",
                            r.get("start").asString(),
                            "end",
                            r.get("end").asString(),
                            "properties",
                            encode(r.get("properties").asMap())));
            tx.commit();
        }
        json.writerWithDefaultPrettyPrinter()
                .writeValue(folder.resolve(CHECKSUM).toFile(), checksum);
        return new Result(nodes, relationships, checksum);
    }

    /** The checksum a backup recorded at export. */
    public DatabaseChecksum recordedChecksum(Path folder) throws IOException {
        return json.readValue(folder.resolve(CHECKSUM).toFile(), DatabaseChecksum.class);
    }

    /**
     * Loads a backup into a database without nodes of its own (else refused), in transactions of
     * 2,000 nodes or relationships, and answers the checksum of the result.
     */
    public Result restore(Path folder) throws IOException {
        for (var file : List.of(NODES, RELATIONSHIPS)) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new IllegalArgumentException("not a backup: " + folder.resolve(file) + " is missing");
            }
        }
        try (var session = driver.session()) {
            long existing = session.run(
                            "MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong();
            if (existing > 0) {
                throw new IllegalArgumentException(
                        "the database is not empty (" + existing + " nodes); restore into an empty one");
            }
        }
        var ids = new HashMap<String, String>();
        long nodes = read(folder.resolve(NODES), batch -> createNodes(batch, ids));
        long relationships = read(folder.resolve(RELATIONSHIPS), batch -> createRelationships(batch, ids));
        return new Result(nodes, relationships, DatabaseChecksum.of(driver));
    }

    private void createNodes(List<JsonNode> batch, Map<String, String> ids) {
        var byLabels = new LinkedHashMap<List<String>, List<Map<String, Object>>>();
        for (var line : batch) {
            var labels = new ArrayList<String>();
            line.get("labels").forEach(l -> labels.add(name(l.asText())));
            byLabels.computeIfAbsent(labels, k -> new ArrayList<>())
                    .add(Map.of("id", line.get("id").asText(), "properties", decodeAll(line.get("properties"))));
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> byLabels.forEach((labels, rows) -> {
                var cypher = "UNWIND $rows AS row CREATE (n"
                        + String.join(
                                "", labels.stream().map(l -> ":`" + l + "`").toList())
                        + ") SET n = row.properties RETURN row.id AS backupId, elementId(n) AS id";
                tx.run(cypher, Map.of("rows", rows))
                        .forEachRemaining(r -> ids.put(
                                r.get("backupId").asString(), r.get("id").asString()));
            }));
        }
    }

    private void createRelationships(List<JsonNode> batch, Map<String, String> ids) {
        var byType = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (var line : batch) {
            var start = ids.get(line.get("start").asText());
            var end = ids.get(line.get("end").asText());
            if (start == null || end == null) {
                throw new IllegalArgumentException(
                        "a relationship of the backup joins a node it does not hold: " + line);
            }
            byType.computeIfAbsent(name(line.get("type").asText()), k -> new ArrayList<>())
                    .add(Map.of("start", start, "end", end, "properties", decodeAll(line.get("properties"))));
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> byType.forEach((type, rows) -> tx.run(
                            "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.start MATCH (b) WHERE elementId(b) = row.end"
                                    + " CREATE (a)-[r:`" + type + "`]->(b) SET r = row.properties",
                            Map.of("rows", rows))
                    .consume()));
        }
    }

    /** Labels and types go into the statement text, so only plain names are accepted. */
    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a label or type name of Regiograph: '" + name + "'");
        }
        return name;
    }

    private long write(
            Path file,
            org.neo4j.driver.Result result,
            java.util.function.Function<org.neo4j.driver.Record, Object> line)
            throws IOException {
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (result.hasNext()) {
                out.write(json.writeValueAsString(line.apply(result.next())));
                out.write('\n');
                lines++;
            }
        }
        return lines;
    }

    private long read(Path file, Consumer<List<JsonNode>> batches) throws IOException {
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var batch = new ArrayList<JsonNode>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(json.readTree(line));
                lines++;
                if (batch.size() == BATCH) {
                    batches.accept(batch);
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                batches.accept(batch);
            }
        }
        return lines;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> encode(Map<String, Object> properties) {
        var encoded = new java.util.TreeMap<String, Object>();
        properties.forEach((k, v) -> encoded.put(k, encode(v)));
        return encoded;
    }

    private static Object encode(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Backup::encode).toList();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        var type = value instanceof LocalDate
                ? "date"
                : value instanceof ZonedDateTime || value instanceof OffsetDateTime
                        ? "datetime"
                        : value instanceof LocalDateTime
                                ? "localdatetime"
                                : value instanceof OffsetTime
                                        ? "time"
                                        : value instanceof LocalTime ? "localtime" : null;
        if (type == null) {
            throw new IllegalStateException(
                    "the backup cannot hold a " + value.getClass().getSimpleName() + " property");
        }
        return typed(type, value);
    }

    private static Map<String, Object> typed(String type, Object value) {
        return ordered("$type", type, "value", value.toString());
    }

    private static Map<String, Object> decodeAll(JsonNode properties) {
        var decoded = new HashMap<String, Object>();
        properties.fields().forEachRemaining(e -> decoded.put(e.getKey(), decode(e.getValue())));
        return decoded;
    }

    private static Object decode(JsonNode value) {
        if (value.isArray()) {
            var list = new ArrayList<>();
            value.forEach(v -> list.add(decode(v)));
            return list;
        }
        if (value.isObject()) {
            var text = value.get("value").asText();
            return switch (value.get("$type").asText()) {
                case "date" -> LocalDate.parse(text);
                case "datetime" -> ZonedDateTime.parse(text);
                case "localdatetime" -> LocalDateTime.parse(text);
                case "time" -> OffsetTime.parse(text);
                case "localtime" -> LocalTime.parse(text);
                default -> throw new IllegalArgumentException("unknown value type in backup: " + value);
            };
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.asText();
    }
}
