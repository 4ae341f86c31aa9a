package de.regiograph.visualisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /export/{format}} with the selection of {@code graph(...)} as query parameters (lists
 * repeated or comma-separated): the subgraph as a file for Gephi, yEd, Cytoscape or a spreadsheet.
 */
@RestController
class ExportController {

    private final Subgraphs subgraphs;
    private final GraphExports exports;

    ExportController(Subgraphs subgraphs, ObjectMapper json) {
        this.subgraphs = subgraphs;
        this.exports = new GraphExports(json);
    }

    @GetMapping("/export/{format}")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String format,
            @RequestParam(required = false) List<String> ags,
            @RequestParam(required = false) List<String> actors,
            @RequestParam(required = false) List<String> networks,
            @RequestParam(required = false) List<String> practices,
            @RequestParam(required = false) Integer depth,
            @RequestParam(required = false) List<String> relationshipTypes,
            @RequestParam(required = false) List<String> labels,
            @RequestParam(required = false) Integer maxNodes) {
        var exportFormat = ExportFormat.of(format);
        var graph = subgraphs.around(
                GraphSelection.of(ags, actors, networks, practices, depth, relationshipTypes, labels, maxNodes));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exportFormat.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(exportFormat.fileName())
                                .build()
                                .toString())
                .header("X-Regiograph-Truncated", String.valueOf(graph.truncated()))
                .body(out -> exports.write(exportFormat, graph, out));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> invalid(InvalidArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.argument(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.argument(), e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> problem(HttpStatus status, String argument, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("argument", argument, "message", message));
    }
}
