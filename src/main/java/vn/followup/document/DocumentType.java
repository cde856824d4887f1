package vn.followup.document;

/** The kinds of file a task accepts, recognised by their content, never by their name. */
enum DocumentType {
  PDF("application/pdf", "PDF"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
  ODT("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)");

  private final String mediaType;
  private final String label;

  DocumentType(String mediaType, String label) {
    this.mediaType = mediaType;
    this.label = label;
  }

  String mediaType() {
    return mediaType;
  }

  String label() {
    return label;
  }
}
