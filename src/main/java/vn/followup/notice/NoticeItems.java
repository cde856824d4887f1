package vn.followup.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.engine.EngineClock;
import vn.followup.item.ItemGateway;
import vn.followup.item.ItemStart;

/**
 * Adds an item to a notice already registered, by the same rules as registration: the notice with
 * the new item is checked whole by {@link NoticeValidator} (number unique within the notice,
 * agencies from the registry, deadlines read the same way), stored, and the item's follow-up
 * starts, in the caller's transaction.
 */
@Service
public class NoticeItems {

  private final NoticeValidator validator;
  private final NoticeRepository repository;
  private final ItemGateway items;

  NoticeItems(NoticeValidator validator, NoticeRepository repository, ItemGateway items) {
    this.validator = validator;
    this.repository = repository;
    this.items = items;
  }

  /**
   * @return the new item's follow-up (its business key {@code <notice id>/<item number>})
   * @throws NoticeNotFoundException   when no notice has this id
   * @throws NoticeValidationException with the item's field errors ({@code item.number}, {@code item.lead} …)
   */
  public ProcessInstance add(String noticeId, NoticeDocument.Item item) {
    NoticeRepository.StoredNotice stored = repository.find(noticeId)
        .orElseThrow(() -> new NoticeNotFoundException(noticeId));
    NoticeDocument before = stored.document();
    List<NoticeDocument.Item> all = new ArrayList<>(before.items());
    all.add(item);
    // The stored document keeps the number and date the notice was given after registration.
    NoticeDocument after = new NoticeDocument(noticeId, stored.number(), before.symbol(),
        stored.date() != null ? stored.date() : before.date(), before.place(), before.issuer(), before.signer(),
        before.summary(), before.remarks(), all, before.reports());
    String at = "items[" + (all.size() - 1) + "]";
    ValidatedNotice validated;
    try {
      validated = validator.validate(after, today());
    } catch (NoticeValidationException e) {
      throw new NoticeValidationException(e.errors().stream()
          .map(error -> new FieldError(error.field().startsWith(at) ? "item" + error.field().substring(at.length())
              : error.field(), error.message()))
          .toList());
    }
    ValidatedNotice.PlannedItem planned = validated.items().get(validated.items().size() - 1);
    repository.addItem(noticeId, after, planned);
    return items.start(ItemStart.item(planned.businessKey())
        .notice(noticeId, validated.label(), !validated.draft())
        .text(item.number(), item.text(), item.kind() == NoticeDocument.ItemKind.RECOMMENDATION)
        .agencies(item.lead(), item.coordinators())
        .response(planned.response(), planned.responseSource())
        .completion(planned.completion())
        .urgent(planned.urgent())
        .ongoing(planned.ongoing())
        .proposer(item.proposer())
        .answeredByReport(planned.answeredByReport())
        .build());
  }

  private static LocalDate today() {
    return EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate();
  }
}
