package vn.followup.deadline;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.followup.system.ModelBean;

/**
 * Due dates of the tasks the models open for the office and for a proposer, in working days of the
 * calendar counted from the moment the task opens ({@code followup.task-deadlines.*}). The models
 * call {@code ${taskDeadlines.review()}} and the like, so no date arithmetic is written in them.
 */
@Component("taskDeadlines")
public class TaskDeadlines implements ModelBean {

  private final DeadlineSchedule schedule;
  private final int review;
  private final int extensionDecision;
  private final int closure;
  private final int urge;
  private final int numbering;
  private final int acknowledgement;
  private final int registration;

  TaskDeadlines(DeadlineSchedule schedule,
      @Value("${followup.task-deadlines.review-working-days:5}") int review,
      @Value("${followup.task-deadlines.extension-decision-working-days:3}") int extensionDecision,
      @Value("${followup.task-deadlines.closure-working-days:5}") int closure,
      @Value("${followup.task-deadlines.urge-working-days:3}") int urge,
      @Value("${followup.task-deadlines.numbering-working-days:2}") int numbering,
      @Value("${followup.task-deadlines.acknowledgement-working-days:5}") int acknowledgement,
      @Value("${followup.task-deadlines.registration-working-days:2}") int registration) {
    this.schedule = schedule;
    this.review = positive(review, "review-working-days");
    this.extensionDecision = positive(extensionDecision, "extension-decision-working-days");
    this.closure = positive(closure, "closure-working-days");
    this.urge = positive(urge, "urge-working-days");
    this.numbering = positive(numbering, "numbering-working-days");
    this.acknowledgement = positive(acknowledgement, "acknowledgement-working-days");
    this.registration = positive(registration, "registration-working-days");
  }

  /** Thẩm định văn bản trả lời / kết quả thực hiện. */
  public Date review() {
    return after(review);
  }

  /** Xem xét đề nghị gia hạn. */
  public Date extensionDecision() {
    return after(extensionDecision);
  }

  /** Kết thúc theo dõi. */
  public Date closure() {
    return after(closure);
  }

  /** Đôn đốc thực hiện. */
  public Date urge() {
    return after(urge);
  }

  /** Cấp số, ngày cho thông báo. */
  public Date numbering() {
    return after(numbering);
  }

  /** Nhận kết quả trả lời kiến nghị (the proposing body). */
  public Date acknowledgement() {
    return after(acknowledgement);
  }

  /** Kiểm tra, sửa đề xuất trước khi đăng ký (a notice read from its text). */
  public Date registration() {
    return after(registration);
  }

  private Date after(int workingDays) {
    return Date.from(schedule.workingDaysAfter(ClockUtil.getCurrentTime().toInstant(), workingDays));
  }

  private static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalStateException("followup.task-deadlines." + name + " phải là số ngày làm việc lớn hơn 0, đang là "
          + value + ".");
    }
    return value;
  }
}
