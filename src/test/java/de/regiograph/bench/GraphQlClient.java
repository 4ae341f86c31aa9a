package de.regiograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** A GraphQL client like any other: a POST of the document over HTTP, the answer as JSON text. */
final class GraphQlClient {

    /**
     * The application argument that makes it accept the benchmark's bearer tokens: the public half of
     * the tests' own key pair ({@code security/jwt-test-*.pem}).
     */
    static final String TOKEN_KEY =
            "--spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:security/jwt-test-public.pem";

    /**
     * An admin's bearer token, as the production profile's clients sign in (it has no Basic users): the
     * application checks its RS256 signature on every request. HTTP Basic would add a bcrypt check of
     * 1–2 ms per request instead.
     */
    private static final String CREDENTIALS = "Bearer " + adminToken();

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

    private static String adminToken() {
        try (var pem = GraphQlClient.class.getResourceAsStream("/security/jwt-test-private.pem")) {
            var der = Base64.getMimeDecoder()
                    .decode(new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                            .replaceAll("-----[A-Z ]+-----", ""));
            var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            var claims = new JWTClaimsSet.Builder()
                    .subject("benchmark")
                    .claim("roles", List.of("admin"))
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plus(Duration.ofDays(7))))
                    .build();
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot sign the benchmark's token", e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
