package vn.followup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestUsers;
import vn.followup.support.ApplicationTestBase;

@FollowupSpringBootTest
class HttpAuthenticationTest extends ApplicationTestBase {

  static final String STAFF = "nhanvien-kiemthu";
  static final String VICTIM = "sai-matkhau";

  @BeforeEach
  void setUp() {
    fixture.user(STAFF, List.of());
    fixture.user(VICTIM, List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/deployment",
      "/engine-rest/user", "/engine-rest/history/process-instance", "/api/me", "/actuator/metrics",
      "/actuator/env"})
  void refusesCallsWithoutCredentials(String path) {
    assertThat(http.get(path).statusCode()).isEqualTo(401);
  }

  @Test
  void explainsARefusedApiCallInVietnamese() {
    HttpResponse<String> response = http.get("/api/me");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.body()).contains("Cần đăng nhập");
  }

  @Test
  void answersTheEngineDescriptionWithoutCredentials() {
    HttpResponse<String> response = http.get("/engine-rest/engine");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("default");
  }

  @Test
  void acceptsTheAdminWithTheRightPassword() {
    assertThat(http.get("/engine-rest/task/count", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).statusCode())
        .isEqualTo(200);
    HttpResponse<String> me = http.get("/api/me", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"id\":\"admin\"").contains("camunda-admin");
  }

  @Test
  void refusesAWrongPassword() {
    assertThat(http.get("/engine-rest/task/count", VICTIM, "not-the-password").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/me", VICTIM, "not-the-password").statusCode()).isEqualTo(401);
  }

  @Test
  void opensHealthProbesToAnyoneButDetailsOnlyToAdministrators() {
    HttpResponse<String> anonymous = http.get("/actuator/health/readiness");
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

    HttpResponse<String> admin = http.get("/actuator/health/readiness", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(admin.body()).contains("\"db\"").contains("\"jobExecutor\"");

    assertThat(http.get("/actuator/metrics", STAFF, PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.get("/actuator/metrics", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get("/actuator/health/readiness", STAFF, PASSWORD).body()).doesNotContain("jobExecutor");
  }

  @Test
  void sendsSecurityHeadersWithTheWebapps() {
    HttpResponse<String> response = http.get("/camunda/app/tasklist/default/");
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).isPresent();
  }
}
