package vn.thidua.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description served at /api/openapi.json describes every JAX-RS method of the
 * API and nothing that is not there (the national export, the jobs and the dossier jobs
 * included), and documents the national export's fields, paging and Board-only answer.
 */
class OpenApiDocumentTest {

    @Test
    void everyResourceMethodIsDescribedAndEveryDescribedOperationExists() throws Exception {
        JsonObject doc = document();
        assertTrue(doc.getString("openapi").startsWith("3."), "an OpenAPI 3 document");
        Set<String> described = new TreeSet<>();
        doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet()
                .forEach(method -> described.add(method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}"))));
        Set<String> inCode = new TreeSet<>();
        for (Class<?> type : resources()) {
            String base = "/" + type.getAnnotation(Path.class).value();
            if (type == OpenApiResource.class) {
                continue; // the document itself
            }
            for (Method m : type.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    inCode.add(verb + " " + (sub == null ? base : base + "/" + sub.value()).replaceAll("\\{[^}]*}", "{}"));
                }
            }
        }
        assertTrue(inCode.contains("GET /registry/national-export"), inCode.toString());
        assertEquals(inCode, described);
    }

    @Test
    void theNationalExportIsDocumentedWithItsFieldsPagingAndBoardOnlyAnswer() throws Exception {
        JsonObject doc = document();
        JsonObject get = doc.getJsonObject("paths").getJsonObject("/registry/national-export").getJsonObject("get");
        assertTrue(get.getJsonObject("responses").containsKey("403"), "403 for everyone but Board staff");
        assertTrue(get.getJsonArray("parameters").stream().map(p -> p.asJsonObject().getString("name")).toList()
                .containsAll(Set.of("province", "year", "page", "size")));
        JsonObject award = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("NationalAward")
                .getJsonObject("properties");
        assertTrue(award.keySet().containsAll(Set.of("decisionNumber", "decisionDate", "authority", "signer", "awardKind",
                "recipientUnitCode", "recipientUnitName", "legalBasis", "blocName", "year")), award.keySet().toString());
        JsonObject page = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("NationalExport")
                .getJsonObject("properties");
        assertTrue(page.keySet().containsAll(Set.of("page", "size", "total", "totalPages", "rows")));
    }

    private static JsonObject document() throws Exception {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.json"); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** The classes of vn.thidua.web.api with a @Path. */
    private static Set<Class<?>> resources() throws URISyntaxException, java.io.IOException, ClassNotFoundException {
        java.nio.file.Path dir = Paths.get(OpenApiResource.class.getResource("OpenApiResource.class").toURI()).getParent();
        Set<Class<?>> types = new java.util.LinkedHashSet<>();
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName("vn.thidua.web.api." + name.replace(".class", ""));
                    if (type.isAnnotationPresent(Path.class)) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }
}
