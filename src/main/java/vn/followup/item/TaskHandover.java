package vn.followup.item;

/**
 * Hands one open task over to another agency: the previous agency and assignee lose it, the new
 * agency is offered it and told. Implemented outside the item's room (the office's
 * {@code TaskReassignment}, which also tells the agency's members), used by the item's events
 * "Văn phòng thay đổi cơ quan chủ trì" and "Văn phòng chuyển công việc".
 */
public interface TaskHandover {

  void moveToAgency(String taskId, String agency);
}
