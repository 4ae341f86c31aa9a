package de.regiograph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.regiograph.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Roles per operation, the two ways to sign in, contact data that stays sealed, audit stamps. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT extends IntegrationTest {

    /** A contact person of the demo actor act-0001 (data/demo/actors.csv). */
    private static final String DEMO_EMAIL = "erika.musterfrau@example.org";

    private static final String UPSERT = """
            mutation($id: ID!, $name: String!) {
              upsertActor(input: {id: $id, name: $name, kind: COMPANY, districtAgs: "06535",
                  contacts: [{name: "Sec Tester", function: "Test", email: "sec.tester@example.org", phone: "+49 1"}]}) {
                id audit { createdBy createdAt updatedBy updatedAt }
              }
            }""";

    @LocalServerPort
    int port;

    @AfterAll
    void removeTestActors() {
        database.query("MATCH (n:Actor) WHERE n.id STARTS WITH 'sec-' DETACH DELETE n")
                .run();
    }

    @Test
    void anonymousCallersMayReadInTheDemoButNeverWrite() {
        anonymous()
                .document("{ districts(first: 1) { totalCount } }")
                .execute()
                .path("districts.totalCount")
                .entity(Long.class)
                .satisfies(total -> assertThat(total).isPositive());
        anonymous()
                .document(UPSERT)
                .variable("id", "sec-anonymous")
                .variable("name", "Anonym")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
                    assertThat(e.getMessage()).contains("needs the role editor");
                }));
        assertThat(count("MATCH (n:Actor {id: 'sec-anonymous'}) RETURN count(n)"))
                .isZero();
    }

    @Test
    void eachOperationNeedsItsRole() {
        refused(
                graphQlAs("reader"),
                "mutation { upsertTaxonomyTerm(input: {kind: STRATEGY, name: \"sec-x\"}) { name } }",
                "editor");
        refused(graphQlAs("editor"), "mutation { deleteActor(id: \"act-0001\") { id } }", "admin");
        refused(graphQlAs("researcher"), "mutation { deleteActor(id: \"act-0001\") { id } }", "admin");
        refused(
                graphQlAs("editor"),
                "mutation { importCsv(file: ACTORS, csv: \"id\", dryRun: true) { imported } }",
                "admin");
        refused(graphQlAs("reader"), "{ cypher(query: \"RETURN 1 AS one\") { rowCount } }", "researcher");
        refused(graphQlAs("editor"), "{ cypher(query: \"RETURN 1 AS one\") { rowCount } }", "researcher");
        graphQlAs("researcher")
                .document("{ cypher(query: \"RETURN 1 AS one\") { rowCount } }")
                .execute()
                .path("cypher.rowCount")
                .entity(Integer.class)
                .isEqualTo(1);
        graphQlAs("reader")
                .document("{ actor(id: \"act-0001\") { name } }")
                .execute()
                .path("actor.name")
                .entity(String.class)
                .isEqualTo("Kreisverwaltung Vogelsbergkreis");
        assertThat(count("MATCH (n:Actor {id: 'act-0001'}) RETURN count(n)")).isOne();
    }

    private static void refused(HttpGraphQlTester tester, String document, String role) {
        tester.document(document)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(e.getMessage()).contains("needs the role " + role);
                    assertThat(e.getExtensions()).containsEntry("requiredRole", role);
                }));
    }

    @Test
    void contactPersonsAreForEditorsAndAdminsOnly() {
        var document = "{ actor(id: \"act-0001\") { name contacts { name function email phone } } }";
        graphQlAs("editor")
                .document(document)
                .execute()
                .path("actor.contacts[*].email")
                .entityList(String.class)
                .containsExactly(DEMO_EMAIL, "max.mustermann@example.org");
        graphQlAs("reader")
                .document(document)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(e.getPath()).isEqualTo("actor.contacts");
                }))
                .path("actor.name")
                .entity(String.class)
                .isEqualTo("Kreisverwaltung Vogelsbergkreis")
                .path("actor.contacts")
                .valueIsNull();
    }

    @Test
    void contactDataDoesNotLeakThroughCypherGraphExportsOrSearch() throws Exception {
        var cypher = graphQlAs("admin").document("""
                        { all: cypher(query: "MATCH (a:Actor {id: 'act-0001'}) RETURN a, properties(a) AS p") { rows }
                          filtered: cypher(query: "MATCH (a:Actor) WHERE any(k IN keys(a) WHERE toString(a[k]) CONTAINS 'musterfrau') RETURN a.id AS id") { rowCount } }""").execute();
        cypher.path("filtered.rowCount").entity(Integer.class).isEqualTo(0);
        assertThat(cypher.path("all").entity(Object.class).get().toString())
                .doesNotContain(DEMO_EMAIL)
                .doesNotContain("Musterfrau");
        var graph = graphQlAs("admin")
                .document("{ graph(actors: [\"act-0001\"], depth: 1) { nodes { id properties } } }")
                .execute();
        graph.path("graph.nodes[*].id").entityList(String.class).contains("Actor:act-0001");
        assertThat(graph.path("graph").entity(Object.class).get().toString()).doesNotContain(DEMO_EMAIL);
        for (var format : List.of("graphml", "cytoscape", "gexf")) {
            var export = get("/export/" + format + "?actors=act-0001", Map.of());
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.body())
                    .contains("act-0001")
                    .doesNotContain(DEMO_EMAIL)
                    .doesNotContain("Musterfrau");
        }
        graphQlAs("admin")
                .document("{ search(text: \"Musterfrau\") { node { __typename } } }")
                .execute()
                .path("search")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void theDemoDataIsStampedByTheImporterWithTheOperatingSystemUser() {
        graphQl.document("{ actor(id: \"act-0001\") { audit { createdBy updatedBy createdAt } } }")
                .execute()
                .path("actor.audit.createdBy")
                .entity(String.class)
                .isEqualTo("import:" + System.getProperty("user.name"))
                .path("actor.audit.createdAt")
                .hasValue();
    }

    @Test
    void auditStampsWhoCreatedAndWhoChangedAndAnUnchangedWriteKeepsThem() {
        var created = graphQlAs("editor")
                .document(UPSERT)
                .variable("id", "sec-audit")
                .variable("name", "Audit GmbH")
                .execute();
        created.path("upsertActor.audit.createdBy").entity(String.class).isEqualTo("test-editor");
        created.path("upsertActor.audit.updatedBy").entity(String.class).isEqualTo("test-editor");
        var createdAt =
                created.path("upsertActor.audit.createdAt").entity(String.class).get();

        var same = graphQlAs("admin")
                .document(UPSERT)
                .variable("id", "sec-audit")
                .variable("name", "Audit GmbH")
                .execute();
        same.path("upsertActor.audit.updatedBy").entity(String.class).isEqualTo("test-editor");
        same.path("upsertActor.audit.updatedAt").entity(String.class).isEqualTo(createdAt);

        var changed = graphQlAs("admin")
                .document(UPSERT)
                .variable("id", "sec-audit")
                .variable("name", "Audit AG")
                .execute();
        changed.path("upsertActor.audit.createdBy").entity(String.class).isEqualTo("test-editor");
        changed.path("upsertActor.audit.createdAt").entity(String.class).isEqualTo(createdAt);
        changed.path("upsertActor.audit.updatedBy").entity(String.class).isEqualTo("test-admin");
        changed.path("upsertActor.audit.updatedAt")
                .entity(String.class)
                .satisfies(at -> assertThat(Instant.parse(at)).isAfterOrEqualTo(Instant.parse(createdAt)));
    }

    @Test
    void anUnchangedReImportWithContactsReportsNothingUpdated() {
        var csv = "id,name,kind,district_ags,contact_name,contact_function,contact_email,contact_phone\n"
                + "sec-import,Import GmbH,COMPANY,06535,Ida Import|Otto Other,Leitung|,ida@example.org|otto@example.org,|+49 2\n";
        var document =
                "mutation($csv: String!) { importCsv(file: ACTORS, csv: $csv) { imported files { created updated unchanged } } }";
        graphQlAs("admin")
                .document(document)
                .variable("csv", csv)
                .execute()
                .path("importCsv.files[0].created")
                .entity(Integer.class)
                .isEqualTo(1);
        var stamp = count("MATCH (n:Actor {id: 'sec-import'}) RETURN coalesce(n.updatedAt, n.createdAt).epochMillis");
        graphQlAs("admin")
                .document(document)
                .variable("csv", csv)
                .execute()
                .path("importCsv.files[0].updated")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("importCsv.files[0].unchanged")
                .entity(Integer.class)
                .isEqualTo(1);
        assertThat(count("MATCH (n:Actor {id: 'sec-import'}) RETURN coalesce(n.updatedAt, n.createdAt).epochMillis"))
                .isEqualTo(stamp);
        graphQlAs("editor")
                .document(
                        "{ actor(id: \"sec-import\") { contacts { name function email phone } audit { createdBy } } }")
                .execute()
                .path("actor.contacts[1].phone")
                .entity(String.class)
                .isEqualTo("+49 2")
                .path("actor.contacts[1].function")
                .valueIsNull()
                .path("actor.audit.createdBy")
                .entity(String.class)
                .isEqualTo("test-admin");
    }

    @Test
    void everyBatchOfAGraphQlImportIsStampedWithTheCaller() {
        // five rows: two batches, written on two threads beside the caller's
        var csv = new StringBuilder("id,name,kind,district_ags\n");
        for (int i = 1; i <= 5; i++) {
            csv.append("sec-batch-%d,Batch %d GmbH,COMPANY,06535%n".formatted(i, i));
        }
        graphQlAs("admin")
                .document("mutation($csv: String!) { importCsv(file: ACTORS, csv: $csv) { files { created } } }")
                .variable("csv", csv.toString())
                .execute()
                .path("importCsv.files[0].created")
                .entity(Integer.class)
                .isEqualTo(5);
        assertThat(database.query("MATCH (n:Actor) WHERE n.id STARTS WITH 'sec-batch-' RETURN n.createdBy")
                        .fetchAs(String.class)
                        .all())
                .containsExactly("test-admin", "test-admin", "test-admin", "test-admin", "test-admin");
    }

    @Test
    void bearerTokensSignInWithTheRolesOfTheirClaim() throws Exception {
        var token = token(Map.of(
                "preferred_username",
                "kc-editor",
                "realm_access",
                Map.of("roles", List.of("editor", "offline_access"))));
        var body =
                "{\"query\":\"mutation { upsertActor(input: {id: \\\"sec-jwt\\\", name: \\\"Token GmbH\\\", kind: COMPANY, districtAgs: \\\"06535\\\"}) { audit { createdBy } } }\"}";
        var response = post(body, Map.of("Authorization", "Bearer " + token));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"createdBy\":\"kc-editor\"");

        var reader =
                token(Map.of("preferred_username", "kc-reader", "realm_access", Map.of("roles", List.of("reader"))));
        assertThat(post(body, Map.of("Authorization", "Bearer " + reader)).body())
                .contains("FORBIDDEN");
        assertThat(post(body, Map.of("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void httpRefusesWrongPasswordsAndGuardsTheActuator() throws Exception {
        var wrong = "Basic " + Base64.getEncoder().encodeToString("test-admin:nope".getBytes(StandardCharsets.UTF_8));
        assertThat(post("{\"query\":\"{ __typename }\"}", Map.of("Authorization", wrong))
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/actuator/metrics", Map.of()).statusCode()).isEqualTo(401);
        var reader = "Basic "
                + Base64.getEncoder().encodeToString("test-reader:test-reader".getBytes(StandardCharsets.UTF_8));
        assertThat(get("/actuator/metrics", Map.of("Authorization", reader)).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/explorer/index.html", Map.of()).statusCode()).isEqualTo(200);
    }

    private String token(Map<String, Object> claims) throws Exception {
        var pem = new String(
                new ClassPathResource("security/jwt-test-private.pem")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.US_ASCII);
        var der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        var builder = new JWTClaimsSet.Builder()
                .subject("subject-" + claims.get("preferred_username"))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(builder::claim);
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)), headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers)
            throws Exception {
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
