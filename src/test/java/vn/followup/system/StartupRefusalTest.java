package vn.followup.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;
import vn.followup.support.FreshDataDirectory;
import vn.followup.support.SeparateApplication;
import vn.followup.system.errors.StartupRefusedException;
import vn.followup.support.ProcessLevelTest;

/** With an external database configured, the application refuses to start on bad settings, and says why. */
@ProcessLevelTest
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTest {

  static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:9/followup?password=bi-mat-khong-duoc-lo";

  @ParameterizedTest
  @CsvSource(nullValues = "NONE", value = {
      "NONE, chưa đặt mật khẩu",
      "admin, không được chứa tên đăng nhập",
      "short-1, ít nhất 12 ký tự",
      "password1234, quá phổ biến"})
  void refusesAMissingOrWeakAdminPasswordWithAnExternalDatabase(String password, String reason,
      CapturedOutput output) {
    Throwable refusal = NestedExceptionUtils.getMostSpecificCause(startExternal(password));

    assertThat(refusal).isInstanceOf(StartupRefusedException.class).hasMessageContaining(reason);
    assertThat(output).contains("APPLICATION FAILED TO START").contains(reason);
  }

  @Test
  void stopsWithOneClearMessageNamingAnUnreachableDatabaseButNotItsPassword(CapturedOutput output) {
    Throwable refusal = NestedExceptionUtils.getMostSpecificCause(startExternal("Mat-khau-du-manh-2026"));

    assertThat(refusal).isInstanceOf(StartupRefusedException.class);
    assertThat(output).contains("Không kết nối được cơ sở dữ liệu PostgreSQL tại jdbc:postgresql://127.0.0.1:9/followup")
        .doesNotContain("bi-mat-khong-duoc-lo")
        .doesNotContain("\tat ");
    assertThat(output.toString().lines().count()).isLessThan(60);
  }

  private static Throwable startExternal(String adminPassword) {
    List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + UNREACHABLE,
        "--spring.datasource.username=followup", "--followup.data-dir=" + FreshDataDirectory.newFolder()));
    if (adminPassword != null) {
      args.add("--camunda.bpm.admin-user.password=" + adminPassword);
    }
    Throwable failure = catchThrowable(() -> SeparateApplication.start(args.toArray(String[]::new)).close());
    assertThat(failure).as("the application must refuse to start").isNotNull();
    return failure;
  }
}
