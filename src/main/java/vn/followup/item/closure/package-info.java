/**
 * Closing an item: the graded outcome {@code Task_Close} suggests from the item's record, the
 * office's choice and who closed it, and the stop the office decides ("Văn phòng dừng theo dõi").
 */
package vn.followup.item.closure;
