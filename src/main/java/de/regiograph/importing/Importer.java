package de.regiograph.importing;

import de.regiograph.actor.Actor;
import de.regiograph.actor.ActorKind;
import de.regiograph.actor.Actors;
import de.regiograph.district.District;
import de.regiograph.district.DistrictType;
import de.regiograph.district.Districts;
import de.regiograph.district.State;
import de.regiograph.graph.Link;
import de.regiograph.graph.Links;
import de.regiograph.graph.MembershipRole;
import de.regiograph.graph.RelationshipType;
import de.regiograph.graph.RelationshipType.Property;
import de.regiograph.network.Network;
import de.regiograph.network.Networks;
import de.regiograph.occupation.Occupation;
import de.regiograph.occupation.Occupations;
import de.regiograph.practice.GoodPractice;
import de.regiograph.practice.GoodPractices;
import de.regiograph.practice.SpatialLevel;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.NotFoundException;
import de.regiograph.taxonomy.Taxonomy;
import de.regiograph.taxonomy.TaxonomyKind;
import de.regiograph.taxonomy.TaxonomyTerm;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the files of a folder in the formats of {@code data/FORMATS.md}: reference data first,
 * then the records that refer to it. Each file is read whole and checked before anything of it is
 * written; a file with a bad row is not written at all.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    /** A file the importer knows: how to read a row and how to write a batch of them. */
    private record FileFormat<T>(Function<Row, T> read, BiConsumer<List<T>, IntFunction<String>> write) {}

    private final Map<String, FileFormat<?>> formats = new LinkedHashMap<>();
    private final TransactionTemplate transactions;

    Importer(
            Districts districts,
            Occupations occupations,
            Taxonomy taxonomy,
            Actors actors,
            Networks networks,
            GoodPractices practices,
            Links links,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        formats.put("states.csv", new FileFormat<>(Importer::state, (rows, argument) -> districts.upsertStates(rows)));
        formats.put("districts.csv", new FileFormat<>(Importer::district, districts::upsertDistricts));
        formats.put("kldb2010_groups.csv", new FileFormat<>(Importer::occupation, occupations::upsert));
        formats.put("district_adjacency.csv", linkFormat(links, Importer::border));
        formats.put("taxonomy.csv", new FileFormat<>(Importer::term, (rows, argument) -> taxonomy.upsert(rows)));
        formats.put("actors.csv", new FileFormat<>(r -> actor(r), actors::upsert));
        formats.put("networks.csv", new FileFormat<>(Importer::network, networks::upsert));
        formats.put("memberships.csv", linkFormat(links, Importer::membership));
        formats.put("cooperations.csv", linkFormat(links, Importer::cooperation));
        formats.put("good_practices.csv", new FileFormat<>(Importer::practice, practices::upsert));
        formats.put("practice_implementations.csv", linkFormat(links, Importer::implementation));
        formats.put("practice_actors.csv", linkFormat(links, Importer::practiceActor));
        formats.put("shortages.csv", linkFormat(links, Importer::shortage));
    }

    /** Where the files come from: a folder on disk or the demo data on the classpath. */
    public interface Source {
        /** The file's content, or null when the source has no such file. */
        InputStream open(String file) throws IOException;
    }

    /** What an import did, per file: rows read. */
    public record Result(Map<String, Integer> rowsByFile) {}

    /** Imports every known file the source has, all in one transaction. */
    public Result importAll(Source source) {
        return transactions.execute(status -> {
            var rowsByFile = new LinkedHashMap<String, Integer>();
            formats.forEach((file, format) -> {
                try (var in = source.open(file)) {
                    if (in != null) {
                        rowsByFile.put(file, importFile(file, in, format));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            });
            return new Result(rowsByFile);
        });
    }

    private <T> int importFile(String file, InputStream in, FileFormat<T> format) throws IOException {
        long started = System.nanoTime();
        var values = new ArrayList<T>();
        var lines = new ArrayList<String>();
        var csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        try (var parser = csv.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (var record : parser) {
                var row = new Row(file, record);
                try {
                    values.add(format.read().apply(row));
                } catch (InvalidArgumentException e) {
                    throw row.problem(column(e.argument()), e.getMessage());
                }
                lines.add(row.where());
            }
        }
        try {
            format.write().accept(values, lines::get);
        } catch (NotFoundException e) {
            throw new ImportProblem(file, 0, e.argument(), e.getMessage());
        }
        log.info("Imported {} rows of {} ({} ms)", values.size(), file, (System.nanoTime() - started) / 1_000_000);
        return values.size();
    }

    private static String column(String argument) {
        int dot = argument.lastIndexOf('.');
        return dot < 0 ? argument : argument.substring(dot + 1);
    }

    private static FileFormat<Link> linkFormat(Links links, Function<Row, Link> read) {
        return new FileFormat<>(read, (rows, argument) -> {
            var indexesByType = new EnumMap<RelationshipType, List<Integer>>(RelationshipType.class);
            for (int i = 0; i < rows.size(); i++) {
                indexesByType
                        .computeIfAbsent(rows.get(i).type(), t -> new ArrayList<>())
                        .add(i);
            }
            indexesByType.forEach((type, indexes) ->
                    links.link(type, indexes.stream().map(rows::get).toList(), i -> argument.apply(indexes.get(i))));
        });
    }

    private static State state(Row r) {
        return new State(r.required("state_code"), r.required("name"), r.text("nuts1"));
    }

    private static District district(Row r) {
        var type = r.required("type").toLowerCase(Locale.GERMAN);
        var districtType = switch (type) {
            case "kreisfreie stadt", "stadtkreis" -> DistrictType.KREISFREIE_STADT;
            case "landkreis", "kreis", "regionalverband" -> DistrictType.LANDKREIS;
            default -> throw r.problem("type", "expected 'kreisfreie Stadt' or 'Landkreis', got '" + type + "'");
        };
        var integerPopulation = r.integer("population");
        return new District(
                        r.required("ags"),
                        r.required("name"),
                        r.text("name_official"),
                        r.required("state_code"),
                        districtType,
                        r.integer("bbsr_type"),
                        r.text("bbsr_type_name"),
                        integerPopulation,
                        r.decimal("area_km2"),
                        r.decimal("lat"),
                        r.decimal("lon"),
                        !"no".equalsIgnoreCase(r.text("exists_2023")),
                        r.flag("illustrative"))
                .checked(r.where());
    }

    private static Occupation occupation(Row r) {
        var occupation = Occupation.of(r.where(), r.required("code"), r.required("name"), r.text("short_name"));
        var level = r.integer("level");
        if (level != null && level != occupation.level()) {
            throw r.problem(
                    "level", "code " + occupation.code() + " is on level " + occupation.level() + ", not " + level);
        }
        var parent = r.text("parent_code");
        if (parent != null && !parent.equals(occupation.parentCode())) {
            throw r.problem("parent_code", "the parent of " + occupation.code() + " is " + occupation.parentCode());
        }
        return occupation;
    }

    private static TaxonomyTerm term(Row r) {
        return new TaxonomyTerm(r.constant("kind", TaxonomyKind.class), r.required("name"), r.text("description"))
                .checked(r.where());
    }

    private static Actor actor(Row r) {
        return new Actor(
                        r.required("id"),
                        r.required("name"),
                        r.constant("kind", ActorKind.class),
                        r.required("district_ags"),
                        r.text("description"),
                        r.text("website"),
                        r.flag("illustrative"))
                .checked(r.where());
    }

    private static Network network(Row r) {
        return new Network(
                        r.required("id"),
                        r.required("name"),
                        r.text("description"),
                        r.date("founded"),
                        r.flag("illustrative"),
                        0,
                        r.list("active_in"),
                        r.list("focus_occupations"),
                        r.list("focus_target_groups"),
                        r.list("focus_action_fields"))
                .checked(r.where());
    }

    private static GoodPractice practice(Row r) {
        return new GoodPractice(
                        r.required("id"),
                        r.required("title"),
                        r.text("description"),
                        r.constant("spatial_level", SpatialLevel.class),
                        r.constants("possible_carrier_kinds", ActorKind.class),
                        r.constants("possible_partner_kinds", ActorKind.class),
                        r.text("effects"),
                        r.text("source"),
                        r.date("started"),
                        r.flag("illustrative"),
                        r.list("strategies"),
                        r.list("target_groups"),
                        r.list("action_fields"),
                        r.list("project_types"),
                        r.list("occupations"),
                        null)
                .checked(r.where());
    }

    private static Link border(Row r) {
        return Link.of(r.where(), RelationshipType.BORDERS, r.required("ags_a"), r.required("ags_b"), Map.of());
    }

    private static Link membership(Row r) {
        var properties = new EnumMap<Property, Object>(Property.class);
        properties.put(Property.ROLE, r.constant("role", MembershipRole.class));
        properties.put(Property.SINCE, r.date("since"));
        properties.put(Property.UNTIL, r.date("until"));
        return Link.of(
                r.where(), RelationshipType.MEMBER_OF, r.required("actor_id"), r.required("network_id"), properties);
    }

    private static Link cooperation(Row r) {
        var properties = new EnumMap<Property, Object>(Property.class);
        properties.put(Property.SINCE, r.date("since"));
        properties.put(Property.TOPIC, r.text("topic"));
        return Link.of(
                r.where(),
                RelationshipType.COOPERATES_WITH,
                r.required("actor_id"),
                r.required("partner_id"),
                properties);
    }

    private static Link implementation(Row r) {
        var properties = new EnumMap<Property, Object>(Property.class);
        properties.put(Property.SINCE, r.date("since"));
        return Link.of(
                r.where(), RelationshipType.IMPLEMENTED_IN, r.required("practice_id"), r.required("ags"), properties);
    }

    private static Link practiceActor(Row r) {
        var role = r.required("role").toUpperCase(Locale.ROOT);
        var type = switch (role) {
            case "CARRIER" -> RelationshipType.CARRIES;
            case "PARTNER" -> RelationshipType.PARTNERS_IN;
            default -> throw r.problem("role", "expected CARRIER or PARTNER, got '" + role + "'");
        };
        return Link.of(r.where(), type, r.required("actor_id"), r.required("practice_id"), Map.of());
    }

    private static Link shortage(Row r) {
        var properties = new EnumMap<Property, Object>(Property.class);
        properties.put(Property.YEAR, r.integer("year"));
        properties.put(Property.SEVERITY, r.decimal("severity"));
        return Link.of(
                r.where(), RelationshipType.HAS_SHORTAGE, r.required("ags"), r.required("occupation_code"), properties);
    }
}
