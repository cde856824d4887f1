package vn.followup.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.followup.item.ClosureOutcome;
import vn.followup.item.ItemProcess;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;
import vn.followup.organisation.Folding;

/**
 * The search of "Hồ sơ nội dung": the registered items ({@code followup_item}, with their notice)
 * by number, notice, lead agency, words of their text and state, each with its latest follow-up in
 * the engine's history, in one SQL query with LIMIT: a page costs the same at 100,000 items as at
 * 100 (the item's latest follow-up and its three variables are looked up by index, for the rows
 * of the page only, unless a filter needs them).
 */
@Repository
class ItemSearch {

  /** At most this many results per page. */
  static final int PAGE_SIZE = 100;
  /** Words of the text looked for at most. */
  private static final int MAX_WORDS = 8;

  private final JdbcTemplate jdbc;
  private final AgencyRegistry agencies;
  /** The item's latest follow-up and its three variables the search reads, for each row of {@code i}. */
  private final String engineJoins;
  private final String procinst;
  private final String varinst;

  ItemSearch(ProcessEngine engine, JdbcTemplate jdbc, AgencyRegistry agencies) {
    this.jdbc = jdbc;
    this.agencies = agencies;
    String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
    this.procinst = prefix + "ACT_HI_PROCINST";
    this.varinst = prefix + "ACT_HI_VARINST";
    String variable = "(select v.%s from " + prefix + "ACT_HI_VARINST v where v.PROC_INST_ID_ = p.ID_"
        + " and v.EXECUTION_ID_ = p.ID_ and v.NAME_ = '%s' limit 1)";
    this.engineJoins = " left join lateral (select h.ID_, h.END_TIME_ from " + prefix + "ACT_HI_PROCINST h"
        + " where h.BUSINESS_KEY_ = i.business_key and h.PROC_DEF_KEY_ = '" + ItemProcess.KEY + "'"
        + " order by h.START_TIME_ desc limit 1) p on true"
        + " cross join lateral (select " + String.format(variable, "TEXT_", ItemProcess.Vars.LEAD_AGENCY) + " as lead, "
        + String.format(variable, "TEXT_", ItemProcess.Vars.CLOSURE_OUTCOME) + " as outcome, "
        + String.format(variable, "LONG_", ItemProcess.Vars.OVERDUE) + " as overdue) x";
  }

  /** What is looked for; null or blank parts are not. */
  record Query(String number, String notice, String agency, String words, ItemSearchState state, int page) {
  }

  /** One found item. */
  record Found(String businessKey, String noticeId, String noticeLabel, String itemNumber, String itemText,
      String leadAgency, String leadAgencyName, String state, String stateLabel) {
  }

  /** A page of results; {@code more}: a next page exists. */
  record Page(List<Found> items, int page, int pageSize, boolean more) {
  }

