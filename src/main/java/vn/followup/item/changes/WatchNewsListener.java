package vn.followup.item.changes;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemGateway;
import vn.followup.item.ItemProcess;
import vn.followup.watch.WatchEvents;

/**
 * What a deadline watch observes reaches the item that called it as a message the item's model
 * shows ("Nội dung quá hạn", "Đã nhắc hạn"), correlated through {@link ItemGateway} by the item's
 * process instance id: the watch writes nothing into its parent. Runs first among the listeners of
 * these events, in the same engine command, so the mails already read the item's mark.
 */
@Component
class WatchNewsListener {

  private final RuntimeService runtimeService;
  private final ItemGateway items;

  WatchNewsListener(RuntimeService runtimeService, ItemGateway items) {
    this.runtimeService = runtimeService;
    this.items = items;
  }

  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void on(WatchEvents.MarkedOverdue event) {
    String item = itemOf(event.deadline());
    if (item != null) {
      items.deadlineOverdue(item);
    }
  }

  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void on(WatchEvents.DueSoon event) {
    String item = itemOf(event.deadline());
    if (item != null) {
      items.reminderSent(item);
    }
  }

  /** The item whose call activity started this watch (none for a watch started on its own, as in tests). */
  private String itemOf(WatchEvents.Deadline deadline) {
    ProcessInstance item = runtimeService.createProcessInstanceQuery()
        .processInstanceId(deadline.itemProcessInstanceId()).singleResult();
    return item == null || !ItemProcess.KEY.equals(keyOf(item)) ? null : item.getId();
  }

  private String keyOf(ProcessInstance item) {
    return item.getProcessDefinitionId().substring(0, item.getProcessDefinitionId().indexOf(':'));
  }
}
