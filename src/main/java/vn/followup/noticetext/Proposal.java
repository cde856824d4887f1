package vn.followup.noticetext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.followup.notice.NoticeDocument;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeDocument.Report;
import vn.followup.notice.NoticeDocument.Signer;

/** The proposal as the readers fill it in, field by field, with sources and findings. */
final class Proposal {

  String id;
  String number;
  String symbol;
  LocalDate date;
  Integer year;
  Integer month;
  String place;
  String issuer;
  Signer signer;
  String summary;
  final List<Item> items = new ArrayList<>();
  final List<Report> reports = new ArrayList<>();
  final List<Span> sources = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();
  final List<ItemReading> readings = new ArrayList<>();

  void finding(String field, String message, Piece piece, int start, int end) {
    if (piece == null || end <= start) {
      findings.add(new Finding(field, message, null, -1, -1));
    } else {
      Span span = piece.span(field, start, end);
      findings.add(new Finding(field, message, span.text(), span.start(), span.end()));
    }
  }

  NoticeProposal build() {
    return new NoticeProposal(new NoticeDocument(id, number == null ? "" : number, symbol, date, place, issuer, signer,
        summary, List.of(), List.copyOf(items), List.copyOf(reports)), List.copyOf(sources), List.copyOf(findings),
        List.copyOf(readings));
  }
}
