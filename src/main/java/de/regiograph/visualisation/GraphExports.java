package de.regiograph.visualisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a subgraph in the export formats, straight to the response stream. XML goes through the
 * JDK's StAX writer, which escapes text and attributes; characters XML 1.0 cannot carry are dropped.
 * Node attributes: label, type, degree, totalDegree, seed, lat, lon and every property (prefixed
 * {@code p_} in GraphML and GEXF keys); lists and maps as JSON text.
 */
final class GraphExports {

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://gexf.net/1.3";

    private final ObjectMapper json;

    GraphExports(ObjectMapper json) {
        this.json = json;
    }

    void write(ExportFormat format, Subgraph graph, OutputStream out) throws IOException {
        switch (format) {
            case GRAPHML -> xml(out, writer -> graphMl(graph, writer));
            case GEXF -> xml(out, writer -> gexf(graph, writer));
            case CYTOSCAPE -> cytoscape(graph, out);
            case CSV -> csvZip(graph, out);
        }
    }

    /** One attribute of a node or edge: its key, GraphML/GEXF type and value (null: none). */
    private record Attribute(String key, String type, Object value) {}

    private static final List<Attribute> NODE_FIELDS = List.of(
            new Attribute("label", "string", null),
            new Attribute("type", "string", null),
            new Attribute("degree", "int", null),
            new Attribute("totalDegree", "int", null),
            new Attribute("seed", "boolean", null),
            new Attribute("lat", "double", null),
            new Attribute("lon", "double", null));

    private static final List<Attribute> EDGE_FIELDS = List.of(new Attribute("type", "string", null));

    /** The attribute declarations: the fields, then one text attribute per property key. */
    private static List<Attribute> declared(List<Attribute> fields, List<String> propertyKeys) {
        var declared = new ArrayList<>(fields);
        propertyKeys.forEach(k -> declared.add(new Attribute("p_" + k, "string", null)));
        return declared;
    }

    private List<Attribute> attributes(Subgraph.GraphNode node, List<String> propertyKeys) {
        var attributes = new ArrayList<Attribute>(List.of(
                new Attribute("label", "string", node.label()),
                new Attribute("type", "string", node.type()),
                new Attribute("degree", "int", node.degree()),
                new Attribute("totalDegree", "int", node.totalDegree()),
                new Attribute("seed", "boolean", node.seed()),
                new Attribute("lat", "double", node.lat()),
                new Attribute("lon", "double", node.lon())));
        propertyKeys.forEach(k -> attributes.add(
                new Attribute("p_" + k, "string", node.properties().get(k))));
        return attributes;
    }

    private List<Attribute> attributes(Subgraph.GraphEdge edge, List<String> propertyKeys) {
        var attributes = new ArrayList<Attribute>(List.of(new Attribute("type", "string", edge.type())));
        propertyKeys.forEach(k -> attributes.add(
                new Attribute("p_" + k, "string", edge.properties().get(k))));
        return attributes;
    }

