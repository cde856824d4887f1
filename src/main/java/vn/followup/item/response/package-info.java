/**
 * The response stage ("Tiếp nhận, trả lời và thẩm định", {@code SubProcess_Response}) and the
 * acknowledgement after it: receipt, the written response and its attached PDF, its four-eyes
 * review, the proposing body's acknowledgement.
 */
package vn.followup.item.response;
