package vn.followup.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.followup.deadline.DeadlineSchedule;

/**
 * PDFs made for the tests with PDFBox and Bouncy Castle, never downloaded: a plain one, one signed
 * with a self-signed certificate, one changed after signing, an encrypted one, and hostile ones.
 */
public final class TestPdfs {

  /** When the test signatures say they were made: 05/01/2026 09:30 Vietnam time. */
  public static final Instant SIGNED_AT = Instant.parse("2026-01-05T02:30:00Z");

  private TestPdfs() {
  }

  /** A valid one-page PDF. */
  public static byte[] plain() {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF signed by a self-signed certificate of the given name (CN), the signature naming no one. */
  public static byte[] signed(String signer) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      X500Name subject = new X500Name("CN=" + signer + ", O=UBND thành phố Lào Cai, C=VN");
      ContentSigner certificateSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
          subject, BigInteger.valueOf(System.nanoTime()), Date.from(SIGNED_AT.minus(1, ChronoUnit.DAYS)),
          Date.from(SIGNED_AT.plus(365, ChronoUnit.DAYS)), subject, keys.getPublic()).build(certificateSigner));
      try (PDDocument document = Loader.loadPDF(plain())) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
        Calendar when = Calendar.getInstance(TimeZone.getTimeZone(DeadlineSchedule.VIETNAM));
        when.setTime(Date.from(SIGNED_AT));
        signature.setSignDate(when);
        document.addSignature(signature, content -> {
          try {
            CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
            cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()), certificate));
            cms.addCertificates(new JcaCertStore(List.of(certificate)));
            return cms.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
          } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
              | org.bouncycastle.cms.CMSException e) {
            throw new IOException(e);
          }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.saveIncremental(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The signed PDF with a page added afterwards as an incremental update: the signature no longer covers it all. */
  public static byte[] changedAfterSigning(byte[] signed) {
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDPage page = new PDPage();
      document.addPage(page);
      document.getPages().getCOSObject().setNeedToBeUpdated(true);
      page.getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The signed PDF with one byte inside the signed range changed in place: its digest no longer matches. */
  public static byte[] tampered(byte[] signed) {
    byte[] copy = signed.clone();
    String text = new String(copy, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("/MediaBox");
    copy[at + 1] = 'm';
    return copy;
  }

  /** A PDF that opens only with a password. */
  public static byte[] encrypted() {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "mat-khau", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF header followed by nothing a PDF reader can use. */
  public static byte[] malformed() {
    return "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage without xref or trailer\n%%EOF\n"
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * A PDF bomb: its cross-reference is a Flate stream of under a megabyte that expands to
   * {@code expandedMegabytes} of data, with no valid object after it.
   */
  public static byte[] flateBomb(int expandedMegabytes) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] zeros = new byte[1 << 20];
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    for (int i = 0; i < expandedMegabytes; i++) {
      deflater.setInput(zeros);
      while (!deflater.needsInput()) {
        compressed.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      compressed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    byte[] data = compressed.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "%PDF-1.7\n";
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    int xrefAt = out.size();
    long size = (long) expandedMegabytes << 20;
    out.writeBytes(("1 0 obj\n<< /Type /XRef /Size " + (size / 4) + " /W [1 2 1] /Root 2 0 R /Filter /FlateDecode /Length "
        + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(data);
    out.writeBytes(("\nendstream\nendobj\nstartxref\n" + xrefAt + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  /** A PDF whose catalog nests arrays a hundred thousand levels deep. */
  public static byte[] deeplyNested() {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    String body = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages " + nested + " >>\nendobj\n";
    String xref = "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n"
        + body.length() + "\n%%EOF\n";
    return (body + xref).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A one-page PDF that runs JavaScript when opened: the catalog's /OpenAction. */
  public static byte[] javaScriptOnOpen() {
    return plainWith(document -> document.getDocumentCatalog().setOpenAction(javaScript()));
  }

  /** A one-page PDF whose page runs JavaScript when it is shown: the page's /AA /O. */
  public static byte[] javaScriptOnPageOpen() {
    return plainWith(document -> {
      PDPageAdditionalActions actions = new PDPageAdditionalActions();
      actions.setO(javaScript());
      document.getPage(0).setActions(actions);
    });
  }

  /** A one-page PDF with document-level JavaScript: the /Names /JavaScript tree. */
  public static byte[] javaScriptInTheNamesTree() {
    return plainWith(document -> {
      PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
      scripts.setNames(java.util.Map.of("mo-tep", javaScript()));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      names.setJavascript(scripts);
      document.getDocumentCatalog().setNames(names);
    });
  }

  /** A one-page PDF with a link that launches a program on the reader's computer (/Launch). */
  public static byte[] launchLink() {
    return plainWith(document -> {
      PDActionLaunch launch = new PDActionLaunch();
      launch.setFile(new PDSimpleFileSpecification(new COSString("cmd.exe")));
      link(document, launch);
    });
  }

  /** A one-page PDF with a hyperlink to a web address (/URI). */
  public static byte[] uriLink() {
    return plainWith(document -> {
      PDActionURI uri = new PDActionURI();
      uri.setURI("https://dangnhap-thanhuy.example/");
      link(document, uri);
    });
  }

  /** A one-page PDF with a link that sends form data to a web address (/SubmitForm). */
  public static byte[] submitFormLink() {
    return plainWith(document -> {
      PDActionSubmitForm submit = new PDActionSubmitForm();
      submit.setFile(new PDSimpleFileSpecification(new COSString("https://thu-thap.example/nhan")));
      link(document, submit);
    });
  }

  /** A one-page PDF carrying another file in its /Names /EmbeddedFiles tree. */
  public static byte[] embeddedFile() {
    return plainWith(document -> {
      PDComplexFileSpecification file = new PDComplexFileSpecification();
      file.setFile("hoa-don.exe");
      file.setEmbeddedFile(new PDEmbeddedFile(document,
          new java.io.ByteArrayInputStream("MZ không phải văn bản".getBytes(StandardCharsets.UTF_8))));
      PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
      files.setNames(java.util.Map.of("hoa-don.exe", file));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      names.setEmbeddedFiles(files);
      document.getDocumentCatalog().setNames(names);
    });
  }

  /** A one-page PDF with a file attachment annotation on its page (/FileAttachment), the file not embedded. */
  public static byte[] fileAttachmentAnnotation() {
    return plainWith(document -> {
      PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
      attachment.setRectangle(new PDRectangle(50, 700, 20, 20));
      attachment.setFile(new PDSimpleFileSpecification(new COSString("phu-luc.docx")));
      document.getPage(0).getAnnotations().add(attachment);
    });
  }

  /** A one-page PDF with a form field whose value change runs JavaScript (the field's /AA /K). */
  public static byte[] javaScriptOnAFormField() {
    return plainWith(document -> {
      PDAcroForm form = new PDAcroForm(document);
      document.getDocumentCatalog().setAcroForm(form);
      PDTextField field = new PDTextField(form);
      field.setPartialName("so_van_ban");
      PDFormFieldAdditionalActions actions = new PDFormFieldAdditionalActions();
      actions.setK(javaScript());
      field.getCOSObject().setItem(COSName.AA, actions.getCOSObject());
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(50, 650, 200, 20));
      widget.setPage(document.getPage(0));
      document.getPage(0).getAnnotations().add(widget);
      form.getFields().add(field);
    });
  }

  /** The plain PDF followed, after its %%EOF, by an HTML page (a polyglot a browser would render). */
  public static byte[] followedByHtml() {
    byte[] pdf = plain();
    byte[] html = "<html><body><script>window.__xss = 1</script>Đăng nhập lại</body></html>\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] both = java.util.Arrays.copyOf(pdf, pdf.length + html.length);
    System.arraycopy(html, 0, both, pdf.length, html.length);
    return both;
  }

  private static PDActionJavaScript javaScript() {
    return new PDActionJavaScript("app.launchURL('https://dangnhap-thanhuy.example/', true);");
  }

  private static void link(PDDocument document, PDAction action) throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(50, 700, 200, 20));
    link.setAction(action);
    document.getPage(0).getAnnotations().add(link);
  }

  /** Something done to a new one-page document before it is saved. */
  private interface Change {
    void apply(PDDocument document) throws IOException;
  }

  private static byte[] plainWith(Change change) {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      change.apply(document);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
