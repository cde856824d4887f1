package vn.followup.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.followup.security.OperationAllowlist.Role;
import vn.followup.security.OperationAllowlist.Surface;
import vn.followup.security.OperationAllowlistFilter.Call;
import vn.followup.support.FastTest;

/** The allowlist's table and how a request's path is read against it (no Spring, no database). */
@FastTest
class OperationAllowlistTest {

  private static final Set<Role> STAFF = EnumSet.of(Role.EVERYONE);

  @Test
  void readsTheSameEngineOperationOnTheEngineRestApiAndTheWebappsEngineApi() {
    Call direct = OperationAllowlistFilter.call("/engine-rest/task/abc/claim", "default");
    Call named = OperationAllowlistFilter.call("/engine-rest/engine/default/task/abc/claim", "default");
    Call webapp = OperationAllowlistFilter.call("/camunda/api/engine/engine/default/task/abc/claim", "default");
    assertThat(List.of(named, webapp)).allSatisfy(call -> assertThat(call).isEqualTo(direct));
    assertThat(direct.surface()).isEqualTo(Surface.ENGINE);
    assertThat(direct.segments()).containsExactly("task", "abc", "claim");
    assertThat(OperationAllowlistFilter.call("/camunda/api/engine/engine/", "default").segments()).containsExactly("engine");
  }

  @Test
  void refusesPathsThatHideAnotherPathOrAnotherEngine() {
    for (String path : List.of("/engine-rest/task/..%2Fjob/x/execute", "/engine-rest/task/a%2Fb", "/engine-rest/task/a;x=1",
        "/engine-rest/task/../job", "/engine-rest/engine/other/task", "/camunda/api/engine/engine/other/task",
        "/engine-rest/task/a%5Cb")) {
      assertThatThrownBy(() -> OperationAllowlistFilter.call(path, "default")).as(path)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(OperationAllowlistFilter.call("/camunda/app/tasklist/default/", "default")).isNull();
  }

  @Test
  void letsStaffWorkTheirTasksButNeitherRunJobsNorReadTheHistoryOfValues() {
    assertThat(allows(STAFF, "POST", "task/abc/complete")).isTrue();
    assertThat(allows(STAFF, "POST", "task/abc/claim")).isTrue();
    assertThat(allows(STAFF, "PUT", "task/abc")).as("due date and owner are the server's").isFalse();
    assertThat(allows(STAFF, "POST", "task/abc/assignee")).isFalse();
    assertThat(allows(STAFF, "POST", "task/abc/identity-links")).isFalse();
    assertThat(allows(STAFF, "POST", "job/abc/execute")).isFalse();
    assertThat(allows(STAFF, "GET", "history/variable-instance")).isFalse();
    assertThat(allows(STAFF, "GET", "history/detail")).isFalse();
    assertThat(allows(STAFF, "POST", "message")).isFalse();
  }

  @Test
  void keepsReadOnlyRolesReadOnlyAndLetsOperationsOnlyRetryAndResolve() {
    for (Role reader : List.of(Role.SUPERVISOR, Role.AUDITOR)) {
      Set<Role> roles = EnumSet.of(Role.EVERYONE, reader);
      for (String method : List.of("PUT", "DELETE", "PATCH")) {
        assertThat(OperationAllowlist.OPERATIONS_TABLE.stream().filter(op -> op.method().equals(method))
            .filter(op -> op.roles().contains(reader))).as(reader + " " + method).isEmpty();
      }
      assertThat(allows(roles, "POST", "job/abc/execute")).isFalse();
      assertThat(allows(roles, "PUT", "job/abc/retries")).isFalse();
      assertThat(allows(roles, "POST", "process-instance/delete")).isFalse();
      assertThat(allows(roles, "POST", "process-instance")).as("a query").isTrue();
      assertThat(allows(roles, "GET", "history/detail")).isTrue();
    }
    Set<Role> operations = EnumSet.of(Role.EVERYONE, Role.OPERATIONS);
    assertThat(allows(operations, "PUT", "job/abc/retries")).isTrue();
    assertThat(allows(operations, "POST", "job/abc/execute")).isFalse();
    assertThat(allows(operations, "PUT", "job/abc/duedate")).isFalse();
    assertThat(allows(operations, "POST", "deployment/create")).isFalse();
  }

  @Test
  void isPrintedInTheSecurityDocAsItIsInTheCode() throws Exception {
    assertThat(Files.readString(Path.of("docs", "security.md"))).contains(OperationAllowlist.markdown());
  }

  private static boolean allows(Set<Role> roles, String method, String path) {
    return OperationAllowlist.allows(roles, method, Surface.ENGINE, OperationAllowlist.segments(path));
  }
}
