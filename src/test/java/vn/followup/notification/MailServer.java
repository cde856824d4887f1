package vn.followup.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a fixed loopback port, which a test may stop and start again. */
final class MailServer {

  final int port;
  private GreenMail server;

  MailServer() {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  synchronized List<Received> received() {
    return server == null ? List.of() : Arrays.stream(server.getReceivedMessages()).map(Received::of).toList();
  }

  synchronized void clear() throws Exception {
    server.purgeEmailFromAllMailboxes();
  }

  /** One delivered mail, read back as a mail client would. */
  record Received(String messageId, String to, String subject, String text, String html) {

    static Received of(MimeMessage message) {
      try {
        String[] parts = new String[2];
        collect(message, parts);
        return new Received(message.getMessageID(), message.getAllRecipients()[0].toString(), message.getSubject(),
            parts[0], parts[1]);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    private static void collect(Part part, String[] parts) throws Exception {
      if (part.isMimeType("text/plain") && parts[0] == null) {
        parts[0] = (String) part.getContent();
      } else if (part.isMimeType("text/html") && parts[1] == null) {
        parts[1] = (String) part.getContent();
      } else if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          collect(body, parts);
        }
      }
    }
  }
}
