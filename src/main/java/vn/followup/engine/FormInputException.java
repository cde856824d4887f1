package vn.followup.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task form submitted with a value the rules refuse. Extends the engine's form validation
 * exception so that the REST API answers 400 and Tasklist shows the Vietnamese message; the task
 * stays open and nothing of the submission is stored, because the whole completion rolls back.
 */
public class FormInputException extends FormFieldValidationException {

  public FormInputException(String field, String message) {
    super(field, message);
  }
}
