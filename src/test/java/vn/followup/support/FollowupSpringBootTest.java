package vn.followup.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of the whole running application ({@link FollowupApplicationContext}) without a browser:
 * tag {@code process}. Browser tests use {@link BrowserTest} instead, reliability tests
 * {@link FollowupApplicationContext} with {@link ReliabilityTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@FollowupApplicationContext
@Tag(TestKinds.PROCESS)
public @interface FollowupSpringBootTest {
}
