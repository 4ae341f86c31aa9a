package de.regiograph.actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.regiograph.graph.Changes;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.NodeWrite;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import de.regiograph.graph.Upsert;
import de.regiograph.security.ContactCipher;
import de.regiograph.system.Connection;
import de.regiograph.system.Filter;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Page;
import de.regiograph.system.Queries;
import de.regiograph.system.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Actors in the graph. */
@Repository
public class Actors {

    private static final Upsert UPSERT = Upsert.of(NodeType.ACTOR).one(RelationshipType.LOCATED_IN, "districtAgs");

    /** The property holding an actor's contact persons, sealed by {@link ContactCipher}. */
    static final String SEALED_CONTACTS = "sealedContacts";

    private static final TypeReference<List<ContactPerson>> CONTACT_LIST = new TypeReference<>() {};

    private final Neo4jClient client;
    private final Nodes nodes;
    private final ContactCipher cipher;
    private final ObjectMapper json;

    Actors(Neo4jClient client, Nodes nodes, ContactCipher cipher, ObjectMapper json) {
        this.client = client;
        this.nodes = nodes;
        this.cipher = cipher;
        this.json = json;
    }

    Optional<Actor> byId(String id) {
        return Queries.one(
                client,
                "MATCH (n:Actor {id: $id}) RETURN " + Actor.PROJECTION + " AS n",
                Map.of("id", id),
                Actor.class,
                Actor::of);
    }

    Connection<Actor> list(ActorController.ActorFilter filter, ActorController.ActorOrder order, Page page) {
        var where = new Filter();
        if (filter != null) {
            where.with(
                            "kinds",
                            filter.kinds() == null
                                    ? null
                                    : filter.kinds().stream().map(Enum::name).toList(),
                            "n.kind IN $kinds")
                    .with(
                            "districtAgs",
                            filter.districtAgs(),
                            "EXISTS { (n)-[:LOCATED_IN]->(:District {ags: $districtAgs}) }")
                    .with("networkId", filter.networkId(), "EXISTS { (n)-[:MEMBER_OF]->(:Network {id: $networkId}) }")
                    .with("name", filter.name(), "toLower(n.name) CONTAINS toLower($name)");
        }
        var direction = order.direction().name();
        var orderBy = switch (order.field()) {
            case NAME -> "n.name " + direction + ", n.id";
            case ID -> "n.id " + direction;
            case KIND -> "n.kind " + direction + ", n.name, n.id";
        };
        return Queries.page(
                client,
                "MATCH (n:Actor)" + where.where(),
                orderBy,
                Actor.PROJECTION,
                where.parameters(),
                page,
                Actor::of);
    }

    /** The actors with the given ids, each in a list of one, for batch mappings. */
    public Map<String, List<Actor>> byIds(Collection<String> ids) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (n:Actor {id: key})
                RETURN key, [%s] AS items
                """.formatted(Actor.PROJECTION), ids, Actor::of);
    }

    Map<String, List<Actor>> inDistricts(Collection<String> ags) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:District {ags: key})<-[:LOCATED_IN]-(n:Actor)
                WITH key, n ORDER BY n.name, n.id
                RETURN key, collect(n {.*, districtAgs: key}) AS items
                """, ags, Actor::of);
    }

    Map<String, List<Cooperation>> cooperations(Collection<String> ids) {
        return Queries.grouped(
                client,
                """
                UNWIND $keys AS key
                MATCH (:Actor {id: key})-[r:COOPERATES_WITH]-(n:Actor)
                WITH key, r, n ORDER BY n.name, n.id
                RETURN key, collect({partner: %s, since: r.since, topic: r.topic}) AS items
                """.formatted(Actor.PROJECTION),
                ids,
                m -> new Cooperation(Actor.of(m.get("partner")), Values.date(m, "since"), Values.text(m, "topic")));
    }

    /** The contact persons of the actors with these ids, opened from their sealed form. */
    Map<String, List<ContactPerson>> contacts(Collection<String> ids) {
        var contacts = new HashMap<String, List<ContactPerson>>();
        sealedContacts(ids).forEach((id, value) -> contacts.put(id, read(cipher.open(id, value))));
        return contacts;
    }

    private Map<String, String> sealedContacts(Collection<String> ids) {
        var values = new HashMap<String, String>();
        client.query("""
                        UNWIND $ids AS id
                        MATCH (n:Actor {id: id}) WHERE n.sealedContacts IS NOT NULL
                        RETURN id, n.sealedContacts AS sealed""")
                .bind(ids)
                .to("ids")
                .fetch()
                .all()
                .forEach(row -> values.put((String) row.get("id"), (String) row.get("sealed")));
        return values;
    }

    /**
     * The sealed form of the actor's contacts, null for none. Unchanged contacts keep their sealed
     * form (a new one would differ by its random IV), so that writing the same data again changes nothing.
     */
    private String seal(Actor actor, String argument, String previous) {
        if (actor.contacts() == null || actor.contacts().isEmpty()) {
            return null;
        }
        if (!cipher.available()) {
            throw new InvalidArgumentException(
                    argument + ".contacts",
                    "contact persons cannot be stored: the server has no REGIOGRAPH_CONTACT_KEY configured");
        }
        var text = write(actor.contacts());
        if (previous != null) {
            try {
                if (text.equals(cipher.open(actor.id(), previous))) {
                    return previous;
                }
            } catch (IllegalStateException e) {
                // sealed with another key: sealed again below with the current one
            }
        }
        return cipher.seal(actor.id(), text);
    }

    private String write(List<ContactPerson> contacts) {
        try {
            return json.writeValueAsString(contacts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ContactPerson> read(String text) {
        try {
            return json.readValue(text, CONTACT_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contact data could not be read", e);
        }
    }

    /**
     * Creates or updates actors by id, each located in its district (which must exist);
     * {@code argument} names element i in errors.
     */
    @Transactional
    public Changes upsert(List<Actor> actors, IntFunction<String> argument) {
        return write(actors, argument, NodeWrite.CHECK);
    }

    /**
     * Like {@link #upsert}, taking for granted what {@code write} says (the importer checks whole
     * files, and knows when no node of the type existed before).
     */
    @Transactional
    public Changes write(List<Actor> actors, IntFunction<String> argument, NodeWrite write) {
        var references = new References();
        var rows = new ArrayList<Map<String, Object>>();
        var withContacts = actors.stream()
                .filter(a -> a.contacts() != null && !a.contacts().isEmpty())
                .map(Actor::id)
                .toList();
        var previous = write == NodeWrite.NEW || withContacts.isEmpty()
                ? Map.<String, String>of()
                : sealedContacts(withContacts);
        for (int i = 0; i < actors.size(); i++) {
            var a = actors.get(i);
            if (write == NodeWrite.CHECK) {
                a.addReferences(argument.apply(i), references);
            }
            var properties = new HashMap<String, Object>();
            properties.put(SEALED_CONTACTS, seal(a, argument.apply(i), previous.get(a.id())));
            properties.put("name", a.name());
            properties.put("kind", a.kind().name());
            properties.put("description", a.description());
            properties.put("website", a.website());
            properties.put("illustrative", a.illustrative());
            rows.add(Nodes.row(a.id(), properties, Map.of("districtAgs", a.districtAgs())));
        }
        return nodes.write(UPSERT, rows, references, write);
    }
}
