package vn.followup.item;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the item's forms, task titles, mails, report and audit show of it, kept as one JSON
 * variable ({@link ItemProcess.Values#ITEM}) instead of a dozen text variables each written to
 * three tables: the forms read it as {@code {{item.noticeLabel}}}, the server through
 * {@link ItemProcess.Values#ITEM}. It changes only with what it shows (a unit made responsible, a
 * new lead, a deadline moved, the notice numbered) and always as a whole.
 *
 * @param noticeLabel             e.g. "Thông báo số 125-TB/TU ngày 25/11/2021"
 * @param itemText                the item's text as the notice words it
 * @param itemKindLabel           "Nhiệm vụ" or "Kiến nghị, đề xuất"
 * @param leadAgencyName          the lead agency (cơ quan chủ trì)
 * @param responsibleAgencyName   the lead, or the lead's unit it gave the item to
 * @param coordinatingAgencyNames the coordinating agencies, "; " between, or "Không có"
 * @param deadlineSummary         the deadline lines every form shows
 * @param responseDeadlinePhrase  the notice's words for the response deadline; null without one
 * @param responseDueRule         how the response deadline was read, and every change of it since
 * @param completionDeadlinePhrase the notice's words for the completion deadline; null without one
 * @param completionDueRule       how the completion deadline was read, and every change since
 * @param proposerName            the body that proposed a recommendation; null when none
 * @param unitOptions             the lead's own units, the receipt form's choices
 */
public record ItemCard(
    String noticeLabel,
    String itemText,
    String itemKindLabel,
    String leadAgencyName,
    String responsibleAgencyName,
    String coordinatingAgencyNames,
    String deadlineSummary,
    String responseDeadlinePhrase,
    String responseDueRule,
    String completionDeadlinePhrase,
    String completionDueRule,
    String proposerName,
    List<Option> unitOptions) {

  /** Field names the audit trail labels, as they are in the JSON. */
  public static final String RESPONSIBLE_AGENCY_NAME = "responsibleAgencyName";
  public static final String RESPONSE_DUE_RULE = "responseDueRule";
  public static final String COMPLETION_DUE_RULE = "completionDueRule";

  /** A choice of a form's select. */
  public record Option(String label, String value) {
  }

  public ItemCard {
    unitOptions = unitOptions == null ? List.of() : List.copyOf(unitOptions);
  }

  /** The texts, by their JSON names, for those who show their changes (the audit trail). */
  @JsonIgnore
  public Map<String, Object> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (RecordComponent component : ItemCard.class.getRecordComponents()) {
      if (component.getType() == String.class) {
        try {
          fields.put(component.getName(), component.getAccessor().invoke(this));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return fields;
  }

  ItemCard withNoticeLabel(String label) {
    return new ItemCard(label, itemText, itemKindLabel, leadAgencyName, responsibleAgencyName,
        coordinatingAgencyNames, deadlineSummary, responseDeadlinePhrase, responseDueRule, completionDeadlinePhrase,
        completionDueRule, proposerName, unitOptions);
  }

  public ItemCard withResponsible(String name) {
    return new ItemCard(noticeLabel, itemText, itemKindLabel, leadAgencyName, name, coordinatingAgencyNames,
        deadlineSummary, responseDeadlinePhrase, responseDueRule, completionDeadlinePhrase, completionDueRule,
        proposerName, unitOptions);
  }

  /** A new lead, responsible itself, offering its own units. */
  ItemCard withLead(String name, List<Option> units) {
    return new ItemCard(noticeLabel, itemText, itemKindLabel, name, name, coordinatingAgencyNames,
        deadlineSummary, responseDeadlinePhrase, responseDueRule, completionDeadlinePhrase, completionDueRule,
        proposerName, units);
  }

  /** A deadline moved: its rule tells the change, the summary the new date. */
  ItemCard withDeadlineChange(boolean response, String rule, String summary) {
    return new ItemCard(noticeLabel, itemText, itemKindLabel, leadAgencyName, responsibleAgencyName,
        coordinatingAgencyNames, summary, responseDeadlinePhrase, response ? rule : responseDueRule,
        completionDeadlinePhrase, response ? completionDueRule : rule, proposerName, unitOptions);
  }
}
