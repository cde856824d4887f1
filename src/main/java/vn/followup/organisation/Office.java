package vn.followup.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.followup.system.ModelBean;

/**
 * The City Party Committee Office, whose group reviews responses, decides extensions, urges and
 * closes items. The models offer the office's tasks to {@code ${office.group()}}: from
 * configuration, never from a process variable a user could have touched.
 */
@Component("office")
public class Office implements ModelBean {

  private final String group;

  Office(@Value("${followup.organisation.office-group}") String group) {
    this.group = group;
  }

  /** The Camunda group of the office ({@code followup.organisation.office-group}). */
  public String group() {
    return group;
  }
}
