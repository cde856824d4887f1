package vn.followup.organisation;

/**
 * The role groups of the product, beside the one group per agency of the registry. A person is a
 * member of their agency's group (which tasks are offered to) and of the role groups that apply.
 */
public final class Roles {

  /** Administrators: deploy, manage users and groups. Camunda's own admin group. */
  public static final String ADMINS = "camunda-admin";
  /** Supervisors (City Party Committee Office, Standing Board): read everything, in Cockpit and Tasklist. */
  public static final String SUPERVISORS = "giam-sat";
  /** Auditors: read everything and its history, change nothing. */
  public static final String AUDITORS = "kiem-tra";
  /** Heads of agencies: may delegate an item to a unit and request an extension. */
  public static final String HEADS = "lanh-dao-don-vi";
  /** Operations: may retry failed jobs and repair instances. */
  public static final String OPERATIONS = "van-hanh";

  private Roles() {
  }
}
