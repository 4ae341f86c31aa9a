package de.regiograph.proof;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application ({@code target/regiograph.jar}, built in the package phase before the
 * integration tests) as a process of its own, as an operator runs it; its output goes to a log file,
 * and a waiter for a line of it is woken when the line arrives.
 */
final class ServerProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "regiograph.jar");

    private final Process process;
    /** The output so far; guarded by {@code this}, which is notified at each line and at its end. */
    private final StringBuilder output = new StringBuilder();

    private boolean ended;

    private ServerProcess(List<String> arguments, Path log) {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(arguments);
        try {
            this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var reader = new Thread(() -> copyOutput(log), "output of " + arguments.get(0));
        reader.setDaemon(true);
        reader.start();
    }

    /** Copies the process's output to the log file line by line and wakes the waiters. */
    private void copyOutput(Path log) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer file = Files.newBufferedWriter(log)) {
            for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                file.write(line + "\n");
                file.flush();
                synchronized (this) {
                    output.append(line).append('\n');
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
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
    synchronized void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (output.indexOf(text) < 0) {
            if (ended) {
                throw new IllegalStateException("ended before '" + text + "':\n" + tail());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("no '" + text + "' within " + timeout + ":\n" + tail());
            }
            wait(Math.max(1, left / 1_000_000));
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

    synchronized String tail() {
        return output.substring(Math.max(0, output.length() - 3000));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