    private static <T> List<String> propertyKeys(List<T> items, Function<T, Map<String, Object>> properties) {
        var keys = new TreeSet<String>();
        items.forEach(i -> keys.addAll(properties.apply(i).keySet()));
        return List.copyOf(keys);
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static void xml(OutputStream out, XmlBody body) throws IOException {
        try {
            var writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the export", e);
        }
    }

    private void graphMl(Subgraph graph, XMLStreamWriter w) throws XMLStreamException {
        var nodeKeys = propertyKeys(graph.nodes(), Subgraph.GraphNode::properties);
        var edgeKeys = propertyKeys(graph.edges(), Subgraph.GraphEdge::properties);
        w.writeStartElement("graphml");
        w.writeDefaultNamespace(GRAPHML_NS);
        for (var a : declared(NODE_FIELDS, nodeKeys)) {
            graphMlKey(w, "n_" + a.key(), "node", a.key(), a.type());
        }
        for (var a : declared(EDGE_FIELDS, edgeKeys)) {
            graphMlKey(w, "e_" + a.key(), "edge", a.key(), a.type());
        }
        w.writeStartElement("graph");
        w.writeAttribute("id", "regiograph");
        w.writeAttribute("edgedefault", "directed");
        for (var node : graph.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", text(node.id()));
            graphMlData(w, "n_", attributes(node, nodeKeys));
            w.writeEndElement();
        }
        for (var edge : graph.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", text(edge.id()));
            w.writeAttribute("source", text(edge.source()));
            w.writeAttribute("target", text(edge.target()));
            graphMlData(w, "e_", attributes(edge, edgeKeys));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void graphMlKey(XMLStreamWriter w, String id, String scope, String name, String type)
            throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", text(id));
        w.writeAttribute("for", scope);
        w.writeAttribute("attr.name", text(name));
        w.writeAttribute("attr.type", type);
    }

    private void graphMlData(XMLStreamWriter w, String prefix, List<Attribute> attributes) throws XMLStreamException {
        for (var a : attributes) {
            if (a.value() != null) {
                w.writeStartElement("data");
                w.writeAttribute("key", text(prefix + a.key()));
                w.writeCharacters(value(a.value()));
                w.writeEndElement();
            }
        }
    }

    private void gexf(Subgraph graph, XMLStreamWriter w) throws XMLStreamException {
        var nodeKeys = propertyKeys(graph.nodes(), Subgraph.GraphNode::properties);
        var edgeKeys = propertyKeys(graph.edges(), Subgraph.GraphEdge::properties);
        w.writeStartElement("gexf");
        w.writeDefaultNamespace(GEXF_NS);
        w.writeAttribute("version", "1.3");
        w.writeStartElement("graph");
        w.writeAttribute("defaultedgetype", "directed");
        w.writeAttribute("mode", "static");
        gexfAttributes(w, "node", declared(NODE_FIELDS, nodeKeys));
        gexfAttributes(w, "edge", declared(EDGE_FIELDS, edgeKeys));
        w.writeStartElement("nodes");
        for (var node : graph.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", text(node.id()));
            w.writeAttribute("label", text(node.label()));
            gexfValues(w, attributes(node, nodeKeys));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("edges");
        for (var edge : graph.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", text(edge.id()));
            w.writeAttribute("source", text(edge.source()));
            w.writeAttribute("target", text(edge.target()));
            w.writeAttribute("label", text(edge.type()));
            gexfValues(w, attributes(edge, edgeKeys));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void gexfAttributes(XMLStreamWriter w, String scope, List<Attribute> attributes)
            throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", scope);
        for (var a : attributes) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", text(a.key()));
            w.writeAttribute("title", text(a.key()));
            w.writeAttribute("type", a.type().equals("int") ? "integer" : a.type());
        }
        w.writeEndElement();
    }

    private void gexfValues(XMLStreamWriter w, List<Attribute> attributes) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (var a : attributes) {
            if (a.value() != null) {
                w.writeEmptyElement("attvalue");
                w.writeAttribute("for", text(a.key()));
                w.writeAttribute("value", value(a.value()));
            }
        }
        w.writeEndElement();
    }

    private void cytoscape(Subgraph graph, OutputStream out) throws IOException {
        var nodes = graph.nodes().stream()
                .map(n -> {
                    var data = new LinkedHashMap<String, Object>(n.properties());
                    data.put("id", n.id());
                    data.put("label", n.label());
                    data.put("type", n.type());
                    data.put("degree", n.degree());
                    data.put("totalDegree", n.totalDegree());
                    data.put("seed", n.seed());
                    data.put("lat", n.lat());
                    data.put("lon", n.lon());
                    return Map.of("group", "nodes", "data", data);
                })
                .toList();
        var edges = graph.edges().stream()
                .map(e -> {
                    var data = new LinkedHashMap<String, Object>(e.properties());
                    data.put("id", e.id());
                    data.put("source", e.source());
                    data.put("target", e.target());
                    data.put("type", e.type());
                    return Map.of("group", "edges", "data", data);
                })
                .toList();
        json.writeValue(
                out, Map.of("elements", Map.of("nodes", nodes, "edges", edges), "truncated", graph.truncated()));
    }

    private void csvZip(Subgraph graph, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        var writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("nodes.csv"));
        var nodes = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader("id", "label", "type", "degree", "totalDegree", "seed", "lat", "lon", "properties")
                        .get());
        for (var n : graph.nodes()) {
            nodes.printRecord(
                    n.id(),
                    n.label(),
                    n.type(),
                    n.degree(),
                    n.totalDegree(),
                    n.seed(),
                    n.lat(),
                    n.lon(),
                    json.writeValueAsString(n.properties()));
        }
        nodes.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("edges.csv"));
        var edges = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader("id", "source", "target", "type", "properties")
                        .get());
        for (var e : graph.edges()) {
            edges.printRecord(e.id(), e.source(), e.target(), e.type(), json.writeValueAsString(e.properties()));
        }
        edges.flush();
        zip.closeEntry();
        zip.finish();
    }

    /** A value as attribute text: lists and maps as JSON. */
    private String value(Object value) {
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            try {
                return text(json.writeValueAsString(value));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return text(String.valueOf(value));
    }

    /** Drops the characters XML 1.0 cannot carry at all (control characters other than tab, CR, LF). */
    private static String text(String s) {
        return s.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000 && c <= 0x10FFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
