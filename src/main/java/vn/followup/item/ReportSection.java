package vn.followup.item;

import java.time.LocalDate;

/**
 * A periodic report's section as the office accepted it, for one item it covers.
 *
 * @param label      the report, e.g. "Báo cáo 6 tháng — 30/06/2022"
 * @param number     the report's document number, as written
 * @param date       the report's document date, which judges timeliness
 * @param state      the item's state as the report gives it
 * @param lastForItem no later report covers the item
 * @param reviewer   the office user who accepted the section
 */
public record ReportSection(String label, String number, LocalDate date, ImplementationState state,
    boolean lastForItem, String reviewer) {
}
