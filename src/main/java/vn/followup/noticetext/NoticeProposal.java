package vn.followup.noticetext;

import java.util.List;
import vn.followup.notice.NoticeDocument;

/**
 * What a notice's text proposes: the document to register once the clerk has confirmed or
 * corrected it, where each field came from, and what needs the clerk's attention.
 */
public record NoticeProposal(NoticeDocument document, List<Span> sources, List<Finding> findings) {
}
