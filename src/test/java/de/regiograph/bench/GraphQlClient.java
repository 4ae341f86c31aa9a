package de.regiograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A GraphQL client like any other: a POST of the document over HTTP, the answer as JSON text. */
final class GraphQlClient {

    /** The admin of the demo profile, which the benchmarks run with (a cost-4 hash: cheap to check). */
    private static final String CREDENTIALS = "Basic "
            + java.util.Base64.getEncoder()
                    .encodeToString("admin:demo-admin".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final ObjectMapper json = new ObjectMapper();

    GraphQlClient(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    /** The answer; a GraphQL error fails the benchmark, because its timing would mean nothing. */
    String post(String document, Map<String, Object> variables) {
        try {
            var body = json.writeValueAsString(Map.of("query", document, "variables", variables));
            var response = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .header("Content-Type", "application/json")
                            .header("Authorization", CREDENTIALS)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new IllegalStateException(
                        "GraphQL request failed (" + response.statusCode() + "): " + abbreviated(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
