package de.regiograph.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application ({@code target/regiograph.jar}, built in the package phase before the
 * integration tests) as a process of its own, as an operator runs it; its output goes to a log file.
 */
final class ServerProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "regiograph.jar");

    private final Process process;
    private final Path log;

    private ServerProcess(List<String> arguments, Path log) {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(arguments);
        this.log = log;
        try {
            this.process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java -jar target/regiograph.jar import FOLDER} on the database directory. */
    static ServerProcess importing(Path folder, Path database, int batchSize, Path log) {
        return new ServerProcess(
                List.of(
                        "import",
                        folder.toString(),
                        "--batch-size=" + batchSize,
                        "--regiograph.neo4j.data-dir=" + database,
                        "--logging.level.de.regiograph.importing=info"),
                log);
    }

    /** The web application on free HTTP and Bolt ports of the loopback interface. */
    static ServerProcess serving(Path database, int httpPort, Path log) {
        var arguments = new ArrayList<>(List.of(
                "--server.port=" + httpPort,
                "--server.address=127.0.0.1",
                "--regiograph.neo4j.bolt-address=127.0.0.1:0",
                "--regiograph.neo4j.data-dir=" + database,
                "--regiograph.demo-data=false"));
        arguments.addAll(Credentials.serverOptions());
        return new ServerProcess(arguments, log);
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the output contains the text; fails when the process ends first or time is up. */
    void awaitOutput(String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "ended (" + process.exitValue() + ") before '" + text + "':\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no '" + text + "' within " + timeout + ":\n" + tail());
            }
            Thread.sleep(50);
        }
    }

    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("still running after " + timeout + ":\n" + tail());
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no flush, no clean close of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    String tail() throws IOException {
        var text = output();
        return text.substring(Math.max(0, text.length() - 3000));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
