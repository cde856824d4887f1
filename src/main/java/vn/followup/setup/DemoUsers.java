package vn.followup.setup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.followup.notice.NoticeDocument;
import vn.followup.organisation.Roles;
import vn.followup.system.database.DatabaseMode;
import vn.followup.system.EnginePluginOrder;

/**
 * The people of the demo run: one staff user per agency that has items in the demo notice, one
 * head, one office supervisor and one auditor, all with {@link #PASSWORD} (listed in the README).
 * Never created with an external database or a directory, so they cannot exist in production.
 */
@Component
@Order(EnginePluginOrder.DEMO_USERS)
class DemoUsers extends AbstractProcessEnginePlugin {

  static final String PASSWORD = "Thu-nghiem-Xuan-Tang-2026";
  static final String OFFICE_USER = "vptu.chuyenvien";
  static final String HEAD_USER = "ubnd-thanh-pho.lanhdao";
  static final String AUDITOR_USER = "kiemtra.vien";
  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final Environment environment;

  DemoUsers(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (!Boolean.parseBoolean(environment.getProperty("followup.demo.enabled", "false"))
        || DatabaseMode.isExternal(environment) || identity.isReadOnly()) {
      return;
    }
    String office = environment.getProperty("followup.organisation.office-group", "van-phong-thanh-uy");
    int created = 0;
    for (String agency : agenciesWithItems(DemoNotice.load())) {
      created += user(identity, agency + ".canbo", "Cán bộ", agency, List.of(agency));
    }
    created += user(identity, HEAD_USER, "Lãnh đạo", "UBND thành phố", List.of("ubnd-thanh-pho", Roles.HEADS));
    created += user(identity, OFFICE_USER, "Chuyên viên", "Văn phòng Thành ủy", List.of(office, Roles.SUPERVISORS));
    created += user(identity, AUDITOR_USER, "Kiểm tra viên", "Ủy ban Kiểm tra", List.of(Roles.AUDITORS));
    if (created > 0) {
      LOG.info("Created {} demo users (password in README)", created);
    }
  }

  /** Demo users' mails go to the reserved example domain, so a demo run pointed at any SMTP server delivers them. */
  static String address(String userId) {
    return userId + "@example.org";
  }

  static Set<String> agenciesWithItems(NoticeDocument notice) {
    Set<String> agencies = new LinkedHashSet<>();
    for (NoticeDocument.Item item : notice.items()) {
      agencies.add(item.lead());
      agencies.addAll(item.coordinators() == null ? List.of() : item.coordinators());
    }
    return agencies;
  }

  private static int user(IdentityService identity, String id, String firstName, String lastName, List<String> groups) {
    User existing = identity.createUserQuery().userId(id).singleResult();
    if (existing != null) {
      if (existing.getEmail() == null) {
        existing.setEmail(address(id));
        identity.saveUser(existing);
      }
      return 0;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(address(id));
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    List<String> missing = new ArrayList<>();
    for (String group : groups) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        missing.add(group);
      } else {
        identity.createMembership(id, group);
      }
    }
    if (!missing.isEmpty()) {
      LOG.warn("Demo user {}: groups {} do not exist", id, missing);
    }
    return 1;
  }
}
