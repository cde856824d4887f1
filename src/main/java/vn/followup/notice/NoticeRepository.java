package vn.followup.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.followup.organisation.Folding;

/**
 * The registered notices ({@code followup_notice}, {@code followup_item}). Unique keys in the
 * database, not checks in code, guarantee that a notice exists once, even when two registrations
 * of it race on two nodes.
 */
@Repository
class NoticeRepository {

  private static final String COLUMNS =
      "id, number, symbol, notice_date, summary, document, registered_by";

  private final JdbcTemplate jdbc;
  private final ObjectMapper objectMapper;

  NoticeRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
    this.jdbc = jdbc;
    this.objectMapper = objectMapper;
  }

  void insert(ValidatedNotice notice, String registeredBy) {
    NoticeDocument document = notice.document();
    try {
      jdbc.update("insert into followup_notice (id, number, symbol, notice_date, issuer, summary, document,"
              + " registered_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
          notice.id(), notice.draft() ? null : document.number(), document.symbol(), sqlDate(document.date()),
          document.issuer(), document.summary(), objectMapper.writeValueAsString(document), registeredBy);
      int position = 0;
      for (ValidatedNotice.PlannedItem item : notice.items()) {
        jdbc.update("insert into followup_item (notice_id, number, business_key, kind, lead_agency, position, item_text,"
                + " search_text) values (?, ?, ?, ?, ?, ?, ?, ?)",
            notice.id(), item.item().number(), item.businessKey(), item.item().kind().name(), item.item().lead(),
            position++, item.item().text(), searchText(item.item().text()));
      }
    } catch (DuplicateKeyException e) {
      throw new DuplicateNoticeException("Thông báo đã được đăng ký trước đó (mã '" + notice.id() + "' hoặc cùng số, "
          + "ký hiệu, năm và cơ quan ban hành); không đăng ký lần thứ hai.");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Notice document could not be written as JSON", e);
    }
  }

  /** An item's text as the item search matches it (GET /api/items): folded, so typed with or without diacritics. */
  private static String searchText(String text) {
    return text == null ? null : Folding.fold(text);
  }

  boolean exists(String id) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from followup_notice where id = ?)",
        Boolean.class, id));
  }

  /** Gives a draft its number and date; false when the notice is not a draft (any more). */
  boolean assignNumber(String id, String number, LocalDate date) {
    try {
      return jdbc.update("update followup_notice set number = ?, notice_date = ?, numbered_at = now()"
          + " where id = ? and number is null", number, sqlDate(date), id) == 1;
    } catch (DuplicateKeyException e) {
      throw new DuplicateNoticeException("Số " + number + " đã được dùng cho một thông báo khác cùng ký hiệu và năm.");
    }
  }

  List<StoredNotice> findAll() {
    return jdbc.query("select " + COLUMNS + " from followup_notice order by registered_at desc, id",
        (rs, row) -> storedNotice(rs));
  }

  Optional<StoredNotice> find(String id) {
    return jdbc.query("select " + COLUMNS + " from followup_notice where id = ?", (rs, row) -> storedNotice(rs), id)
        .stream().findFirst();
  }

  List<StoredItem> items(String noticeId) {
    return jdbc.query("select number, business_key, kind, lead_agency from followup_item where notice_id = ? order by position",
        (rs, row) -> new StoredItem(rs.getString("number"), rs.getString("business_key"), rs.getString("kind"),
            rs.getString("lead_agency")), noticeId);
  }

  /**
   * Adds an item to a registered notice: the stored document becomes the one with the item, and
   * the item gets its row after the others.
   */
  void addItem(String noticeId, NoticeDocument document, ValidatedNotice.PlannedItem item) {
    try {
      jdbc.update("update followup_notice set document = ? where id = ?", objectMapper.writeValueAsString(document),
          noticeId);
      jdbc.update("insert into followup_item (notice_id, number, business_key, kind, lead_agency, item_text, search_text,"
              + " position) values (?, ?, ?, ?, ?, ?, ?,"
              + " (select coalesce(max(position), -1) + 1 from followup_item where notice_id = ?))",
          noticeId, item.item().number(), item.businessKey(), item.item().kind().name(), item.item().lead(),
          item.item().text(), searchText(item.item().text()), noticeId);
    } catch (DuplicateKeyException e) {
      throw new DuplicateNoticeException("Thông báo '" + noticeId + "' đã có nội dung số " + item.item().number() + ".");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Notice document could not be written as JSON", e);
    }
  }

  private StoredNotice storedNotice(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    Date date = rs.getDate("notice_date");
    try {
      return new StoredNotice(id, rs.getString("number"), rs.getString("symbol"), date == null ? null : date.toLocalDate(),
          rs.getString("summary"), objectMapper.readValue(rs.getString("document"), NoticeDocument.class),
          rs.getString("registered_by"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored notice " + id + " is not readable", e);
    }
  }

  private static Date sqlDate(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  /** A registered notice as stored; number and date are the current ones (a draft gets them later). */
  record StoredNotice(String id, String number, String symbol, LocalDate date, String summary, NoticeDocument document,
      String registeredBy) {
    boolean draft() {
      return number == null;
    }
  }

  /** A registered item. */
  record StoredItem(String number, String businessKey, String kind, String lead) {
  }
}
