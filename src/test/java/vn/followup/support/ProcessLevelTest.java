package vn.followup.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts an application or an engine of its own, outside the shared contexts (a
 * separate application, a standalone engine, an LDAP directory): tag {@code process}, like
 * {@link ProcessTest} and {@link FollowupSpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(TestKinds.PROCESS)
public @interface ProcessLevelTest {
}
