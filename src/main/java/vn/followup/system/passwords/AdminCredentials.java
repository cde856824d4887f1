package vn.followup.system.passwords;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.followup.system.database.DatabaseMode;
import vn.followup.system.errors.StartupRefusedException;

/**
 * Decides the Camunda admin password before the engine creates the admin user.
 *
 * <p>With an external database (production) the password must be given and strong, otherwise the
 * application refuses to start and says why. In the embedded demo run a missing password is
 * generated once, kept in the data folder with owner-only permissions and printed by the start
 * that generated it, so a newcomer can log in without configuring anything.
 */
@Component
public class AdminCredentials implements BeanPostProcessor {

  public static final String PASSWORD_FILE = "admin-password.txt";
  private static final Logger LOG = LoggerFactory.getLogger(AdminCredentials.class);

  private final Environment environment;

  AdminCredentials(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof CamundaBpmProperties properties) {
      if (!Boolean.parseBoolean(environment.getProperty("followup.ldap.enabled", "false"))) {
        decide(properties.getAdminUser());
      }
    }
    return bean;
  }

  private void decide(AdminUserProperty admin) {
    if (admin == null || admin.getId() == null) {
      throw new StartupRefusedException("Chưa cấu hình tài khoản quản trị (camunda.bpm.admin-user.id).",
          "Đặt biến môi trường CAMUNDA_BPM_ADMINUSER_ID và CAMUNDA_BPM_ADMINUSER_PASSWORD.");
    }
    // The starter defaults a missing password to the user id: read what was really configured.
    String configured = Binder.get(environment).bind("camunda.bpm.admin-user.password", String.class).orElse(null);
    if (configured == null && !DatabaseMode.isExternal(environment)) {
      configured = generatedPassword(Path.of(environment.getProperty("followup.data-dir", "./data")));
    }
    List<String> reasons = FollowupPasswordPolicy.violations(admin.getId(), configured);
    if (!reasons.isEmpty()) {
      throw new StartupRefusedException(
          "Mật khẩu quản trị (CAMUNDA_BPM_ADMINUSER_PASSWORD) của người dùng '" + admin.getId()
              + "' không được chấp nhận: " + String.join("; ", reasons) + ".",
          "Đặt CAMUNDA_BPM_ADMINUSER_PASSWORD một mật khẩu dài ít nhất " + FollowupPasswordPolicy.MIN_LENGTH
              + " ký tự, không chứa tên đăng nhập, rồi khởi động lại.");
    }
    admin.setPassword(configured);
  }

  private static String generatedPassword(Path dataDir) {
    Path file = dataDir.resolve(PASSWORD_FILE).toAbsolutePath().normalize();
    try {
      if (Files.exists(file)) {
        LOG.info("Demo admin password is kept in {}", file.toAbsolutePath());
        return Files.readString(file, StandardCharsets.UTF_8).trim();
      }
      Files.createDirectories(dataDir);
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
      restrictToOwner(file);
      LOG.warn("\n\n  Generated demo admin password (kept in {}):\n\n    {}\n", file.toAbsolutePath(), password);
      return password;
    } catch (IOException e) {
      throw new StartupRefusedException(
          "Không đọc/ghi được tệp mật khẩu quản trị " + file.toAbsolutePath() + ": " + e.getMessage(),
          "Kiểm tra quyền ghi thư mục dữ liệu (FOLLOWUP_DATA_DIR) hoặc đặt CAMUNDA_BPM_ADMINUSER_PASSWORD.", e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file keeps the data folder's access list.
    }
  }
}
