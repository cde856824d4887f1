package vn.followup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

/**
 * Camunda 7.24 CE gets no more patch releases; the security notices Camunda published after
 * 7.24.0 concern the libraries it runs on, which this product takes from Spring Boot's dependency
 * management and keeps current itself (docs/security.md "Security notices after Camunda 7.24.0"). This test
 * fails the build if a library on the class path is older than the version that closes a notice.
 */
@FastTest
class PatchedLibrariesTest {

  @Test
  void runsAJacksonCoreThatClosesNotice156AndItsFollowUp() {
    // GHSA-72hv-8253-57qq (Notice 156): fixed in 2.21.1; its incomplete-fix follow-up GHSA-r7wm-3cxj-wff9 in 2.21.4.
    assertAtLeast(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(), "2.21.4");
  }

  @Test
  void runsAnEmbeddedTomcatThatClosesNotices150And154() {
    // CVE-2025-48989, CVE-2025-55752 (Notice 150) and CVE-2025-66614, CVE-2026-24734 (Notice 154): Tomcat 10.1.52.
    assertAtLeast(org.apache.catalina.util.ServerInfo.getServerNumber(), "10.1.52");
  }

  @Test
  void runsAPostgresqlDriverWithoutTheSqlInjectionOfNotice107() {
    // CVE-2024-1597 (Notice 107): fixed in pgJDBC 42.7.2.
    assertAtLeast(org.postgresql.util.DriverInfo.DRIVER_VERSION, "42.7.2");
  }

  @Test
  void usesSpinsJacksonDataFormatThatFollowsTheManagedJacksonNotAShadedCopy() {
    // camunda-spin-dataformat-all shades its own Jackson, which no dependency management can upgrade.
    assertThat(getClass().getClassLoader().getResource("spinjar/com/fasterxml/jackson/core/JsonFactory.class")).isNull();
  }

  private static void assertAtLeast(String version, String minimum) {
    int[] actual = numbers(version);
    int[] least = numbers(minimum);
    int compared = Arrays.compare(actual, least);
    assertThat(compared).as(version + " must be at least " + minimum).isGreaterThanOrEqualTo(0);
  }

  private static int[] numbers(String version) {
    return Arrays.stream(version.split("[^0-9]+")).filter(part -> !part.isEmpty()).limit(3)
        .mapToInt(Integer::parseInt).toArray();
  }
}
