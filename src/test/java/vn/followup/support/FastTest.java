package vn.followup.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A unit test: no Spring context, no database, no browser, no other process; runs in the fast
 * layer ({@code ./mvnw test -Pfast}): tag {@code fast}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(TestKinds.FAST)
public @interface FastTest {
}
