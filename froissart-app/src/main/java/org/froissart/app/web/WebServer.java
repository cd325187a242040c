package org.froissart.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.froissart.pipeline.Pipeline;
import org.froissart.read.InputReader;
import org.froissart.store.DocumentPage;
import org.froissart.store.EventPage;
import org.froissart.store.SearchQuery;
import org.froissart.store.Store;
import org.froissart.store.StoreException;
import org.froissart.store.Timeline;

/**
 * The REST API under {@code /api} and the web interface at {@code /} (static files of
 * {@code src/main/resources/web}), over one store, whose {@link DocumentWorker} analyses uploads
 * and, when there is one, the {@link Inbox}'s files. JSON field names are snake_case, as in
 * {@code spec/output.md}; a refused request gets {@code {"error", "detail"}} with status 400 or 404.
 */
public final class WebServer implements AutoCloseable {
  /** Largest upload: the reader refuses larger documents anyway (TOO_LARGE). */
  private static final long MAX_REQUEST_BYTES = 16L << 20;
  private static final int MAX_PAGE = 1000;
  private static final Set<String> UPLOAD_FIELDS = Set.of("id", "text", "html", "title", "published", "outlet", "url");
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

  private final Store store;
  private final DocumentWorker worker;
  private final Inbox inbox;
  private final OpenApiDescription openApi = OpenApiDescription.load();
  private final Set<String> routes = new TreeSet<>();
  private final Javalin app;

  /**
   * Starts serving on {@code port} (0: any free port).
   *
   * @param inbox the watched folder, already started, or null; closed with the server, as the worker is
   * @throws IllegalStateException when the port is taken
   */
  public static WebServer start(Store store, DocumentWorker worker, Inbox inbox, int port) {
    return new WebServer(store, worker, inbox, port);
  }

