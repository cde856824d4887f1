package vn.followup.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestUsers;
import vn.followup.support.ApplicationTestBase;

/**
 * What every start sets up: role groups and who reads them, the Vietnamese Tasklist filters, login
 * throttling and unlocking.
 */
@FollowupSpringBootTest
class AccessSetupTest extends ApplicationTestBase {

  @Test
  void createsTheVietnameseTasklistFiltersReadableByThoseWhoCanFillThemWithItemAndDeadlineColumns() {
    for (String name : List.of("Việc của tôi", "Việc của đơn vị", "Quá hạn", "Sắp đến hạn", "Chờ thẩm định")) {
      Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
      assertThat(filter).as(name).isNotNull();
      assertThat(filter.getOwner()).isEqualTo(TestUsers.ADMIN);
      @SuppressWarnings("unchecked")
      List<Map<String, String>> columns = (List<Map<String, String>>) filter.getProperties().get("variables");
      assertThat(columns).extracting(column -> column.get("name")).containsExactly("noticeLabel", "deadlineSummary", "deadlineLabel");
      boolean officeOnly = name.equals("Chờ thẩm định");
      assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
          .resourceType(Resources.FILTER).resourceId(filter.getId()).count()).as(name + " for everyone")
          .isEqualTo(officeOnly ? 0 : 1);
      assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
          .groupIdIn("van-phong-thanh-uy").resourceType(Resources.FILTER).resourceId(filter.getId()).count())
          .as(name + " for the office alone").isEqualTo(officeOnly ? 1 : 0);
    }
    assertThat(filterService.createFilterQuery().filterName("All tasks").count()).as("no default filter").isZero();
  }

  @Test
  void createsTheRoleGroups() {
    for (String role : List.of(Roles.SUPERVISORS, Roles.AUDITORS, Roles.HEADS, Roles.OPERATIONS)) {
      assertThat(identityService.createGroupQuery().groupId(role).singleResult().getName()).as(role).isNotBlank();
    }
  }

  @Test
  void letsSupervisorsAndAuditorsReadTheAgencyNamesButNotAgencyStaffOtherAgencies() {
    for (String reader : List.of(Roles.SUPERVISORS, Roles.AUDITORS, Roles.OPERATIONS)) {
      assertThat(authorizationService.isUserAuthorized("doc.nhom", List.of(reader), Permissions.READ, Resources.GROUP,
          "ubnd-thanh-pho")).as(reader).isTrue();
    }
    assertThat(authorizationService.isUserAuthorized("doc.nhom", List.of("phong-tnmt"), Permissions.READ,
        Resources.GROUP, "ubnd-thanh-pho")).as("agency staff").isFalse();
  }

  @Test
  void locksAnAccountAfterRepeatedWrongPasswordsUntilAnAdministratorUnlocksIt() throws Exception {
    User user = identityService.newUser("khoa.thu");
    user.setPassword("Mat-khau-dung-2026");
    identityService.saveUser(user);
    for (int attempt = 0; attempt < 10; attempt++) {
      identityService.checkPassword("khoa.thu", "sai-mat-khau-" + attempt);
      org.camunda.bpm.engine.impl.util.ClockUtil.offset(60_000L * (attempt + 1));
    }
    try {
      assertThat(identityService.checkPassword("khoa.thu", "Mat-khau-dung-2026")).as("locked").isFalse();
      assertThat(http.get("/api/me", "khoa.thu", "Mat-khau-dung-2026").statusCode()).isEqualTo(401);

      HttpResponse<String> unlock = http.postJson("/engine-rest/user/khoa.thu/unlock", "", TestUsers.ADMIN,
          TestUsers.ADMIN_PASSWORD);
      assertThat(unlock.statusCode()).isEqualTo(204);
      assertThat(http.get("/api/me", "khoa.thu", "Mat-khau-dung-2026").statusCode()).isEqualTo(200);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  @Test
  void refusesAPasswordThatBreaksThePolicyWhenAUserIsCreated() {
    HttpResponse<String> response = fixture.http().postJson("/engine-rest/user/create",
        "{\"profile\":{\"id\":\"ngan.qua\",\"firstName\":\"Ngắn\",\"lastName\":\"Quá\"},\"credentials\":{\"password\":\"abc123\"}}",
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(identityService.createUserQuery().userId("ngan.qua").count()).isZero();
  }
}
