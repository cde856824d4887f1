package vn.followup.office;

/**
 * An office action from the item page refused for one field: answered 400 with the field's key,
 * its label on the form and the Vietnamese message ({@link OfficeActionErrors}).
 */
class ApiRequestFieldException extends RuntimeException {

  private final String field;
  private final String label;

  ApiRequestFieldException(String field, String label, String message) {
    super(message);
    this.field = field;
    this.label = label;
  }

  String field() {
    return field;
  }

  String label() {
    return label;
  }
}
