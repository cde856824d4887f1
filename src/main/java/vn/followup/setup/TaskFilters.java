package vn.followup.setup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess;
import vn.followup.tasklist.TaskColumns;

/**
 * The shared Tasklist filters, in Vietnamese, kept by the administrator and readable by everyone;
 * each shows the notice and the deadline as columns (the item's number and words are the task's name) (copied onto each task, see
 * {@link TaskColumns}) and lists the earliest due first. What a user sees in a filter is still
 * limited by their task authorizations. Only administrators may create shared filters: stored
 * filters evaluate expressions.
 */
@Component
class TaskFilters {

  static final List<Map<String, String>> COLUMNS = TaskColumns.FILTER_COLUMNS;

  /**
   * The filters' property that names what Tasklist's script does with them: the start page opens
   * {@value #UNIT} when {@value #MINE} is empty.
   */
  static final String KIND = "followupKind";
  static final String MINE = "mine";
  static final String UNIT = "unit";

  private final String adminId;
  private final String officeGroup;

  TaskFilters(@Value("${camunda.bpm.admin-user.id:admin}") String adminId,
      @Value("${followup.organisation.office-group}") String officeGroup) {
    this.adminId = adminId;
    this.officeGroup = officeGroup;
  }

  void ensure(ProcessEngine engine, Grants grants) {
    TaskService tasks = engine.getTaskService();
    FilterService filters = engine.getFilterService();
    ensure(filters, grants, "Việc của tôi", "Việc đã nhận, đang do tôi xử lý", -10, MINE, null,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(filters, grants, "Việc của đơn vị", "Việc giao cho đơn vị của tôi, chưa ai nhận", -9, UNIT, null,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    ensure(filters, grants, "Quá hạn", "Việc đã quá hạn xử lý", -8, null, null,
        tasks.createTaskQuery().dueBeforeExpression("${now()}"));
    ensure(filters, grants, "Sắp đến hạn", "Việc đến hạn trong 7 ngày tới (khoảng 5 ngày làm việc)", -7, null, null,
        tasks.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}"));
    // Only the office reviews and decides: no one else could ever find a task in it.
    ensure(filters, grants, "Chờ thẩm định", "Văn bản, báo cáo và đề nghị gia hạn chờ Văn phòng xem xét", -6, null,
        officeGroup, tasks.createTaskQuery().taskDefinitionKeyIn(ItemProcess.Elements.TASK_REVIEW_RESPONSE,
            ItemProcess.Elements.TASK_REVIEW_FINAL_REPORT, ItemProcess.Elements.TASK_DECIDE_EXTENSION,
            ItemProcess.Elements.TASK_DECIDE_COMPLETION_EXTENSION));
  }

  /**
   * @param kind   the filter's {@value #KIND} property; null for none
   * @param reader the only group that may read the filter; null for every user
   */
  private void ensure(FilterService filters, Grants grants, String name, String description, int priority,
      String kind, String reader, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    filter.setOwner(adminId);
    // Urgent ("khẩn trương") items first, then the earliest due.
    filter.setQuery(query.orderByTaskPriority().desc().orderByDueDate().asc());
    Map<String, Object> properties = new HashMap<>(Map.of("description", description, "priority", priority,
        "refresh", true, "variables", COLUMNS));
    if (kind != null) {
      properties.put(KIND, kind);
    }
    filter.setProperties(properties);
    filters.saveFilter(filter);
    if (reader == null) {
      grants.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    } else {
      grants.revokeEveryone(Resources.FILTER, filter.getId());
      grants.grant(reader, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
