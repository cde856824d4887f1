package vn.followup.notice;

import vn.followup.engine.ProcessVariable;
import vn.followup.engine.EngineClock;
import vn.followup.engine.InputRule;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import org.springframework.context.ApplicationEventPublisher;
import vn.followup.item.Actors;
import vn.followup.item.ImplementationState;
import vn.followup.item.ItemEvents;
import vn.followup.item.ItemGateway;
import vn.followup.item.ItemProcess;
import vn.followup.item.ReportSection;
import vn.followup.item.ReviewDecision;
import vn.followup.item.ReviewRules;

/**
 * The section of a periodic report that answers the items it covers (the seed's "01 mục riêng" in
 * the ward's 6-month and annual reports): what the reporting agency writes, the office's review of
 * it, and, once accepted, the state it gives each item. The notice process's report tasks call it.
 */
@Component
public class ReportSections {

  /** Variables of the report section's tasks (local to one report of the notice), as {@link Values} declares them. */
  public static final String TEXT = Values.TEXT.name();
  public static final String NUMBER = Values.NUMBER.name();
  public static final String DATE = Values.DATE.name();
  public static final String DONE_ITEMS = Values.DONE_ITEMS.name();
  public static final String AUTHOR = Values.AUTHOR.name();
  public static final String REVIEW_DECISION = Values.REVIEW_DECISION.name();
  public static final String REVIEW_REASON = Values.REVIEW_REASON.name();
  public static final String REVIEWER = Values.REVIEWER.name();
  /** Every variable a report section's tasks write, declared on the report's scope beforehand. */
  public static final List<String> SCOPE_VARIABLES = List.of(TEXT, NUMBER, DATE, DONE_ITEMS, AUTHOR,
      REVIEW_DECISION, REVIEW_REASON, REVIEWER);

  /** The inputs of the section's forms, as the server checks them: read from {@link Values}. */
  public static final class Fields {
    public static final InputRule TEXT = Values.TEXT.input();
    public static final InputRule NUMBER = Values.NUMBER.input();
    public static final InputRule DATE = Values.DATE.input();
    public static final InputRule DONE_ITEMS = Values.DONE_ITEMS.input();
    public static final InputRule REVIEW_DECISION = Values.REVIEW_DECISION.input();
    public static final InputRule REVIEW_REASON = Values.REVIEW_REASON.input();

    private Fields() {
    }
  }

  /**
   * The section's variables, declared once: code reads and writes them typed; the forms ask them
   * by their rules (the review asks as the item's review of a response does).
   */
  public static final class Values {
    public static final ProcessVariable<String> TEXT = ProcessVariable.text("reportText")
        .asked(InputRule.text("Nội dung mục báo cáo", 4000).required());
    public static final ProcessVariable<String> NUMBER = ProcessVariable.text("reportNumber")
        .asked(InputRule.text("Số báo cáo", 20).required().matching(FormInput.DOCUMENT_NUMBER, "120"));
    /** The report's day as YYYY-MM-DD. */
    public static final ProcessVariable<String> DATE = ProcessVariable.text("reportDate")
        .asked(InputRule.date("Ngày báo cáo").required());
    public static final ProcessVariable<List<Object>> DONE_ITEMS = ProcessVariable.list("doneItems")
        .asked(InputRule.list("Các nội dung đã hoàn thành"));
    public static final ProcessVariable<String> AUTHOR = ProcessVariable.text("reportAuthor");
    public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.text("reportReviewDecision")
        .asked(ItemProcess.Values.REVIEW_DECISION.input()).chosenFrom(ReviewDecision.class);
    public static final ProcessVariable<String> REVIEW_REASON = ProcessVariable.text("reportReviewReason")
        .asked(ItemProcess.Values.REVIEW_REASON.input());
    public static final ProcessVariable<String> REVIEWER = ProcessVariable.text("reportReviewer");

    private Values() {
    }
  }

  private final Actors actors;
  private final ApplicationEventPublisher events;
  private final ItemGateway items;

  ReportSections(Actors actors, ApplicationEventPublisher events, ItemGateway items) {
    this.actors = actors;
    this.events = events;
    this.items = items;
  }

  /**
   * The reporting agency completes its section: text, the report's number and date, and which of
   * the covered items it reports done (the others are still in progress).
   */
  public void checkWritten(DelegateTask task, List<String> coveredItems) {
    FormInput input = FormInput.of(task);
    input.text(Fields.TEXT);
    input.text(Fields.NUMBER);
    LocalDate date = input.dateNotAfter(Fields.DATE, EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate());
    Values.DATE.set(task, date.toString());
    Set<String> done = doneItems(task);
    List<String> unknown = done.stream().filter(number -> !coveredItems.contains(number)).toList();
    if (!unknown.isEmpty()) {
      throw new FormInputException(DONE_ITEMS, "Mục báo cáo không bao gồm nội dung " + String.join(", ", unknown) + ".");
    }
    Values.AUTHOR.set(task, actors.actingUser(task));
  }

  /**
   * The office's review of a section: four eyes, accept or return with a reason (the author is told).
   */
  public void checkReview(DelegateTask task) {
    String reviewer = ReviewRules.check(task, actors.actingUser(task), Values.AUTHOR, Fields.REVIEW_DECISION,
        Fields.REVIEW_REASON, "mục báo cáo");
    if (reviewer != null) {
      Values.REVIEWER.set(task, reviewer);
      if (ReviewDecision.RETURN.name().equals(Values.REVIEW_DECISION.get(task))) {
        events.publishEvent(new ItemEvents.Returned(ItemEvents.Subject.of(task), Values.AUTHOR.get(task),
            "mục báo cáo", Values.REVIEW_REASON.get(task)));
      }
    }
  }

  /**
   * An accepted section: each covered item records its state as reported.
   *
   * @return the item numbers that no longer waited for a report (stopped or already answered)
   */
  public List<String> apply(ReportSectionAccepted accepted) {
    Set<String> done = accepted.doneItems();
    List<String> notWaiting = new ArrayList<>();
    for (var item : accepted.businessKeys().entrySet()) {
      ImplementationState state = done.contains(item.getKey()) ? ImplementationState.DONE
          : ImplementationState.IN_PROGRESS;
      ReportSection section = new ReportSection(accepted.label(), accepted.number(), accepted.date(), state,
          accepted.lastFor().contains(item.getKey()), accepted.reviewer());
      if (!items.reportSectionAccepted(item.getValue(), section)) {
        notWaiting.add(item.getKey());
      }
    }
    return notWaiting;
  }

  /** The numbers of the items a section reports done, as the form's checklist submitted them. */
  public Set<String> doneItems(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return new LinkedHashSet<>(FormInput.of(scope).list(Fields.DONE_ITEMS, "danh sách số thứ tự"));
  }

  /**
   * What an accepted section says, for {@link #apply}.
   *
   * @param businessKeys business key of each covered item, by item number
   * @param lastFor      the item numbers for which no later report follows
   */
  public record ReportSectionAccepted(String label, String number, LocalDate date, Set<String> doneItems,
      java.util.Map<String, String> businessKeys, Set<String> lastFor, String reviewer) {
  }
}
