package vn.followup.system.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.followup.system.errors.ReadableErrorBodies;
import vn.followup.support.FastTest;

/** The last wall of readable errors, without a server: what passes, what is replaced, what streams. */
@FastTest
class ReadableErrorBodiesTest {

  private final ReadableErrorBodies filter = new ReadableErrorBodies();

  @Test
  void replacesAnEnglishErrorNamingAnExceptionWithTheVietnameseSentenceOfItsStatus() throws Exception {
    MockHttpServletResponse response = run(400,
        "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot deserialize value of type java.util.Date\"}");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(ReadableErrorBodies.replacement(400))
        .contains("Yêu cầu không hợp lệ").doesNotContain("java.");
    assertThat(response.getContentLength()).isEqualTo(ReadableErrorBodies.replacement(400)
        .getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void givesAnEmptyRefusalAVietnameseBody() throws Exception {
    MockHttpServletResponse response = run(401, "");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Cần đăng nhập");
  }

  @Test
  void letsTheProductsOwnVietnameseRefusalThroughUnchanged() throws Exception {
    String own = "{\"type\":\"Forbidden\",\"message\":\"Bạn không có quyền thực hiện thao tác này.\"}";
    assertThat(run(403, own).getContentAsString(StandardCharsets.UTF_8)).isEqualTo(own);
  }

  @Test
  void refusesAVietnameseAnswerThatStillNamesAClass() throws Exception {
    String leaky = "{\"message\":\"Lỗi trong vn.followup.notice.NoticeDocument[\\\"items\\\"]\"}";
    assertThat(run(400, leaky).getContentAsString(StandardCharsets.UTF_8)).doesNotContain("vn.followup");
  }

  @Test
  void streamsEveryAnswerThatIsNotAnError() throws Exception {
    String english = "{\"name\":\"Exception handling guide\"}";
    assertThat(run(200, english).getContentAsString(StandardCharsets.UTF_8)).isEqualTo(english);
  }

  private MockHttpServletResponse run(int status, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
      @Override
      protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res)
          throws java.io.IOException {
        res.setStatus(status);
        res.setContentType("application/json;charset=UTF-8");
        res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
      }
    }));
    return response;
  }
}
