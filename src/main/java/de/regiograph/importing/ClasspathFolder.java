package de.regiograph.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Import files on the classpath, e.g. the demo dataset inside the jar. */
record ClasspathFolder(String folder) implements Importer.Source {

    @Override
    public List<String> files() {
        try {
            return Arrays.stream(
                            new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.csv"))
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String file) throws IOException {
        return new PathMatchingResourcePatternResolver()
                .getResource("classpath:" + folder + "/" + file)
                .getInputStream();
    }
}
