package de.regiograph.strategy;

import de.regiograph.graph.Changes;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import de.regiograph.graph.Upsert;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Writes exchange meetings with where they were held, who organised and who attended them. */
@Repository
public class Meetings {

    private static final Upsert MEETING = Upsert.of(NodeType.MEETING)
            .one(RelationshipType.HELD_IN, "districtAgs")
            .one(RelationshipType.ORGANISED_BY, "organiserId");

    private final Nodes nodes;
    private final ActorLinks actorLinks;

    Meetings(Nodes nodes, ActorLinks actorLinks) {
        this.nodes = nodes;
        this.actorLinks = actorLinks;
    }

    /** Creates or updates meetings by id; a null list of attendees leaves them as they are. */
    @Transactional
    public Changes upsert(List<Meeting> meetings, IntFunction<String> argument) {
        var references = new References();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < meetings.size(); i++) {
            var m = meetings.get(i);
            m.addReferences(argument.apply(i), references);
            var properties = new HashMap<String, Object>();
            properties.put("title", m.title());
            properties.put("kind", m.kind().name());
            properties.put("date", m.date());
            properties.put("place", m.place());
            properties.put("topic", m.topic());
            properties.put("illustrative", m.illustrative());
            var fields = new HashMap<String, Object>();
            fields.put("districtAgs", m.districtAgs());
            fields.put("organiserId", m.organiserId());
            rows.add(Nodes.row(m.id(), properties, fields));
        }
        return nodes.upsert(MEETING, rows, references)
                .plus(actorLinks.replace(RelationshipType.ATTENDED, meetings, Meeting::id, Meeting::attendees));
    }
}
