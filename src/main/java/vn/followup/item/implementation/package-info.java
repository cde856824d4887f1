/**
 * The implementation stage ("Theo dõi thực hiện đến khi hoàn thành",
 * {@code SubProcess_Implementation}): the quarterly progress report, its schedule and the four-eyes
 * review of the final report.
 */
package vn.followup.item.implementation;
