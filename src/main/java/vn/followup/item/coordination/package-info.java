/**
 * The coordination stage ("Lấy ý kiến cơ quan phối hợp", {@code SubProcess_Coordination}): the
 * coordinating agencies' tasks, their reminder and late mark, and the rules of when the lead may
 * answer without them.
 */
package vn.followup.item.coordination;
