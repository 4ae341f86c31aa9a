package de.regiograph.visualisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.regiograph.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Exports parsed with independent readers (the JDK's DOM parser, Jackson, commons-csv). */
class ExportIT extends IntegrationTest {

    private static final String SELECTION = "ags=06535&depth=2&maxNodes=150";

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    record Counts(List<String> nodeIds, int edges) {}

    /** The same selection through graph(...). */
    private Counts graph() {
        var response = graphQl.document(
                        "{ graph(ags: [\"06535\"], depth: 2, maxNodes: 150) { nodes { id } edges { id } } }")
                .execute();
        return new Counts(
                response.path("graph.nodes[*].id").entityList(String.class).get(),
                response.path("graph.edges").entityList(Object.class).get().size());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document xml(byte[] body) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<String> ids(Document document, String namespace, String element) {
        var found = document.getElementsByTagNameNS(namespace, element);
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < found.getLength(); i++) {
            ids.add(((Element) found.item(i)).getAttribute("id"));
        }
        return ids;
    }

    @Test
    void graphMlRoundTripsTheSubgraph() throws Exception {
        var response = get("/export/graphml?" + SELECTION);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("regiograph-graph.graphml"));
        var document = xml(response.body());
        var expected = graph();
        var ns = "http://graphml.graphdrawing.org/xmlns";
        assertThat(ids(document, ns, "node")).containsExactlyInAnyOrderElementsOf(expected.nodeIds());
        assertThat(ids(document, ns, "edge")).hasSize(expected.edges());
    }

    @Test
    void gexfRoundTripsTheSubgraph() throws Exception {
        var response = get("/export/gexf?" + SELECTION);
        assertThat(response.statusCode()).isEqualTo(200);
        var document = xml(response.body());
        var expected = graph();
        var ns = "http://gexf.net/1.3";
        assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        assertThat(ids(document, ns, "node")).containsExactlyInAnyOrderElementsOf(expected.nodeIds());
        assertThat(ids(document, ns, "edge")).hasSize(expected.edges());
    }

    @Test
    void cytoscapeElementsRoundTripTheSubgraph() throws Exception {
        var response = get("/export/cytoscape?" + SELECTION);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode elements = json.readTree(response.body()).get("elements");
        var expected = graph();
        var nodeIds = new java.util.ArrayList<String>();
        elements.get("nodes").forEach(n -> nodeIds.add(n.get("data").get("id").asText()));
        assertThat(nodeIds).containsExactlyInAnyOrderElementsOf(expected.nodeIds());
        assertThat(elements.get("edges")).hasSize(expected.edges());
        elements.get("edges")
                .forEach(e -> assertThat(nodeIds)
                        .contains(
                                e.get("data").get("source").asText(),
                                e.get("data").get("target").asText()));
    }

    @Test
    void csvZipHoldsNodeAndEdgeLists() throws Exception {
        var response = get("/export/csv?" + SELECTION);
        assertThat(response.statusCode()).isEqualTo(200);
        var files = new HashMap<String, List<Map<String, String>>>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                var records = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .get()
                        .parse(new InputStreamReader(
                                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                                StandardCharsets.UTF_8))
                        .getRecords();
                files.put(entry.getName(), records.stream().map(r -> r.toMap()).toList());
            }
        }
        var expected = graph();
        assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
        assertThat(files.get("nodes.csv"))
                .extracting(r -> r.get("id"))
                .containsExactlyInAnyOrderElementsOf(expected.nodeIds());
        assertThat(files.get("edges.csv")).hasSize(expected.edges());
    }

    @Test
    void markupAndControlCharactersInNamesAreEscaped() throws Exception {
        var name = "Müller & Söhne <GmbH> \"Pflege\" 'Nord'\u0001]]>";
        graphQl.document("""
                        mutation($name: String!) {
                          upsertState(input: {code: "09", name: "Bayern", nuts1: "DE2"}) { code }
                          upsertDistrict(input: {ags: "09998", name: "Exportkreis", stateCode: "09", type: LANDKREIS}) { ags }
                          upsertActor(input: {id: "exportit-escape", name: $name, kind: COMPANY, districtAgs: "09998"}) { id }
                        }""").variable("name", name).execute();
        try {
            for (var format : List.of("graphml", "gexf")) {
                var document =
                        xml(get("/export/" + format + "?ags=09998&depth=1").body());
                var text = format.equals("gexf") ? labels(document, "http://gexf.net/1.3") : graphMlLabels(document);
                assertThat(text).as(format).contains(name.replace("\u0001", ""));
            }
        } finally {
            graphQl.document(
                            "mutation { deleteActor(id: \"exportit-escape\") { id } deleteDistrict(ags: \"09998\") { id } }")
                    .execute();
        }
    }

    private static List<String> labels(Document document, String ns) {
        var found = document.getElementsByTagNameNS(ns, "node");
        var labels = new java.util.ArrayList<String>();
        for (int i = 0; i < found.getLength(); i++) {
            labels.add(((Element) found.item(i)).getAttribute("label"));
        }
        return labels;
    }

    private static List<String> graphMlLabels(Document document) {
        var data = document.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
        var labels = new java.util.ArrayList<String>();
        for (int i = 0; i < data.getLength(); i++) {
            var element = (Element) data.item(i);
            if (element.getAttribute("key").equals("n_label")) {
                labels.add(element.getTextContent());
            }
        }
        return labels;
    }

    @Test
    void wrongRequestsAreAnsweredWithTheArgument() throws Exception {
        var unknown = get("/export/pdf?ags=06535");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("argument").asText()).isEqualTo("format");
        var noSeed = get("/export/graphml?depth=1");
        assertThat(noSeed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noSeed.body()).get("argument").asText()).isEqualTo("ags");
        var missing = get("/export/graphml?ags=09997");
        assertThat(missing.statusCode()).isEqualTo(404);
    }
}
