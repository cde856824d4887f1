package vn.followup.item;

/**
 * The office's move of the item's open tasks from one agency to another, as the message "Quyết
 * định chuyển công việc" carries it to the item (never stored: a transient value).
 *
 * @param fromAgency the agency the open tasks are offered to now
 * @param toAgency the agency that receives them
 */
public record TaskMove(String fromAgency, String toAgency) {
}