  Page search(Query query) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where true");
    if (present(query.number())) {
      where.append(" and (i.number = ? or i.number like ? escape '\\')");
      args.add(query.number().strip());
      args.add(like(query.number().strip()) + ".%");
    }
    if (present(query.notice())) {
      // The notices first (a few thousand rows at most), then their items by index.
      String notice = query.notice().strip();
      where.append(" and i.notice_id in (select n2.id from followup_notice n2 where n2.id = ?"
          + " or coalesce(n2.number || '-', '') || n2.symbol ilike ? escape '\\' or n2.summary ilike ? escape '\\')");
      args.add(notice);
      args.add("%" + like(notice) + "%");
      args.add("%" + like(notice) + "%");
    }
    if (present(query.words())) {
      Arrays.stream(query.words().strip().split("\\s+")).limit(MAX_WORDS).forEach(word -> {
        where.append(" and i.search_text like ? escape '\\'");
        args.add("%" + like(Folding.fold(word)) + "%");
      });
    }
    // What the engine's history tells (the current lead, the state) is read from the item's latest
    // follow-up, by the history's indexes, before the page is cut.
    if (present(query.agency())) {
      String agency = query.agency().strip();
      where.append(" and (i.business_key in (" + latestWith("v.TEXT_ = ?", ItemProcess.Vars.LEAD_AGENCY) + ")"
          + " or (i.lead_agency = ? and not exists (select 1 from " + procinst + " h where h.BUSINESS_KEY_ = i.business_key"
          + " and h.PROC_DEF_KEY_ = '" + ItemProcess.KEY + "')))");
      args.add(agency);
      args.add(agency);
    }
    if (query.state() != null) {
      String stopped = "v.TEXT_ = '" + ClosureOutcome.STOPPED.name() + "'";
      where.append(switch (query.state()) {
        case WAITING -> " and not exists (select 1 from " + procinst + " h where h.BUSINESS_KEY_ = i.business_key"
            + " and h.PROC_DEF_KEY_ = '" + ItemProcess.KEY + "')";
        case FOLLOWED -> " and i.business_key in (" + latest("h.END_TIME_ is null") + ")";
        case OVERDUE -> " and i.business_key in (" + latest("h.END_TIME_ is null and "
            + hasValue("v.LONG_ = 1", ItemProcess.Vars.OVERDUE)) + ")";
        case CLOSED -> " and i.business_key in (" + latest("h.END_TIME_ is not null") + ")"
            + " and i.business_key not in (" + latestWith(stopped, ItemProcess.Vars.CLOSURE_OUTCOME) + ")";
        case STOPPED -> " and i.business_key in (" + latestWith(stopped, ItemProcess.Vars.CLOSURE_OUTCOME) + ")";
      });
    }
    String sql = "select i.business_key, i.notice_id, i.notice_number, i.symbol, i.number, i.item_text,"
        + " coalesce(x.lead, i.lead_agency) as lead, p.ID_ as instance, p.END_TIME_ as ended, x.outcome, x.overdue"
        + " from (select i.business_key, i.notice_id, i.number, i.item_text, i.lead_agency, i.position,"
        + " n.number as notice_number, n.symbol, n.registered_at from followup_item i"
        + " join followup_notice n on n.id = i.notice_id" + where
        + " order by n.registered_at desc, i.notice_id, i.position limit ? offset ?) i"
        + engineJoins + " order by i.registered_at desc, i.notice_id, i.position";
    int number = Math.max(0, query.page());
    args.add(PAGE_SIZE + 1);
    args.add((long) number * PAGE_SIZE);
    List<Found> rows = jdbc.query(sql, (rs, row) -> found(rs), args.toArray());
    boolean more = rows.size() > PAGE_SIZE;
    return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, number, PAGE_SIZE, more);
  }

  /** The business keys of the items whose latest follow-up meets the condition (on {@code h}). */
  private String latest(String condition) {
    return "select h.BUSINESS_KEY_ from " + procinst + " h where h.PROC_DEF_KEY_ = '" + ItemProcess.KEY + "' and "
        + condition + " and not exists (select 1 from " + procinst + " later where later.BUSINESS_KEY_ = h.BUSINESS_KEY_"
        + " and later.PROC_DEF_KEY_ = h.PROC_DEF_KEY_ and later.START_TIME_ > h.START_TIME_)";
  }

  /** As {@link #latest}, with a value of one of the follow-up's own variables ({@code v}). */
  private String latestWith(String value, String variable) {
    return latest(hasValue(value, variable));
  }

  /** The follow-up {@code h} holds this value ({@code v}) of one of its own variables. */
  private String hasValue(String value, String variable) {
    return "h.ID_ in (select v.PROC_INST_ID_ from " + varinst + " v where v.NAME_ = '" + variable + "'"
        + " and v.EXECUTION_ID_ = v.PROC_INST_ID_ and " + value + ")";
  }

  private Found found(ResultSet rs) throws SQLException {
    ItemSearchState state;
    if (rs.getString("instance") == null) {
      state = ItemSearchState.WAITING;
    } else if (ClosureOutcome.STOPPED.name().equals(rs.getString("outcome"))) {
      state = ItemSearchState.STOPPED;
    } else if (rs.getTimestamp("ended") != null) {
      state = ItemSearchState.CLOSED;
    } else {
      state = rs.getLong("overdue") == 1 ? ItemSearchState.OVERDUE : ItemSearchState.FOLLOWED;
    }
    String lead = rs.getString("lead");
    String number = rs.getString("notice_number");
    return new Found(rs.getString("business_key"), rs.getString("notice_id"),
        (number == null ? "" : number + "-") + rs.getString("symbol"), rs.getString("number"), rs.getString("item_text"),
        lead, agencies.find(lead).map(Agency::name).orElse(lead), state.name(), state.label());
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** A text for LIKE, its wildcards taken literally. */
  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
