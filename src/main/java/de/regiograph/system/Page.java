package de.regiograph.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as asked for by {@code first} and {@code after}. Cursors are opaque to
 * clients; they encode the position in the sorted list.
 */
public record Page(int offset, int limit) {

    public static final int MAX_SIZE = 500;
    private static final String PREFIX = "position:";

    public static Page of(Integer first, String after) {
        int limit = first == null ? 20 : first;
        if (limit < 0 || limit > MAX_SIZE) {
            throw new InvalidArgumentException("first", "must be between 0 and " + MAX_SIZE + ", was " + limit);
        }
        return new Page(after == null ? 0 : decode(after) + 1, limit);
    }

    public <T> Connection<T> connection(List<T> nodes, long totalCount) {
        var edges = new java.util.ArrayList<Connection.Edge<T>>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(new Connection.Edge<>(nodes.get(i), encode(offset + i)));
        }
        var info = new Connection.PageInfo(
                offset + nodes.size() < totalCount,
                offset > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, totalCount);
    }

    public <T, R> Connection<R> connection(List<T> nodes, long totalCount, Function<T, R> mapper) {
        return connection(nodes.stream().map(mapper).toList(), totalCount);
    }

    private static String encode(int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new InvalidArgumentException("after", "not a cursor returned by this API: '" + cursor + "'");
    }
}
