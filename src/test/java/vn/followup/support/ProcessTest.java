package vn.followup.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A process test: the real application context on its own embedded PostgreSQL, with the job
 * executor off so that the test moves time ({@code ClockUtil}) and runs due jobs itself. Its engine
 * has a name of its own: the REST API of the other cached test context finds its engine by the
 * name "default" in a JVM-wide registry.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "camunda.bpm.admin-user.password=" + TestUsers.ADMIN_PASSWORD,
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=processtests",
    "management.endpoint.health.group.readiness.include=readinessState,db",
    "followup.demo.enabled=false",
    "followup.embedded-db.durable=false",
    // Tests of other features complete responses without attaching the signed PDF; the rule itself
    // is tested with the setting's default (on) by the documents tests.
    "followup.documents.response-requires-pdf=false"})
@ContextConfiguration(initializers = FreshDataDirectory.class)
@Import({CoverageTestConfiguration.class, TestFixture.class})
@Tag(TestKinds.PROCESS)
public @interface ProcessTest {
}
