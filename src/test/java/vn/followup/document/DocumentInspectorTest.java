package vn.followup.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.followup.support.TestPdfs;
import vn.followup.support.FastTest;

/** The checks of a file's name and content, without the application: PDFBox and Bouncy Castle on real bytes. */
@FastTest
class DocumentInspectorTest {

  private final DocumentInspector inspector = new DocumentInspector(
      new DocumentSettings(DataSize.ofMegabytes(20), false, true, Duration.ofSeconds(10), DataSize.ofMegabytes(64)));

  @Test
  void readsTheSignerTimeAndIntegrityOfASignedPdf() {
    DocumentInspector.Inspection inspection = inspector.inspect(TestPdfs.signed("Hoàng Đăng Khoa"));

    assertThat(inspection.type()).isEqualTo(DocumentType.PDF);
    assertThat(inspection.signatures()).singleElement().satisfies(signature -> {
      assertThat(signature.signer()).isEqualTo("Hoàng Đăng Khoa");
      assertThat(signature.signedAt().toInstant()).isEqualTo(TestPdfs.SIGNED_AT);
      assertThat(signature.signedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
      assertThat(signature.coversWholeDocument()).isTrue();
      assertThat(signature.digestValid()).isTrue();
      assertThat(signature.state()).isEqualTo("Còn nguyên vẹn từ khi ký");
    });
  }

  @Test
  void seesAPageAddedAfterSigning() {
    byte[] changed = TestPdfs.changedAfterSigning(TestPdfs.signed("Hoàng Đăng Khoa"));

    assertThat(inspector.inspect(changed).signatures()).singleElement().satisfies(signature -> {
      assertThat(signature.coversWholeDocument()).isFalse();
      assertThat(signature.digestValid()).isTrue();
      assertThat(signature.state()).isEqualTo("Có nội dung được thêm hoặc sửa sau khi ký");
    });
  }

  @Test
  void seesABytechangedInsideTheSignedRange() {
    byte[] tampered = TestPdfs.tampered(TestPdfs.signed("Hoàng Đăng Khoa"));

    assertThat(inspector.inspect(tampered).signatures()).singleElement()
        .satisfies(signature -> assertThat(signature.digestValid()).isFalse());
  }

  @Test
  void findsNoSignatureInAPlainPdf() {
    assertThat(inspector.inspect(TestPdfs.plain()).signatures()).isEmpty();
  }

  @Test
  void refusesByContentNotByName() {
    assertRefused(() -> inspector.inspect("Đây là văn bản thường, không phải PDF".getBytes(StandardCharsets.UTF_8)),
        "Tệp không phải là PDF");
    assertRefused(() -> inspector.inspect(docx()), "Tệp không phải là PDF");
  }

  @Test
  void acceptsDocxOnlyWhenTheOfficeAllowsIt() {
    DocumentInspector withOffice = new DocumentInspector(
        new DocumentSettings(DataSize.ofMegabytes(20), true, true, Duration.ofSeconds(10), DataSize.ofMegabytes(64)));

    assertThat(withOffice.inspect(docx()).type()).isEqualTo(DocumentType.DOCX);
  }

  @Test
  void refusesEmptyTooLargeAndEncryptedFiles() {
    assertRefused(() -> inspector.inspect(new byte[0]), "Tệp rỗng");
    byte[] large = new byte[(int) DataSize.ofMegabytes(20).toBytes() + 1];
    System.arraycopy(TestPdfs.plain(), 0, large, 0, 8);
    assertRefused(() -> inspector.inspect(large), "tối đa 20 MB");
    assertRefused(() -> inspector.inspect(TestPdfs.encrypted()), "mã hóa");
  }

  @Test
  void refusesNamesWithAPathOrControlCharactersAndKeepsVietnameseNames() {
    assertThat(inspector.checkName("Báo cáo số 45-BC ngày 05.01.2026 (bản ký số).pdf"))
        .isEqualTo("Báo cáo số 45-BC ngày 05.01.2026 (bản ký số).pdf");
    for (String name : new String[] {"../../etc/passwd.pdf", "thu-muc/van-ban.pdf", "C:\\van-ban.pdf", "van\u0000ban.pdf",
        "van-ban\r\n.pdf", "..", " ", "a".repeat(256) + ".pdf"}) {
      assertThatThrownBy(() -> inspector.checkName(name)).as(name).isInstanceOf(DocumentRefusedException.class);
    }
  }

  @Test
  void refusesAMalformedPdf() {
    assertRefused(() -> inspector.inspect(TestPdfs.malformed()), "hỏng");
  }

  @Test
  void refusesAPdfBombWithinTheTimeAndMemoryBound() {
    byte[] bomb = TestPdfs.flateBomb(1024);
    Runtime runtime = Runtime.getRuntime();
    long start = System.nanoTime();

    assertRefused(() -> inspector.inspect(bomb), "Tệp PDF");

    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    System.out.printf("PDF bomb of %d bytes (1 GB expanded) refused in %d ms, heap in use %d MB%n", bomb.length, millis,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    assertThat(millis).isLessThan(11_000);
  }

  @Test
  void refusesADeeplyNestedPdfWithoutFallingOver() {
    long start = System.nanoTime();

    assertRefused(() -> inspector.inspect(TestPdfs.deeplyNested()), "Tệp PDF");

    assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(11_000);
  }

  @Test
  void findsActiveContentWhereverTheDocumentKeepsIt() {
    assertRefused(() -> inspector.inspect(TestPdfs.javaScriptOnOpen()), "mã JavaScript");
    assertRefused(() -> inspector.inspect(TestPdfs.javaScriptOnPageOpen()), "mã JavaScript");
    assertRefused(() -> inspector.inspect(TestPdfs.javaScriptInTheNamesTree()), "mã JavaScript");
    assertRefused(() -> inspector.inspect(TestPdfs.javaScriptOnAFormField()), "mã JavaScript");
    assertRefused(() -> inspector.inspect(TestPdfs.launchLink()), "(Launch)");
    assertRefused(() -> inspector.inspect(TestPdfs.uriLink()), "(URI)");
    assertRefused(() -> inspector.inspect(TestPdfs.submitFormLink()), "SubmitForm");
    assertRefused(() -> inspector.inspect(TestPdfs.embeddedFile()), "tệp khác đính kèm bên trong");
    assertRefused(() -> inspector.inspect(TestPdfs.fileAttachmentAnnotation()), "tệp khác đính kèm bên trong");
  }

  @Test
  void acceptsWhitespaceButNothingElseAfterTheLastEndOfFile() {
    byte[] plain = TestPdfs.plain();
    byte[] padded = java.util.Arrays.copyOf(plain, plain.length + 4);
    padded[plain.length] = '\r';
    padded[plain.length + 1] = '\n';

    assertThat(inspector.inspect(padded).type()).isEqualTo(DocumentType.PDF);
    assertThat(inspector.inspect(TestPdfs.changedAfterSigning(TestPdfs.signed("Hoàng Đăng Khoa"))).signatures())
        .as("an incremental update has several %%EOF; only the last counts").hasSize(1);
    assertRefused(() -> inspector.inspect(TestPdfs.followedByHtml()), "%%EOF");
  }

  @Test
  void refusesNamesThatHideWhatTheFileIsAndKeepsVietnameseInEitherNormalForm() {
    assertThat(inspector.checkName("Trà lơi.pdf")).as("Vietnamese with combining marks")
        .isEqualTo("Trà lơi.pdf");
    for (int bidi : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
        0x061C}) {
      assertRefused(() -> inspector.checkName("hoa-don" + Character.toString(bidi) + "fdp.exe"),
          String.format("ký tự đổi chiều văn bản U+%04X", bidi));
    }
    for (int invisible : new int[] {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x3164, 0xE000}) {
      assertRefused(() -> inspector.checkName("tra" + Character.toString(invisible) + "loi.pdf"),
          String.format("ký tự ẩn U+%04X", invisible));
    }
  }

  @Test
  void refusesANameWhoseExtensionIsNotTheContentsType() {
    inspector.checkExtension("Văn bản trả lời.PDF", DocumentType.PDF);
    inspector.checkExtension("Báo cáo.docx", DocumentType.DOCX);
    assertRefused(() -> inspector.checkExtension("tra-loi.html", DocumentType.PDF), "đuôi .html");
    assertRefused(() -> inspector.checkExtension("tra-loi.htm", DocumentType.PDF), "đuôi .htm");
    assertRefused(() -> inspector.checkExtension("tra-loi.pdf.exe", DocumentType.PDF), "đuôi .exe");
    assertRefused(() -> inspector.checkExtension("tra-loi", DocumentType.PDF), "không có đuôi");
    assertRefused(() -> inspector.checkExtension("Báo cáo.pdf", DocumentType.DOCX), "nội dung tệp là Word (DOCX)");
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason) {
    assertThatThrownBy(call).isInstanceOf(DocumentRefusedException.class).hasMessageContaining(reason)
        .hasMessageEndingWith("Chưa có gì được lưu.");
  }

  private static byte[] docx() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
