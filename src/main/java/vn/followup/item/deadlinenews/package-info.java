/**
 * News about an item's deadlines arriving as the event subprocesses its model shows: the deadline
 * watch's overdue mark and reminder ("Nội dung quá hạn", "Đã nhắc hạn") and the office's deadline
 * change ("Văn phòng thay đổi thời hạn").
 */
package vn.followup.item.deadlinenews;
