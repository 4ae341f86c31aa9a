package de.regiograph.system;

import java.util.List;

/** A Relay connection: the page's edges, where it stands, and how many there are in all. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(T node, String cursor) {}

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}
}
