package vn.followup.support;

import java.util.List;

/**
 * The four kinds of test, as JUnit tags: every test class carries exactly one, through
 * {@link FastTest}, {@link ProcessTest}, {@link FollowupSpringBootTest}, {@link ProcessLevelTest},
 * {@link BrowserTest} or {@link ReliabilityTest} ({@code TestKindsTest} holds it). The Maven
 * profile {@code fast} runs the tests tagged {@code fast} alone.
 */
public final class TestKinds {

  public static final String FAST = "fast";
  public static final String PROCESS = "process";
  public static final String BROWSER = "browser";
  public static final String RELIABILITY = "reliability";

  public static final List<String> ALL = List.of(FAST, PROCESS, BROWSER, RELIABILITY);

  private TestKinds() {
  }
}
