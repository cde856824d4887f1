package vn.followup.system.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last wall of "every error a person can read": an error answer (status 400 or more) of the
 * APIs passes only when it is the product's own, a Vietnamese sentence naming no Java class,
 * package or exception; any other (Camunda's webapp plugins answer their own errors in English
 * with the exception's class, the engine REST API's 401 has no body at all) is replaced by the
 * Vietnamese sentence of its status ({@link StatusMessages}), its status kept. Only error answers
 * are held in memory, and only until they are complete; every other answer streams as before.
 * What was replaced is logged for the operators.
 */
public final class ReadableErrorBodies extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ReadableErrorBodies.class);
  /** A letter only Vietnamese text has among the product's answers. */
  private static final Pattern VIETNAMESE = Pattern.compile(
      "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ]");
  /** What an answer must never show: internals of the server. */
  private static final List<String> INTERNALS = List.of("Exception", "java.", "javax.", "jakarta.", "org.camunda",
      "org.springframework", "org.apache", "vn.followup", "Apache Tomcat", "at org.", "Caused by");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("HEAD".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    HoldingErrors holding = new HoldingErrors(response);
    try {
      chain.doFilter(request, holding);
    } finally {
      holding.finish(request);
    }
  }

  /** Whether an error answer may reach the person as it is. */
  static boolean readable(String body) {
    return VIETNAMESE.matcher(body).find() && INTERNALS.stream().noneMatch(body::contains);
  }

  /** The Vietnamese answer that replaces an unreadable one. */
  static String replacement(int status) {
    return new String(StatusMessages.json(status), StandardCharsets.UTF_8);
  }

  /** Streams an answer through, unless its status is an error: then holds its body until the end. */
  private static final class HoldingErrors extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private int status = SC_OK;
    private boolean holding;
    /** The body went out before any error status: it is the original answer's, never held. */
    private boolean streaming;
    private ServletOutputStream stream;
    private PrintWriter writer;

    HoldingErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int status) {
      this.status = status;
      holding = holding || (status >= 400 && !streaming && !isCommitted());
      super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      // The container's error page answers it (Spring's /error: Vietnamese).
      this.status = status;
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      this.status = status;
      super.sendError(status);
    }

    @Override
    public void setContentLength(int length) {
      if (!holding) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!holding) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(holding && "Content-Length".equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!holding) {
        streaming = true;
        return super.getOutputStream();
      }
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("an error answer is written at once");
          }

          @Override
          public void write(int b) {
            held.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            held.write(bytes, offset, length);
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!holding) {
        streaming = true;
        return super.getWriter();
      }
      if (writer == null) {
        String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
        writer = new PrintWriter(new OutputStreamWriter(held, java.nio.charset.Charset.forName(charset)));
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!holding) {
        super.flushBuffer();
      }
    }

    /** Writes the held error answer, or its Vietnamese replacement. */
    void finish(HttpServletRequest request) throws IOException {
      if (!holding) {
        return;
      }
      if (writer != null) {
        writer.flush();
      }
      String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      String body = held.toString(java.nio.charset.Charset.forName(charset));
      byte[] answer;
      if (readable(body)) {
        answer = held.toByteArray();
      } else {
        LOG.info("Replaced the unreadable {} answer of {} {}: {}", status, request.getMethod(), request.getRequestURI(),
            body.length() > 300 ? body.substring(0, 300) + "…" : body);
        answer = replacement(status).getBytes(StandardCharsets.UTF_8);
        HttpServletResponse original = (HttpServletResponse) getResponse();
        original.setCharacterEncoding("UTF-8");
        original.setContentType("application/json;charset=UTF-8");
      }
      HttpServletResponse original = (HttpServletResponse) getResponse();
      original.setContentLength(answer.length);
      original.getOutputStream().write(answer);
    }
  }
}
