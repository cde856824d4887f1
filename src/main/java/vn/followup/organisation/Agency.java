package vn.followup.organisation;

import java.util.ArrayList;
import java.util.List;

/**
 * One agency (cơ quan, đơn vị) of the registry. Its id is also the id of the Camunda group whose
 * members act for it, so tasks offered to that group reach the agency.
 *
 * @param id            stable id, a valid Camunda group id (e.g. {@code phong-tnmt})
 * @param name          full Vietnamese name (e.g. "Phòng Tài nguyên và Môi trường thành phố Lào Cai")
 * @param shortName     the usual short form (e.g. "Phòng TN&MT")
 * @param parent        id of the parent agency in the delegation hierarchy, or {@code null}
 * @param abbreviations other spellings a parser may meet (e.g. "TN&MT", "TNMT"); never {@code null}
 * @param mailbox       the agency's shared e-mail address (hộp thư chung), which is told of every task
 *                      offered to the agency besides its members; {@code null} if it has none
 */
public record Agency(String id, String name, String shortName, String parent, List<String> abbreviations,
    String mailbox) {

  public Agency {
    abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
    mailbox = mailbox == null || mailbox.isBlank() ? null : mailbox.strip();
  }

  /** An agency without a shared mailbox. */
  public Agency(String id, String name, String shortName, String parent, List<String> abbreviations) {
    this(id, name, shortName, parent, abbreviations, null);
  }

  /** The name, the short name and the abbreviations, in that order, without blanks. */
  public List<String> spellings() {
    List<String> all = new ArrayList<>();
    if (name != null && !name.isBlank()) {
      all.add(name);
    }
    if (shortName != null && !shortName.isBlank()) {
      all.add(shortName);
    }
    for (String abbreviation : abbreviations) {
      if (abbreviation != null && !abbreviation.isBlank()) {
        all.add(abbreviation);
      }
    }
    return List.copyOf(all);
  }
}
