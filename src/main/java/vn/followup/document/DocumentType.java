package vn.followup.document;

/** The kinds of file a task accepts, recognised by their content, never by their name. */
enum DocumentType {
  PDF("application/pdf", "PDF", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", "docx"),
  ODT("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)", "odt");

  private final String mediaType;
  private final String label;
  private final String extension;

  DocumentType(String mediaType, String label, String extension) {
    this.mediaType = mediaType;
    this.label = label;
    this.extension = extension;
  }

  /** The extension a file of this type must be named with, without the dot, e.g. "pdf". */
  String extension() {
    return extension;
  }

  String mediaType() {
    return mediaType;
  }

  String label() {
    return label;
  }
}
