package de.regiograph.research;

import java.util.List;

/** The columns of a read-only query and its rows (values in column order), cut off at the row cap. */
record CypherResult(List<String> columns, List<List<Object>> rows, boolean truncated, String queryType) {

    public int rowCount() {
        return rows.size();
    }
}
