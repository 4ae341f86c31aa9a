package de.regiograph.graph;

import de.regiograph.graph.RelationshipType.Property;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class LinkController {

    private final Links links;

    LinkController(Links links) {
        this.links = links;
    }

    record LinkInput(
            RelationshipType type,
            String from,
            String to,
            MembershipRole role,
            LocalDate since,
            LocalDate until,
            String topic,
            Integer year,
            Integer commuters,
            Double severity) {

        Link link() {
            var properties = new EnumMap<Property, Object>(Property.class);
            properties.put(Property.ROLE, role);
            properties.put(Property.SINCE, since);
            properties.put(Property.UNTIL, until);
            properties.put(Property.TOPIC, topic);
            properties.put(Property.YEAR, year);
            properties.put(Property.COMMUTERS, commuters);
            properties.put(Property.SEVERITY, severity);
            return Link.of("input", type, from, to, properties);
        }
    }

    @MutationMapping
    boolean link(@Argument LinkInput input) {
        var link = input.link();
        links.link(link.type(), List.of(link), i -> "input");
        return true;
    }

    @MutationMapping
    boolean unlink(@Argument LinkInput input) {
        return links.unlink(Link.ends("input", input.type(), input.from(), input.to(), input.year()));
    }
}
