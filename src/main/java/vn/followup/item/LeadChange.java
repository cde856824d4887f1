package vn.followup.item;

/**
 * The office's change of the item's lead agency, as the message "Quyết định thay đổi cơ quan chủ
 * trì" carries it to the item (never stored: a transient value).
 *
 * @param leadId the new lead's id in the agency registry
 * @param leadName the new lead's name, as the item's card shows it
 */
public record LeadChange(String leadId, String leadName) {
}
