package org.broadsheet.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * A store over HTTP: the JSON API under {@code /api/} and the web page at {@code /} (see {@code docs/search-api.md}).
 *
 * <p>Page text is hostile: the API sends it as JSON values only, and the page puts it into the document as text
 * (never as markup). Every response carries a Content-Security-Policy that allows scripts, styles and requests from
 * this server alone, and no inline script or style, so that text that slipped through as markup could run nothing.
 */
public final class SearchServer implements AutoCloseable {

    /** The Content-Security-Policy of every response. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; font-src 'none'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> WEB_FILES = Map.of(
            "/", "index.html", "/app.js", "app.js", "/app.css", "app.css");

    private final Corpus corpus;
    private final Javalin app;

    private SearchServer(Corpus corpus, Javalin app) {
        this.corpus = corpus;
        this.app = app;
    }

    /**
     * Serves {@code corpus} on {@code host}:{@code port} (0 for any free port) until {@link #close}.
     *
     * @throws IllegalStateException when the port cannot be had
     */
    public static SearchServer start(Corpus corpus, String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Cache-Control", "no-store");
            });
            WEB_FILES.forEach((path, file) -> config.routes.get(path, ctx -> webFile(ctx, file)));
            config.routes.get("/favicon.ico", ctx -> ctx.status(204));
            config.routes.get("/api/search", ctx -> json(ctx, corpus.search(request(ctx, false))));
            config.routes.get("/api/statements", ctx -> json(ctx, corpus.search(request(ctx, true))));
            config.routes.get("/api/article", ctx -> {
                Object article = corpus.article(required(ctx, "id"));
                if (article == null) {
                    ctx.status(404);
                    json(ctx, Map.of("error", "no article with this id"));
                } else {
                    json(ctx, article);
                }
            });
            config.routes.get("/api/person", ctx -> json(ctx, corpus.person(required(ctx, "name"))));
            config.routes.get("/api/relations", ctx -> json(ctx, corpus.relations(request(ctx, false))));
            config.routes.get("/api/figures", ctx -> json(ctx, corpus.figures(request(ctx, false))));
            config.routes.get("/api/stats", ctx -> json(ctx, Map.of("articles", corpus.articleCount())));
            config.routes.exception(BadRequest.class, (e, ctx) -> {
                ctx.status(400);
                json(ctx, Map.of("error", e.getMessage()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                ctx.status(500);
                json(ctx, Map.of("error", "internal error"));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    json(ctx, Map.of("error", "not found"));
                }
            });
        });
        app.start(host, port);
        return new SearchServer(corpus, app);
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** Stops serving; the corpus stays open (its owner closes it). */
    @Override
    public void close() {
        app.stop();
    }

    /** The corpus served. */
    public Corpus corpus() {
        return corpus;
    }

    /** A bad parameter: answered with 400 and the message. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    /** The search that the query string asks for: {@code q}, facet dimensions, {@code from}, {@code to}, ... */
    static SearchRequest request(Context ctx, boolean statements) {
        Map<String, List<String>> filters = new HashMap<>();
        for (String dim : Fields.FACETS) {
            List<String> values = ctx.queryParams(dim);
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        String sort = ctx.queryParam("sort");
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 1000) {
            throw new BadRequest("q is longer than 1000 characters");
        }
        return new SearchRequest(q, filters, date(ctx, "from"), date(ctx, "to"),
                "date".equals(sort) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE,
                statements || "true".equals(ctx.queryParam("quotes")), number(ctx, "offset", 0),
                number(ctx, "limit", 10));
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new BadRequest("the parameter " + name + " is required");
        }
        return v;
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a day as YYYY-MM-DD");
        }
    }

    private static int number(Context ctx, String name, int otherwise) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number");
        }
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void webFile(Context ctx, String file) {
        String type = file.endsWith(".js") ? "text/javascript; charset=utf-8"
                : file.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
        try (InputStream in = SearchServer.class.getResourceAsStream("web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("web/" + file + " is missing from the jar");
            }
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
