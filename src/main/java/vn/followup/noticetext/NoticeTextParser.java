package vn.followup.noticetext;

import org.springframework.stereotype.Service;
import vn.followup.deadline.DeadlineReader;
import vn.followup.engine.FormInput;
import vn.followup.organisation.AgencyMentions;
import vn.followup.organisation.AgencyTopics;

/**
 * Turns the plain text of a conclusion notice into a proposed notice document for the clerk to
 * confirm or correct: heading, signer, the numbered items with their full text, lead and
 * coordinating agencies and deadlines, and the periodic reports, each field with the words it came
 * from. Nothing is registered here.
 */
@Service
public class NoticeTextParser {

  /** A notice runs to a few pages; a text many times longer is not one. */
  public static final int MAX_CHARACTERS = 200_000;

  private final AgencyMentions mentions;
  private final AgencyTopics topics;
  private final DeadlinePhrases phrases;

  NoticeTextParser(AgencyMentions mentions, AgencyTopics topics, DeadlineReader reader) {
    this.mentions = mentions;
    this.topics = topics;
    this.phrases = new DeadlinePhrases(reader);
  }

  public NoticeProposal parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new NoticeTextException("Văn bản trống: hãy dán toàn văn thông báo.");
    }
    if (raw.length() > MAX_CHARACTERS) {
      throw new NoticeTextException("Văn bản dài " + raw.length() + " ký tự, quá giới hạn " + MAX_CHARACTERS
          + " ký tự của một thông báo; hãy kiểm tra lại nội dung đã dán.");
    }
    if (FormInput.CONTROL.matcher(raw).find() || raw.indexOf('\uFFFD') >= 0) {
      throw new NoticeTextException("Nội dung không phải văn bản thuần (có ký tự điều khiển hoặc dữ liệu nhị phân); "
          + "hãy dán chữ của thông báo, mã hóa UTF-8.");
    }
    NoticeText text = NoticeText.of(raw);
    Proposal out = new Proposal();
    new HeaderReader(mentions, out, new Casing(text.received)).read(text);
    new ItemReader(mentions, topics, phrases, out).read(text);
    if (out.items.isEmpty()) {
      throw new NoticeTextException("Không tìm thấy nội dung đánh số nào (như \"1.\", \"1.1.\") hay đoạn nào giao "
          + "nhiệm vụ cho một cơ quan (như \"Giao Sở … chủ trì …\", \"Yêu cầu Ủy ban nhân dân tỉnh …\"): văn bản không "
          + "có dạng một văn bản chỉ đạo (thông báo kết luận, công văn); không có gì được đề xuất.");
    }
    return out.build();
  }
}
