package vn.followup.access;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A bean with a side effect that must never happen: the attacks on expression evaluation try to
 * call it by name ({@code ${followupProbe.touch()}}); it counts every call. It is an ordinary bean
 * of the application context, as {@code dataSource} or {@code environment} are.
 */
@Component("followupProbe")
public class ExpressionProbe {

  static final AtomicInteger TOUCHED = new AtomicInteger();

  public String touch() {
    TOUCHED.incrementAndGet();
    return "touched";
  }
}
