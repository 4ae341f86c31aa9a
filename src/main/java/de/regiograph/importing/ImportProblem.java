package de.regiograph.importing;

/** Why a row of an import file cannot be imported. Column is null where the row as a whole is wrong. */
public final class ImportProblem extends RuntimeException {

    private final String file;
    private final long line;
    private final String column;

    ImportProblem(String file, long line, String column, String reason) {
        super(reason, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return getMessage();
    }

    @Override
    public String toString() {
        return file + " line " + line + (column == null ? "" : ", column " + column) + ": " + getMessage();
    }
}
