package vn.followup.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The step of the test-only model {@code reliability/directory-lookup.bpmn}: connects to the
 * "directory" at 127.0.0.1 on the port in the variable {@code directoryPort} and fails while
 * nothing listens there, as a step calling an unreachable directory or service would.
 */
public class DirectoryLookupStep implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    int port = ((Number) execution.getVariable("directoryPort")).intValue();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
    } catch (IOException e) {
      throw new IllegalStateException("Danh bạ không truy cập được tại 127.0.0.1:" + port + " (" + e.getMessage() + ")", e);
    }
    execution.setVariable("directoryAnswered", true);
  }
}
