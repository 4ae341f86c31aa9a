package de.regiograph.proof;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The one place where the proof's own HTTP requests and server processes get their credentials: the
 * requests act as IntegrationTest's tester does, as the test admin of application-test.yaml.
 */
final class Credentials {

    private static final String USER = "test-admin";
    private static final String PASSWORD = "test-admin";
    /** BCrypt (cost 4) of {@link #PASSWORD}, as in application-test.yaml. */
    private static final String PASSWORD_HASH = "{bcrypt}$2a$04$kUirzLcNV0U8k4Wsrw7tveWjdcV7SIRHhUyOowmG0Y3qTi0cKSdKe";

    private Credentials() {}

    /** Adds HTTP Basic authentication as the test admin (all roles). */
    static HttpRequest.Builder authenticated(HttpRequest.Builder request) {
        var token = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    /** Settings a server process needs so that {@link #authenticated} requests are accepted: the test admin. */
    static List<String> serverOptions() {
        return List.of(
                "--regiograph.security.users[0].name=" + USER,
                "--regiograph.security.users[0].password=" + PASSWORD_HASH,
                "--regiograph.security.users[0].roles=admin");
    }
}
