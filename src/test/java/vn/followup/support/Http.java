package vn.followup.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for tests that call the running application as a real client would. */
public final class Http {

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final Duration timeout;

  public Http(int port) {
    this(port, Duration.ofSeconds(30));
  }

  /** A client that gives up on an answer after {@code timeout}, as an impatient client would. */
  public Http(int port, Duration timeout) {
    this.baseUrl = "http://127.0.0.1:" + port;
    this.timeout = timeout;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send(request(path).header("Authorization", basic(user, password)).GET().build());
  }

  /** A GET whose answer is read as bytes, e.g. a downloaded file. */
  public HttpResponse<byte[]> getBytes(String path, String user, String password) {
    try {
      return client.send(request(path).header("Authorization", basic(user, password)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> postJson(String path, String json, String user, String password) {
    HttpRequest.Builder builder = request(path).header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (user != null) {
      builder.header("Authorization", basic(user, password));
    }
    return send(builder.build());
  }

  public HttpResponse<String> send(String method, String path, String contentType, String body, String user,
      String password) {
    return send(method, path, contentType + "; charset=UTF-8", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
        user, password);
  }

  /** Any body, as bytes or a stream (sent chunked, without a length), with the content type as given. */
  public HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
      String user, String password) {
    return send(request(path).header("Content-Type", contentType).header("Authorization", basic(user, password))
        .method(method, body).build());
  }

  /** A POST of raw bytes, as a client sends a file that may not even be text. */
  public HttpResponse<String> postBytes(String path, String contentType, byte[] body, String user, String password) {
    return send(request(path).header("Content-Type", contentType).header("Authorization", basic(user, password))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** A multipart/form-data upload of one file, as a deployment client sends it. */
  public HttpResponse<String> multipart(String path, String fileName, String content, String user, String password) {
    return multipart(path, "ma-tran", fileName, content, user, password);
  }

  /** A deployment upload ({@code deployment-name} and one file). */
  public HttpResponse<String> multipart(String path, String deploymentName, String fileName, String content, String user,
      String password) {
    String boundary = "----followup" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + deploymentName
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", basic(user, password))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  /** A multipart form of text parts, e.g. a task attachment ({@code attachment-name}, {@code content}). */
  public HttpResponse<String> multipartParts(String path, java.util.Map<String, String> parts, String user,
      String password) {
    String boundary = "----followup" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    parts.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
        .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", basic(user, password))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(client, request);
  }

  /** Sends a request and reads the answer as UTF-8 text; a broken connection fails the test. */
  static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
