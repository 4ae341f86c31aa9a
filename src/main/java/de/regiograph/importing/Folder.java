package de.regiograph.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Import files in a folder on disk. */
public record Folder(Path path) implements Importer.Source {

    @Override
    public List<String> files() {
        try (var list = Files.list(path)) {
            return list.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }

    @Override
    public InputStream open(String file) throws IOException {
        return Files.newInputStream(path.resolve(file));
    }
}
