package vn.followup.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.followup.FollowupApplication;

/**
 * Starts the application by hand, beside the cached test contexts of the same JVM. Its engine gets
 * a name of its own: Camunda keeps engines in a JVM-wide registry by name, and closing a second
 * engine called "default" would unregister the cached contexts' one.
 */
public final class SeparateApplication {

  private SeparateApplication() {
  }

  public static ConfigurableApplicationContext start(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--server.port=0");
    all.add("--camunda.bpm.process-engine-name=separate" + UUID.randomUUID().toString().replace("-", ""));
    return new SpringApplicationBuilder(FollowupApplication.class).run(all.toArray(String[]::new));
  }
}
