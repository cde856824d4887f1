package vn.followup.system.errors;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * Something the user's role may never do, whatever the authorizations say (e.g. an auditor's
 * comment, a message sent by agency staff), with the Vietnamese sentence the person reads. Both
 * REST APIs answer 403; the command rolls back.
 */
public class ForbiddenByRoleException extends AuthorizationException {

  public ForbiddenByRoleException(String message) {
    super(message);
  }
}
