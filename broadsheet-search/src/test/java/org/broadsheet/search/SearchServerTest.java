package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON API and the page's files over HTTP, with hostile page text. */
class SearchServerTest {

    static final String SCRIPT = "<script>document.title='pwned'</script>";
    static final String IMG = "<img src=x onerror=\"document.title='pwned'\">";

    @TempDir
    static Path store;
    static Corpus corpus;
    static SearchServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void serve() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(store)) {
            ObjectNode a = Articles.article("javascript:alert(1)", "en", "Harbour " + SCRIPT,
                    "The harbour strike " + IMG + " went on.\nWorkers met again.", "Pub " + SCRIPT, "2024-01-01",
                    List.of("Ann " + IMG));
            a.put("compromised", true);
            a.putArray("injectedSpam").addObject().put("text", "cheap pills " + SCRIPT).put("family", "pharma")
                    .put("score", 9.5).putArray("reasons").add("links " + IMG);
            index.add(a);
        }
        corpus = Corpus.open(store);
        server = SearchServer.start(corpus, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        corpus.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyResponseSetsAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/app.js", "/app.css", "/api/search?q=harbour", "/api/nothing")) {
            HttpResponse<String> r = get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        assertTrue(get("/app.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertFalse(get("/").body().contains("<script>"), "no inline script in the page");
        assertFalse(get("/app.js").body().contains("innerHTML"), "page text never goes in as markup");
    }

    @Test
    void pageTextComesBackAsJsonStringsOnly() throws Exception {
        HttpResponse<String> r = get("/api/search?q=harbour");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode hit = JSON.readTree(r.body()).path("hits").get(0);
        assertEquals("Harbour " + SCRIPT, hit.path("title").asText());
        assertTrue(hit.path("compromised").asBoolean());
        String id = hit.path("id").asText();
        JsonNode article = JSON.readTree(get("/api/article?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .body());
        assertEquals("cheap pills " + SCRIPT, article.path("article").path("injectedSpam").get(0).path("text")
                .asText());
        JsonNode person = JSON.readTree(get("/api/person?name=" + URLEncoder.encode("Ann " + IMG,
                StandardCharsets.UTF_8)).body());
        assertEquals(1, person.path("articles").size());
    }

    @Test
    void badRequestsAreAnsweredAsSuch() throws Exception {
        assertEquals(400, get("/api/search?from=yesterday").statusCode());
        assertEquals(400, get("/api/search?limit=many").statusCode());
        assertEquals(400, get("/api/article").statusCode());
        assertEquals(404, get("/api/article?id=nothing").statusCode());
        assertEquals(404, get("/api/nothing").statusCode());
        JsonNode facets = JSON.readTree(get("/api/search?compromised=true").body());
        assertEquals(1, facets.path("total").asInt());
    }
}
