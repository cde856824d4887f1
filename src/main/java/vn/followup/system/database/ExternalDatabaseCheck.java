package vn.followup.system.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.followup.system.errors.StartupRefusedException;

/**
 * Checks the external PostgreSQL once, before the connection pool and the engine use it, so that
 * a wrong or unreachable URL stops the application with one message naming the URL (never the
 * password) instead of a pool and engine stack trace.
 */
@Component
class ExternalDatabaseCheck implements BeanPostProcessor {

  private final Environment environment;
  private volatile boolean checked;

  ExternalDatabaseCheck(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource && !checked && DatabaseMode.isExternal(environment)) {
      checked = true;
      Binder binder = Binder.get(environment);
      check(binder.bind("spring.datasource.url", String.class).get(),
          binder.bind("spring.datasource.username", String.class).orElse(null),
          binder.bind("spring.datasource.password", String.class).orElse(null));
    }
    return bean;
  }

  static void check(String url, String username, String password) {
    Properties info = new Properties();
    if (username != null) {
      info.setProperty("user", username);
    }
    if (password != null) {
      info.setProperty("password", password);
    }
    info.setProperty("connectTimeout", "10");
    info.setProperty("loginTimeout", "15");
    try (Connection ignored = DriverManager.getConnection(url, info)) {
      // reachable and the credentials are accepted
    } catch (SQLException e) {
      throw new StartupRefusedException(
          "Không kết nối được cơ sở dữ liệu PostgreSQL tại " + JdbcUrls.withoutSecrets(url) + ": "
              + JdbcUrls.withoutSecrets(String.valueOf(e.getMessage())),
          "Kiểm tra SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD và "
              + "rằng máy chủ PostgreSQL đang chạy và cho phép kết nối từ máy này.");
    }
  }
}
