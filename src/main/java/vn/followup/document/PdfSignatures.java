package vn.followup.document;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import vn.followup.deadline.DeadlineSchedule;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Reads the digital signatures of a PDF (Apache PDFBox for the signature dictionaries, Bouncy Castle
 * for the CMS signature): who signed, when, whether the signature covers the whole file, and whether
 * its message digest matches the signed bytes. Trust chains are not judged.
 */
final class PdfSignatures {

  private PdfSignatures() {
  }

  static List<PdfSignature> read(PDDocument document, byte[] file) throws IOException {
    List<PdfSignature> signatures = new ArrayList<>();
    for (PDSignature signature : document.getSignatureDictionaries()) {
      int[] range = signature.getByteRange();
      if (range == null || range.length != 4) {
        signatures.add(new PdfSignature(signature.getName(), time(signature.getSignDate()), false, false));
        continue;
      }
      boolean whole = range[0] == 0 && (long) range[2] + range[3] == file.length && range[1] <= range[2];
      Verified verified = verify(signature, file);
      String signer = signature.getName() != null && !signature.getName().isBlank() ? signature.getName()
          : verified.commonName();
      signatures.add(new PdfSignature(signer, time(signature.getSignDate()), whole, verified.valid()));
    }
    return signatures;
  }

  private record Verified(boolean valid, String commonName) {
  }

  @SuppressWarnings("unchecked")
  private static Verified verify(PDSignature signature, byte[] file) {
    try {
      byte[] signedContent = signature.getSignedContent(file);
      // The signature is padded with zeros to the space reserved for it: read its first object only.
      ContentInfo contentInfo;
      try (ASN1InputStream asn1 = new ASN1InputStream(signature.getContents())) {
        contentInfo = ContentInfo.getInstance(asn1.readObject());
      }
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contentInfo);
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        return new Verified(false, null);
      }
      SignerInformation signer = signers.iterator().next();
      Collection<X509CertificateHolder> certificates = cms.getCertificates()
          .getMatches((Selector<X509CertificateHolder>) signer.getSID());
      if (certificates.isEmpty()) {
        return new Verified(false, null);
      }
      X509CertificateHolder holder = certificates.iterator().next();
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
      boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      return new Verified(valid, commonName(holder));
    } catch (CMSException | OperatorCreationException | IOException | java.security.cert.CertificateException
        | RuntimeException e) {
      return new Verified(false, null);
    }
  }

  private static String commonName(X509CertificateHolder certificate) {
    RDN[] names = certificate.getSubject().getRDNs(BCStyle.CN);
    return names.length == 0 || names[0].getFirst() == null ? null
        : IETFUtils.valueToString(names[0].getFirst().getValue());
  }

  private static OffsetDateTime time(Calendar calendar) {
    return calendar == null ? null : calendar.toInstant().atZone(DeadlineSchedule.VIETNAM).toOffsetDateTime();
  }
}