  private WebServer(Store store, DocumentWorker worker, Inbox inbox, int port) {
    this.store = store;
    this.worker = worker;
    this.inbox = inbox;
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.jsonMapper(new JavalinJackson(JSON, false));
      config.staticFiles.add("/web", Location.CLASSPATH);
      config.events.handlerAdded(handler -> {
        if (handler.getHttpMethod().isHttpMethod()) {
          routes.add(handler.getHttpMethod() + " " + handler.getPath());
        }
      });
    });
    app.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
    app.exception(StoreException.class, (e, ctx) -> ctx.status(500).json(Map.of("error", e.getMessage())));
    app.error(404, ctx -> {
      // An endpoint's own 404 is JSON already; Javalin's for an unknown path is not.
      String answered = ctx.res().getContentType();
      if (ctx.path().startsWith("/api/") && (answered == null || !answered.startsWith("application/json"))) {
        ctx.json(ApiException.notFound("no such endpoint: " + ctx.method() + " " + ctx.path(),
            Map.of("endpoints", "/api/openapi.json")).body());
      }
    });
    get("/api/status", this::status);
    get("/api/documents", this::documents);
    route(HandlerType.POST, "/api/documents", this::upload);
    get("/api/documents/{doc}", this::document);
    get("/api/search", this::search);
    get("/api/events", this::events);
    get("/api/actors", (ctx, q) -> ctx.json(store.actors(q.integer("limit", 50, 1, MAX_PAGE))));
    get("/api/timeline", (ctx, q) -> ctx.json(store.timeline(q.eventFilter(),
        q.choice("granularity", Timeline.Granularity.class, Timeline.Granularity.MONTH))));
    get("/api/network", (ctx, q) -> ctx.json(store.network(q.eventFilter(), q.integer("max_edges", 50, 1, MAX_PAGE))));
    get("/api/outlets", this::outlets);
    get("/api/jobs/{id}", (ctx, q) -> ctx.json(worker.job(ctx.pathParam("id")).orElseThrow(() ->
        ApiException.notFound("no job " + ctx.pathParam("id") + " (jobs are kept while the server runs)",
            Map.of("job", ctx.pathParam("id"))))));
    get("/api/openapi.json", (ctx, q) -> ctx.contentType("application/json").result(openApi.json()));
    try {
      app.start(port);
    } catch (JavalinBindException e) {
      app.stop();
      throw new IllegalStateException("port " + port + " is taken (another server runs there? try --port)", e);
    }
  }

  /** Handles a request whose query parameters were checked against the endpoint's description. */
  private interface Endpoint {
    void handle(Context ctx, QueryParameters query) throws Exception;
  }

  private void get(String path, Endpoint endpoint) {
    route(HandlerType.GET, path, endpoint);
  }

  private void route(HandlerType method, String path, Endpoint endpoint) {
    Set<String> accepted = openApi.queryParameters(method.name(), path);
    app.addHttpHandler(method, path, ctx -> endpoint.handle(ctx, new QueryParameters(ctx.queryParamMap(), accepted)));
  }

  /** The port served. */
  public int port() {
    return app.port();
  }

  /** Every route served, as {@code GET /api/documents/{doc}}. */
  public Set<String> routes() {
    return Set.copyOf(routes);
  }

  /** The operations of the OpenAPI description, in the same form as {@link #routes()}. */
  public Set<String> describedRoutes() {
    return openApi.operations();
  }

  private void status(Context ctx, QueryParameters query) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("version", Pipeline.VERSION);
    status.put("store", store.directory().toString());
    status.put("counts", store.counts());
    status.put("queued", worker.queued());
    status.put("inbox", inbox == null ? null : inbox.folder().toString());
    ctx.json(status);
  }

  private void documents(Context ctx, QueryParameters query) {
    int offset = query.integer("offset", 0, 0, Integer.MAX_VALUE);
    int limit = query.integer("limit", 20, 1, MAX_PAGE);
    DocumentPage page = store.documents(offset, limit);
    ctx.json(Map.of("total", page.total(), "offset", offset, "limit", limit, "documents", page.documents()));
  }

  private void document(Context ctx, QueryParameters query) {
    String number = ctx.pathParam("doc");
    long doc;
    try {
      doc = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter("doc", number, "a document's number in the store (1, 2…)");
    }
    ctx.json(store.document(doc).orElseThrow(() -> ApiException.notFound("no document " + doc + " in the store",
        Map.of("doc", doc))));
  }

  private void search(Context ctx, QueryParameters query) {
    ctx.json(store.search(new SearchQuery(query.text("q"), query.text("outlet"), query.integer("year", 1, 9999),
        query.text("language"), query.integer("offset", 0, 0, Integer.MAX_VALUE),
        query.integer("limit", 10, 1, SearchQuery.MAX_LIMIT))));
  }

  private void events(Context ctx, QueryParameters query) {
    int offset = query.integer("offset", 0, 0, Integer.MAX_VALUE);
    int limit = query.integer("limit", 50, 1, MAX_PAGE);
    EventPage page = store.events(query.eventFilter(), offset, limit);
    ctx.json(Map.of("total", page.total(), "offset", offset, "limit", limit, "events", page.events()));
  }

  private void outlets(Context ctx, QueryParameters query) {
    if (query.text("actor") == null && query.text("actor_code") == null) {
      throw ApiException.badRequest("say whose events to compare: 'actor' (an actor id) or 'actor_code'",
          Map.of("parameter", "actor"));
    }
    ctx.json(store.outlets(query.eventFilter(), query.integer("examples", 3, 0, 20), 100));
  }

  /**
   * An article to analyse and store: plain text, HTML, or a JSON object with {@code text} or
   * {@code html} and optionally {@code id}, {@code title}, {@code published}, {@code outlet},
   * {@code url}. Read as {@code analyze} reads standard input; answered 202 with the queued job.
   */
  private void upload(Context ctx, QueryParameters query) {
    byte[] body = ctx.bodyAsBytes();
    String head = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).strip();
    if (head.isEmpty()) {
      throw ApiException.badRequest("the body is empty: send the article as text, HTML or a JSON object",
          Map.of("content_type", String.valueOf(ctx.contentType())));
    }
    boolean json = head.startsWith("{") || String.valueOf(ctx.contentType()).contains("json");
    byte[] input = json ? uploadedJson(body) : body;
    Job job = worker.submit("upload", (reader, sink) -> reader.read(InputReader.Source.STANDARD_INPUT,
        new ByteArrayInputStream(input), sink), finished -> { });
    ctx.status(202).header("Location", "/api/jobs/" + job.id()).json(job);
  }

  /** The uploaded JSON object on one line, as the JSON Lines reader takes it; refused when it is no article. */
  private static byte[] uploadedJson(byte[] body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("the body is not valid JSON: " + (e instanceof JsonProcessingException p
          ? p.getOriginalMessage() : e.getMessage()), Map.of("expected", "{\"text\": …} or {\"html\": …}"));
    }
    if (!(node instanceof ObjectNode article)) {
      throw ApiException.badRequest("the body is not a JSON object", Map.of("expected", "{\"text\": …}"));
    }
    for (Iterator<String> names = article.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!UPLOAD_FIELDS.contains(name)) {
        throw ApiException.badRequest("unknown field '" + name + "'", Map.of("field", name,
            "accepted", new TreeSet<>(UPLOAD_FIELDS)));
      }
    }
    if (!article.path("text").isTextual() && !article.path("html").isTextual()) {
      throw ApiException.badRequest("the article needs a 'text' or an 'html' field (a string)",
          Map.of("fields", List.copyOf(new TreeSet<>(UPLOAD_FIELDS))));
    }
    return article.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Stops serving, then the inbox and the worker (which lets its job finish and commits); the store stays open. */
  @Override
  public void close() {
    app.stop();
    if (inbox != null) {
      inbox.close();
    }
    worker.close();
  }
}
