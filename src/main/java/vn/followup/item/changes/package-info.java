/**
 * What reaches a running item from outside, as the event subprocesses its model shows: the deadline
 * watch's news ("Nội dung quá hạn", "Đã nhắc hạn") and the office's decisions ("Văn phòng thay đổi
 * thời hạn", "Văn phòng thay đổi cơ quan chủ trì", "Văn phòng chuyển công việc").
 */
package vn.followup.item.changes;
