package de.regiograph.importing;

import de.regiograph.graph.Changes;
import de.regiograph.graph.Link;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the earlier files of one import wrote: the keys of their nodes, so that later files' references
 * to them need no lookup (files are checked ahead of the one written: their keys count from the end of
 * their check);
 * which of those nodes the import created; and the relationship types it wrote. A relationship to a
 * node the import created cannot exist before the import writes relationships of its type, so it is
 * created without looking for it first. That holds because the node files create no relationships
 * of the types the relationship files write (a practice's implementations come from their own
 * file), and it holds after an interruption too: a node the interrupted run created is found, not
 * created, by the run that completes it. The keys are only read and changed by the thread that checks the
 * files, one after the other; the rest only by the importing thread, while the batches it writes two
 * at a time only read it (and ask {@link #isNew(NodeType)}, which is synchronized).
 */
final class Written {

    private final Set<String> keys = new HashSet<>();
    private final Set<String> created = new HashSet<>();
    private final Set<RelationshipType> types = EnumSet.noneOf(RelationshipType.class);
    private final Map<NodeType, Boolean> newTypes = new EnumMap<>(NodeType.class);
    private final Predicate<NodeType> none;

    /** {@code none}: whether the database has no node of a type. */
    Written(Predicate<NodeType> none) {
        this.none = none;
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    /** Records the node keys of a file checked, before the next file's check starts. */
    void provided(Collection<String> fileKeys) {
        keys.addAll(fileKeys);
    }

    /**
     * Records a batch of {@code rows} written, by the keys of its nodes ({@link References#provided}).
     * Every node upsert counts each row once, as created, updated or unchanged, so a batch that only
     * created created all its nodes.
     */
    void nodes(Collection<String> batch, int rows, Changes changes) {
        if (changes.created() == rows && changes.updated() == 0 && changes.unchanged() == 0) {
            created.addAll(batch);
        }
    }

    /**
     * Whether the nodes of the type that this import writes are all new: the database had none of
     * them when the import first wrote one (asked then, and remembered). Each node type has one file,
     * which holds a key once, so its rows are created without looking for them first; a run that
     * completes an interrupted one finds the nodes already there and compares its rows as usual.
     */
    synchronized boolean isNew(NodeType type) {
        return newTypes.computeIfAbsent(type, none::test);
    }

    /** Records that a file wrote relationships of these types. */
    void relationships(Collection<RelationshipType> written) {
        types.addAll(written);
    }

    /** Whether the link cannot exist yet: an end is a node this import created, and no earlier file wrote its type. */
    boolean isNew(Link link) {
        return !types.contains(link.type())
                && (created.contains(References.provided(link.type().from(), link.from()))
                        || created.contains(References.provided(link.type().to(), link.to())));
    }
}
