package vn.followup.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a file before it is kept: its name, its size, and its content (a PDF is read with PDFBox
 * within a time and memory bound, so a malformed file or a PDF bomb is refused instead of holding
 * the server). Every refusal is a Vietnamese sentence; nothing is stored.
 */
@Component
class DocumentInspector {

  /** What a checked file is. */
  record Inspection(DocumentType type, int pages, List<PdfSignature> signatures) {
  }

  private static final int MAX_NAME_LENGTH = 255;
  private static final int MAX_ZIP_ENTRIES = 2_000;

  private final DocumentSettings settings;

  DocumentInspector(DocumentSettings settings) {
    this.settings = settings;
  }

  /** The file name as given, if it is acceptable. */
  String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw DocumentRefusedException.invalid("Thiếu tên tệp.");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw DocumentRefusedException.invalid("Tên tệp dài quá " + MAX_NAME_LENGTH + " ký tự.");
    }
    boolean control = name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
    if (name.contains("/") || name.contains("\\") || control || name.strip().matches("\\.+")) {
      throw DocumentRefusedException.invalid("Tên tệp không được chứa đường dẫn (ký tự / hoặc \\) "
          + "hay ký tự điều khiển; hãy đặt lại tên tệp.");
    }
    name.codePoints().filter(DocumentInspector::isBidiControl).findFirst().ifPresent(c -> {
      throw DocumentRefusedException.invalid("Tên tệp có ký tự đổi chiều văn bản " + codePoint(c) + ": tên hiện ra "
          + "khác với tên thật (ví dụ một tệp .exe hiện ra như tệp .pdf); hãy đặt lại tên tệp chỉ bằng chữ, số và dấu "
          + "câu thông thường.");
    });
    name.codePoints().filter(DocumentInspector::isInvisible).findFirst().ifPresent(c -> {
      throw DocumentRefusedException.invalid("Tên tệp có ký tự ẩn " + codePoint(c) + " (không nhìn thấy khi đọc "
          + "tên); hãy đặt lại tên tệp chỉ bằng chữ, số và dấu câu thông thường.");
    });
    return name;
  }

  /**
   * The name's extension is that of the file's type (as its content shows), e.g. a PDF is named
   * {@code ….pdf}: a name that claims another type ({@code .html}, {@code .exe}, {@code .docx}) or none
   * would be opened by the reader's computer as something the file is not.
   */
  void checkExtension(String name, DocumentType type) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    if (extension.equalsIgnoreCase(type.extension())) {
      return;
    }
    String expected = "." + type.extension();
    throw DocumentRefusedException.invalid(extension.isEmpty()
        ? "Tên tệp \"" + name + "\" không có đuôi; tệp là " + type.label() + " nên tên phải kết thúc bằng " + expected
            + "."
        : "Tên tệp có đuôi ." + extension + " nhưng nội dung tệp là " + type.label() + "; hãy đặt tên kết thúc bằng "
            + expected + " đúng với loại tệp.");
  }

  /** Unicode's bidirectional formatting characters: they reorder how a name is shown. */
  static boolean isBidiControl(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
  }

  /**
   * Characters that show nothing or change how the rest is shown: format characters (Unicode category
   * Cf: zero-width spaces and joiners, U+FEFF, soft hyphen …), controls, unpaired surrogates, private
   * use and unassigned code points, and the fillers that render blank. Vietnamese letters written with
   * combining marks (Mn) are kept.
   */
  static boolean isInvisible(int c) {
    int category = Character.getType(c);
    return category == Character.FORMAT || category == Character.CONTROL || category == Character.SURROGATE
        || category == Character.PRIVATE_USE || category == Character.UNASSIGNED
        || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
  }

  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }

  Inspection inspect(byte[] content) {
    if (content.length == 0) {
      throw DocumentRefusedException.invalid("Tệp rỗng (0 byte).");
    }
    if (content.length > settings.maxSize().toBytes()) {
      throw tooLarge();
    }
    if (startsWith(content, "%PDF-")) {
      return inspectPdf(content);
    }
    if (settings.officeFormats() && startsWith(content, "PK\u0003\u0004")) {
      DocumentType type = officeType(content);
      if (type != null) {
        return new Inspection(type, 0, List.of());
      }
    }
    throw DocumentRefusedException.invalid("Tệp không phải là " + acceptedTypes()
        + " (kiểm tra theo nội dung tệp, không theo tên).");
  }

  DocumentRefusedException tooLarge() {
    return new DocumentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp lớn quá mức cho phép: tối đa " + settings.maxSizeText()
        + " mỗi tệp. Chưa có gì được lưu.");
  }

  long maxBytes() {
    return settings.maxSize().toBytes();
  }

  String maxSizeText() {
    return settings.maxSizeText();
  }

  String acceptedTypes() {
    return settings.officeFormats() ? "PDF, DOCX hoặc ODT" : "PDF";
  }

  private Inspection inspectPdf(byte[] content) {
    if (!endsAtEndOfFile(content)) {
      throw DocumentRefusedException.invalid("Tệp PDF có dữ liệu khác nối sau dấu kết thúc %%EOF (ví dụ một trang "
          + "HTML), hoặc không có dấu kết thúc: tệp không còn là một PDF thuần; hãy xuất lại tệp PDF rồi đính kèm.");
    }
    if (!CompressedStreams.withinBound(content, settings.checkMemory().toBytes())) {
      throw DocumentRefusedException.invalid("Tệp PDF có cấu trúc nén bất thường (giải nén ra quá lớn), không đọc "
          + "được.");
    }
    long deadline = System.nanoTime() + settings.checkTime().toNanos();
    MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(settings.checkMemory().toBytes());
    try (PDDocument document = Loader.loadPDF(new TimedRead(content, deadline), "", memory.streamCache)) {
      if (document.isEncrypted()) {
        throw encrypted();
      }
      int pages = document.getNumberOfPages();
      if (pages < 1) {
        throw DocumentRefusedException.invalid("Tệp PDF không có trang nào.");
      }
      PdfActiveContent.find(document, () -> System.nanoTime() > deadline).ifPresent(kind -> {
        throw DocumentRefusedException.invalid(kind.refusal());
      });
      return new Inspection(DocumentType.PDF, pages, PdfSignatures.read(document, content));
    } catch (InvalidPasswordException e) {
      throw encrypted();
    } catch (TimedRead.TimeUp | PdfActiveContent.TimeUp e) {
      throw DocumentRefusedException.invalid("Không đọc được tệp PDF trong thời gian cho phép: tệp hỏng "
          + "hoặc có cấu trúc bất thường.");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      if (e instanceof DocumentRefusedException refused) {
        throw refused;
      }
      throw DocumentRefusedException.invalid("Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.");
    }
  }

  /**
   * Whether the file ends at its last {@code %%EOF}, followed at most by whitespace: a PDF followed
   * by another file (an HTML page that a browser would render) is not one document.
   */
  static boolean endsAtEndOfFile(byte[] content) {
    byte[] marker = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    for (int at = content.length - marker.length; at >= 0; at--) {
      if (regionMatches(content, at, marker)) {
        for (int i = at + marker.length; i < content.length; i++) {
          if (!isPdfWhitespace(content[i])) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean regionMatches(byte[] content, int at, byte[] marker) {
    for (int i = 0; i < marker.length; i++) {
      if (content[at + i] != marker[i]) {
        return false;
      }
    }
    return true;
  }

  /** PDF's white-space characters (ISO 32000-1, 7.2.2): NUL, tab, line feed, form feed, carriage return, space. */
  private static boolean isPdfWhitespace(byte b) {
    return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
  }

  private static DocumentRefusedException encrypted() {
    return DocumentRefusedException.invalid("Tệp PDF được mã hóa hoặc đặt mật khẩu; hãy gửi bản không mã hóa "
        + "để cơ quan thẩm định và kiểm tra đọc được.");
  }

  private static DocumentType officeType(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
        if ("word/document.xml".equals(entry.getName())) {
          return DocumentType.DOCX;
        }
        if (i == 0 && "mimetype".equals(entry.getName())) {
          String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
          if (DocumentType.ODT.mediaType().equals(mimetype)) {
            return DocumentType.ODT;
          }
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] content, String magic) {
    byte[] bytes = magic.getBytes(StandardCharsets.ISO_8859_1);
    if (content.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (content[i] != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** The file as PDFBox reads it, refusing every read once the time for the check is up. */
  private static final class TimedRead extends RandomAccessReadBuffer {

    /** Signals that the time for reading one file is up. */
    static final class TimeUp extends IOException {
      TimeUp() {
        super("time for the check is up");
      }
    }

    private final long deadline;

    TimedRead(byte[] content, long deadline) {
      super(content);
      this.deadline = deadline;
    }

    private void checkTime() throws IOException {
      if (System.nanoTime() > deadline) {
        throw new TimeUp();
      }
    }

    @Override
    public int read() throws IOException {
      checkTime();
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      checkTime();
      return super.read(b, off, len);
    }

    @Override
    public void seek(long position) throws IOException {
      checkTime();
      super.seek(position);
    }
  }
}
