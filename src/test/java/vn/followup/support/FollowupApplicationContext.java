package vn.followup.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on its own embedded PostgreSQL in a fresh folder under
 * {@code target/test-data}: the same code path as the demo run, with a known admin password.
 * Carries no tag: test classes use it through {@link FollowupSpringBootTest} (tag {@code process}),
 * {@link BrowserTest} (tag {@code browser}) or beside {@link ReliabilityTest}, so that they all share
 * one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.admin-user.password=" + TestUsers.ADMIN_PASSWORD,
    "followup.demo.enabled=false",
    "followup.embedded-db.durable=false",
    // Tests of other features complete responses without attaching the signed PDF; the rule itself
    // is tested with the setting's default (on) by the documents tests.
    "followup.documents.response-requires-pdf=false"})
@ContextConfiguration(initializers = FreshDataDirectory.class)
@Import({NoCoverageTestConfiguration.class, TestFixture.class})
public @interface FollowupApplicationContext {
}
