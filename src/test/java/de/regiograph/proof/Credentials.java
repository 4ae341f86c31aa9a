package de.regiograph.proof;

import java.net.http.HttpRequest;
import java.util.List;

/**
 * The one place where the proof's own HTTP requests and server processes get their credentials, so
 * that access control changes one method here: the requests act as IntegrationTest's tester does.
 */
final class Credentials {

    private Credentials() {}

    /** Adds what the server needs to let the request read and write (for now: nothing). */
    static HttpRequest.Builder authenticated(HttpRequest.Builder request) {
        return request;
    }

    /** Settings a server process needs so that {@link #authenticated} requests are accepted (for now: none). */
    static List<String> serverOptions() {
        return List.of();
    }
}
