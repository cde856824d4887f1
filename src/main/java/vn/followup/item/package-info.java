/**
 * The item room: one content (nội dung) of a conclusions notice followed from receipt to closure.
 * This package is its core: the process declaration ({@link vn.followup.item.ItemProcess}), the
 * gateway the other rooms call, the start variables and settings, the card, the deadlines and their
 * summary, the events, the actors and the values the stages share (states, decisions, outcomes).
 * The BPMN elements of each stage sit in a sub-room that uses this core and never the other way
 * round: {@code coordination}, {@code response}, {@code extension}, {@code implementation},
 * {@code closure} and {@code changes}.
 */
package vn.followup.item;
