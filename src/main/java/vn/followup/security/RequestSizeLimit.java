package vn.followup.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.followup.system.errors.StatusMessages;

/**
 * Refuses request bodies larger than {@code followup.http.max-request-size} with 413 and a
 * Vietnamese message, before anything reads them: the engine REST API parses JSON bodies and
 * deployment uploads without a limit of its own, so a 10 MB form value or an oversized model would
 * otherwise be read into memory and reach the engine. A body sent without a declared length
 * (chunked) is read up to the limit first and refused as soon as it goes beyond.
 */
class RequestSizeLimit extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RequestSizeLimit.class);

  /** The upload of an attached document ({@code POST /api/tasks/{id}/documents}), whose own limit applies. */
  private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/api/tasks/[^/]+/documents");

  private final long maxBytes;
  private final long maxDocumentBytes;
  private final String message;

  /**
   * @param maxSize         the limit of every request body
   * @param maxDocumentSize the limit of an attached document's upload, which the documents API
   *                        itself refuses with its own message when exceeded
   */
  RequestSizeLimit(DataSize maxSize, DataSize maxDocumentSize) {
    this.maxBytes = Math.min(maxSize.toBytes(), Integer.MAX_VALUE - 16);
    this.maxDocumentBytes = Math.min(maxDocumentSize.toBytes(), Integer.MAX_VALUE - 16);
    this.message = "Dữ liệu gửi lên quá lớn: tối đa " + describe(maxSize) + " mỗi yêu cầu; chưa có gì được lưu.";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (DOCUMENT_UPLOAD.matcher(request.getRequestURI()).matches() && maxDocumentBytes > maxBytes) {
      // Read by the documents API itself up to its own limit, never further.
      chain.doFilter(request, response);
      return;
    }
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(request, response);
      return;
    }
    if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
    if (body.length > maxBytes) {
      refuse(request, response);
      return;
    }
    chain.doFilter(new BufferedRequest(request, body), response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    LOG.warn("Refused {} {} from {}: body larger than {} bytes (declared length {})", request.getMethod(),
        request.getRequestURI(), request.getRemoteAddr(), maxBytes, request.getContentLengthLong());
    response.setHeader("Connection", "close");
    StatusMessages.writeJson(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RequestTooLarge", message);
  }

  private static String describe(DataSize size) {
    return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + " MB"
        : size.toKilobytes() + " KB";
  }

  /** A request whose body, sent without a length, has been read already and is within the limit. */
  private static final class BufferedRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body has been read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
    }
  }
}
