package vn.followup.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context a data folder of its own, so contexts never share a database. */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("freshDataDirectory",
        Map.of("followup.data-dir", newFolder().toString())));
  }

  public static Path newFolder() {
    try {
      Path root = Files.createDirectories(Path.of("target", "test-data"));
      return Files.createTempDirectory(root.toAbsolutePath(), "data-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
