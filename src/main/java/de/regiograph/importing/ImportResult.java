package de.regiograph.importing;

import de.regiograph.graph.Changes;
import java.util.List;

/**
 * What an import did: per file the rows read and rejected and what the accepted rows changed; the
 * problems found; the files it did not know. The import is rejected when a file was.
 */
public record ImportResult(
        List<FileResult> files, List<ImportProblem> problems, List<String> unknownFiles, boolean dryRun) {

    /** One file: {@code rejected} when none of its rows were written because of problems. */
    public record FileResult(
            String file, long rowsRead, long rowsRejected, Changes changes, double seconds, boolean rejected) {

        public long created() {
            return changes.created();
        }

        public long updated() {
            return changes.updated();
        }

        public long unchanged() {
            return changes.unchanged();
        }
    }

    /** Whether everything was imported (nothing rejected). */
    public boolean imported() {
        return !rejected();
    }

    public boolean rejected() {
        return files.stream().anyMatch(FileResult::rejected);
    }

    public Changes changes() {
        return files.stream().map(FileResult::changes).reduce(Changes.NONE, Changes::plus);
    }

    /** A summary for people: one line per file, then the problems. */
    public String summary() {
        var text = new StringBuilder(dryRun ? "Dry run, nothing was written.\n" : "");
        text.append(String.format(
                "%-40s %9s %9s %9s %9s %9s %8s%n",
                "file", "rows", "rejected", "created", "updated", "unchanged", "seconds"));
        for (var f : files) {
            text.append(String.format(
                    "%-40s %9d %9d %9d %9d %9d %8.1f%s%n",
                    f.file(),
                    f.rowsRead(),
                    f.rowsRejected(),
                    f.created(),
                    f.updated(),
                    f.unchanged(),
                    f.seconds(),
                    f.rejected() ? "  REJECTED" : ""));
        }
        unknownFiles.forEach(
                f -> text.append("not imported, unknown file: ").append(f).append('\n'));
        problems.stream().limit(200).forEach(p -> text.append(p).append('\n'));
        if (problems.size() > 200) {
            text.append("… and ").append(problems.size() - 200).append(" more problems\n");
        }
        text.append(rejected() ? "Import rejected." : "Import complete.").append('\n');
        return text.toString();
    }
}
