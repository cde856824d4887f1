package vn.followup.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.test.context.SpringBootTest;
import vn.followup.support.FastTest;
import vn.followup.support.TestKinds;

/**
 * Every test class carries exactly one of the four kinds ({@link TestKinds}), so that
 * {@code ./mvnw test -Pfast} runs all unit tests and nothing else; a test tagged {@code fast}
 * starts no Spring context.
 */
@FastTest
class TestKindsTest {

  @Test
  void everyTestClassCarriesExactlyOneKind() {
    Map<String, Set<String>> wrong = new LinkedHashMap<>();
    for (Class<?> test : testClasses()) {
      Set<String> tags = tags(test);
      if (tags.size() != 1 || !TestKinds.ALL.containsAll(tags)) {
        wrong.put(test.getName(), tags);
      }
    }
    assertThat(wrong).as("test classes without exactly one of the tags %s (use @FastTest, @ProcessTest, "
        + "@FollowupSpringBootTest, @ProcessLevelTest, @BrowserTest or @ReliabilityTest from vn.followup.support)",
        TestKinds.ALL).isEmpty();
  }

  @Test
  void fastTestsStartNoSpringContext() {
    List<String> springInFast = testClasses().stream()
        .filter(test -> tags(test).contains(TestKinds.FAST))
        .filter(test -> AnnotationSupport.isAnnotated(test, SpringBootTest.class))
        .map(Class::getName).toList();
    assertThat(springInFast).as("fast tests with a Spring Boot context").isEmpty();
  }

  @Test
  void theTestClassesAreFound() {
    assertThat(testClasses()).as("the scan finds this very class and the application's tests")
        .contains(TestKindsTest.class, ArchitectureTest.class).hasSizeGreaterThan(50);
  }

  private static Set<String> tags(Class<?> test) {
    return AnnotationSupport.findRepeatableAnnotations(test, Tag.class).stream().map(Tag::value)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The classes under the test output folder with a JUnit test method (own or inherited). */
  private static List<Class<?>> testClasses() {
    Path root = testClassesRoot();
    List<Class<?>> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
            .replaceAll("\\.class$", "");
        Class<?> candidate = Class.forName(name, false, TestKindsTest.class.getClassLoader());
        if (isTestClass(candidate)) {
          tests.add(candidate);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return tests;
  }

  private static boolean isTestClass(Class<?> candidate) {
    if (candidate.isAnnotation() || candidate.isInterface() || candidate.isSynthetic()) {
      return false;
    }
    for (Class<?> type = candidate; type != null && type != Object.class; type = type.getSuperclass()) {
      if (Arrays.stream(declaredMethods(type)).anyMatch(method -> AnnotationSupport.isAnnotated(method, Testable.class))) {
        return true;
      }
    }
    return false;
  }

  private static Method[] declaredMethods(Class<?> type) {
    try {
      return type.getDeclaredMethods();
    } catch (LinkageError e) {
      return new Method[0];
    }
  }

  private static Path testClassesRoot() {
    try {
      return Path.of(TestKindsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
