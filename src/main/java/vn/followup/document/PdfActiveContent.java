package vn.followup.document;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What in a PDF can act rather than be read: JavaScript, actions that launch a program, open a web
 * address, send or import form data or open another file, and files embedded in it.
 *
 * <p>The walk starts at the trailer and follows every object it reaches, so it covers the
 * catalog and its {@code /OpenAction} and {@code /AA}, the {@code /Names} trees ({@code /JavaScript},
 * {@code /EmbeddedFiles}), the outline, every page and its {@code /AA}, every annotation ({@code /A},
 * {@code /AA}, file attachments) and every AcroForm field and widget, whichever way a producer
 * chained them ({@code /Next}, inherited dictionaries, indirect objects). Each object is visited
 * once, with an explicit stack (a deeply nested file does not overflow it) and the check's deadline.
 */
final class PdfActiveContent {

  /** The kinds of content refused, each with the reason a user reads. */
  enum Kind {
    JAVASCRIPT("có mã JavaScript (chạy khi mở tệp, khi mở trang hoặc khi bấm vào)"),
    LAUNCH("có lệnh chạy chương trình hoặc mở tệp trên máy người đọc (Launch)"),
    URI("có liên kết tự mở trang web (URI)"),
    FORM_OR_REMOTE("có lệnh gửi, nhập dữ liệu biểu mẫu hoặc mở tệp PDF khác (SubmitForm, ImportData, GoToR, GoToE)"),
    EMBEDDED_FILE("có tệp khác đính kèm bên trong");

    private final String reason;

    Kind(String reason) {
      this.reason = reason;
    }

    /** The whole refusal, e.g. "Tệp PDF có mã JavaScript …; …". */
    String refusal() {
      return "Tệp PDF " + reason + ". Văn bản gửi lên chỉ được có nội dung để đọc: hãy xuất hoặc in lại thành PDF "
          + "không có thành phần này rồi đính kèm.";
    }
  }

  private static final COSName JS = COSName.getPDFName("JS");
  private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
  private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
  private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
  private static final COSName EF = COSName.getPDFName("EF");

  private PdfActiveContent() {
  }

  /**
   * The first kind of active content found in the document, if any.
   *
   * @param timeUp checked every few objects; when it answers true the walk stops with {@link TimeUp}
   */
  static Optional<Kind> find(PDDocument document, BooleanSupplier timeUp) {
    Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> pending = new ArrayDeque<>();
    pending.push(document.getDocument().getTrailer());
    long steps = 0;
    while (!pending.isEmpty()) {
      if (++steps % 256 == 0 && timeUp.getAsBoolean()) {
        throw new TimeUp();
      }
      COSBase base = resolve(pending.pop());
      if (base == null || !visited.add(base)) {
        continue;
      }
      if (base instanceof COSDictionary dictionary) {
        Optional<Kind> kind = kindOf(dictionary);
        if (kind.isPresent()) {
          return kind;
        }
        // A stream's dictionary is walked, never its content (fonts, images, page content).
        for (COSBase value : dictionary.getValues()) {
          push(pending, value);
        }
      } else if (base instanceof COSArray array) {
        for (int i = 0; i < array.size(); i++) {
          push(pending, array.get(i));
        }
      }
    }
    return Optional.empty();
  }

  private static void push(Deque<COSBase> pending, COSBase value) {
    if (value instanceof COSDictionary || value instanceof COSArray || value instanceof COSObject) {
      pending.push(value);
    }
  }

  private static COSBase resolve(COSBase base) {
    return base instanceof COSObject object ? object.getObject() : base;
  }

  /** The kind of active content the dictionary itself is or declares, if any. */
  private static Optional<Kind> kindOf(COSDictionary dictionary) {
    if (dictionary.containsKey(JS) || dictionary.containsKey(JAVASCRIPT)) {
      // An action's script (/JS), or the catalog's /Names /JavaScript tree.
      return Optional.of(Kind.JAVASCRIPT);
    }
    if (dictionary.containsKey(EMBEDDED_FILES) || dictionary.containsKey(EF)
        || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
      // The /Names /EmbeddedFiles tree, a file specification carrying its file, an attachment annotation.
      return Optional.of(Kind.EMBEDDED_FILE);
    }
    COSName action = dictionary.getCOSName(COSName.S);
    if (action == null) {
      return Optional.empty();
    }
    return switch (action.getName()) {
      case "JavaScript" -> Optional.of(Kind.JAVASCRIPT);
      case "Launch" -> Optional.of(Kind.LAUNCH);
      case "URI" -> Optional.of(Kind.URI);
      case "SubmitForm", "ImportData", "GoToR", "GoToE" -> Optional.of(Kind.FORM_OR_REMOTE);
      default -> Optional.empty();
    };
  }

  /** The check's time ran out during the walk. */
  static final class TimeUp extends RuntimeException {
    TimeUp() {
      super("time for the check is up", null, false, false);
    }
  }
}
