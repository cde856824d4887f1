/**
 * Extensions (gia hạn) of the response or completion deadline: the request as the forms submit it,
 * the office's decision, and applying the approved date to the item and its deadline watch.
 */
package vn.followup.item.extension;
