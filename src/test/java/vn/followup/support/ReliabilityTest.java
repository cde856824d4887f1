package vn.followup.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of what survives a kill, a restart, an outage or hostile input: separate JVMs, databases
 * taken away, the application started again: tag {@code reliability}. A reliability test on the
 * shared context adds {@link FollowupApplicationContext}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(TestKinds.RELIABILITY)
public @interface ReliabilityTest {
}
