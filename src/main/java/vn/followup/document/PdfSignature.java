package vn.followup.document;

import java.time.OffsetDateTime;

/**
 * A digital signature found in a PDF, as read at upload. No judgement of trust: whether the signer's
 * certificate chains to a trusted authority is not checked (docs/security.md "Attached documents").
 *
 * @param signer              the signer's name: the signature's /Name, else the certificate's common name
 * @param signedAt            the signing time the signature states (not a trusted time stamp)
 * @param coversWholeDocument whether the signed byte range covers the whole file, i.e. nothing was
 *                            added or changed after this signature
 * @param digestValid         whether the signature's message digest matches the signed bytes and
 *                            the signature value verifies with the certificate it carries
 */
record PdfSignature(String signer, OffsetDateTime signedAt, boolean coversWholeDocument, boolean digestValid) {

  /** What a user reads about this signature, in Vietnamese. */
  String state() {
    if (!digestValid) {
      return "Chữ ký không khớp với nội dung (văn bản đã bị sửa hoặc chữ ký hỏng)";
    }
    return coversWholeDocument ? "Còn nguyên vẹn từ khi ký" : "Có nội dung được thêm hoặc sửa sau khi ký";
  }
}
