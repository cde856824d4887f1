package vn.followup.audit;

import java.util.List;

/** The timelines of every item of one notice, in the notice's order. */
record NoticeAudit(String noticeId, List<ItemAudit> items) {
}
