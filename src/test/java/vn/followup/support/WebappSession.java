package vn.followup.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like session of the Camunda webapps: logs in through the webapps' login endpoint, keeps
 * the session and CSRF cookies, and calls the webapps' engine API ({@code /camunda/api/engine}) the
 * way Tasklist and Cockpit do.
 */
public final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final String baseUrl;

  private WebappSession(int port) {
    this.baseUrl = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Logs in to the given app (tasklist, cockpit); the returned session carries the login status. */
  public static WebappSession login(int port, String app, String user, String password) {
    WebappSession session = new WebappSession(port);
    session.send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/camunda/app/" + app + "/default/")).GET().build());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    session.loginStatus = session.send(session.request("/camunda/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build()).statusCode();
    // A login starts a new session, whose CSRF token the webapps hand out with the next request.
    session.get("/engine");
    return session;
  }

  /** The webapps' answer to a login, whole (a wrong password's included). */
  public static HttpResponse<String> loginAnswer(int port, String app, String user, String password) {
    WebappSession session = new WebappSession(port);
    session.send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/camunda/app/" + app + "/default/")).GET().build());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return session.send(session.request("/camunda/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private int loginStatus;

  public int loginStatus() {
    return loginStatus;
  }

  public HttpResponse<String> get(String enginePath) {
    return send(request("/camunda/api/engine/engine/default" + enginePath).GET().build());
  }

  public HttpResponse<String> post(String enginePath, String json) {
    return send(request("/camunda/api/engine/engine/default" + enginePath).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  /** A GET of any path of the application with this session's cookies (e.g. the project's API). */
  public HttpResponse<String> getPath(String path) {
    return send(request(path).GET().build());
  }

  /** A POST of any path of the application with this session's cookies and CSRF token. */
  public HttpResponse<String> postPath(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  /**
   * A request to the project's API ({@code /api/...}) with this session's cookies, carrying the
   * webapps' CSRF token only when asked to, as the page's own script does.
   */
  public HttpResponse<String> api(String method, String path, String contentType, byte[] body, boolean withCsrfToken) {
    HttpRequest.Builder builder = withCsrfToken ? request(path)
        : HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** A request with this session's cookies and the given X-XSRF-TOKEN header, e.g. a wrong token. */
  public HttpResponse<String> sendWithCsrfToken(String method, String path, String contentType, String body,
      String csrfToken) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
        .header("X-XSRF-TOKEN", csrfToken);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if ("XSRF-TOKEN".equals(cookie.getName())) {
        builder.header("X-XSRF-TOKEN", cookie.getValue());
      }
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    return Http.send(client, request);
  }
}
