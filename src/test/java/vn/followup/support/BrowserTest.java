package vn.followup.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that drives the running application ({@link FollowupApplicationContext}, the same cached
 * context as {@link FollowupSpringBootTest}) in headless Chromium ({@link Browser}): tag
 * {@code browser}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@FollowupApplicationContext
@Tag(TestKinds.BROWSER)
public @interface BrowserTest {
}
