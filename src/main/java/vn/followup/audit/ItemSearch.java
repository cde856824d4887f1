package vn.followup.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

  /** Every letter that folds to another (Vietnamese letters with marks, capitals), and what it folds to. */
  private static final String[] FOLD = foldTable();

  private final JdbcTemplate jdbc;
  private final AgencyRegistry agencies;
  /** The item's latest follow-up and its three variables the search reads, for each row of {@code i}. */
  private final String engineJoins;

  ItemSearch(ProcessEngine engine, JdbcTemplate jdbc, AgencyRegistry agencies) {
    this.jdbc = jdbc;
    this.agencies = agencies;
    String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
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
      String notice = query.notice().strip();
      where.append(" and (i.notice_id = ? or translate(coalesce(n.number || '-', '') || n.symbol || ' ' || n.summary,"
          + " ?, ?) like ? escape '\\')");
      args.add(notice);
      args.add(FOLD[0]);
      args.add(FOLD[1]);
      args.add("%" + like(Folding.fold(notice)) + "%");
    }
    if (present(query.words())) {
      Arrays.stream(query.words().strip().split("\\s+")).limit(MAX_WORDS).forEach(word -> {
        where.append(" and translate(i.item_text, ?, ?) like ? escape '\\'");
        args.add(FOLD[0]);
        args.add(FOLD[1]);
        args.add("%" + like(Folding.fold(word)) + "%");
      });
    }
    // What the engine's history tells (the current lead, the state) is filtered after the join.
    StringBuilder engineWhere = new StringBuilder(" where true");
    if (present(query.agency())) {
      engineWhere.append(" and coalesce(x.lead, i.lead_agency) = ?");
      args.add(query.agency().strip());
    }
    if (query.state() != null) {
      engineWhere.append(switch (query.state()) {
        case WAITING -> " and p.ID_ is null";
        case FOLLOWED -> " and p.ID_ is not null and p.END_TIME_ is null";
        case OVERDUE -> " and p.ID_ is not null and p.END_TIME_ is null and x.overdue = 1";
        case CLOSED -> " and p.END_TIME_ is not null and coalesce(x.outcome, '') <> '" + ClosureOutcome.STOPPED.name() + "'";
        case STOPPED -> " and x.outcome = '" + ClosureOutcome.STOPPED.name() + "'";
      });
    }
    String items = "select i.business_key, i.notice_id, i.number, i.item_text, i.lead_agency, i.position,"
        + " n.number as notice_number, n.symbol, n.registered_at from followup_item i"
        + " join followup_notice n on n.id = i.notice_id" + where;
    String order = " order by i.registered_at desc, i.notice_id, i.position";
    String page = " limit ? offset ?";
    // Without a filter on the history, the page is cut first and only its rows are joined.
    boolean engineFilter = present(query.agency()) || query.state() != null;
    String sql = "select i.business_key, i.notice_id, i.notice_number, i.symbol, i.number, i.item_text,"
        + " coalesce(x.lead, i.lead_agency) as lead, p.ID_ as instance, p.END_TIME_ as ended, x.outcome, x.overdue"
        + " from (" + items + (engineFilter ? "" : order.replace("i.registered_at", "n.registered_at") + page) + ") i"
        + engineJoins + (engineFilter ? engineWhere + order + page : order);
    int number = Math.max(0, query.page());
    args.add(PAGE_SIZE + 1);
    args.add((long) number * PAGE_SIZE);
    List<Found> rows = jdbc.query(sql, (rs, row) -> found(rs), args.toArray());
    boolean more = rows.size() > PAGE_SIZE;
    return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, number, PAGE_SIZE, more);
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

  private static String[] foldTable() {
    StringBuilder letters = new StringBuilder();
    StringBuilder folded = new StringBuilder();
    for (char c = 'A'; c <= 0x1EF9; c++) {
      boolean latin = c <= 'Z' || (c >= 0xC0 && c <= 0x1B0) || c >= 0x1EA0;
      String one = String.valueOf(c);
      if (latin && Character.isLetter(c)) {
        String to = Folding.fold(one);
        if (!to.equals(one) && to.length() == 1) {
          letters.append(c);
          folded.append(to);
        }
      }
      if (c == 0x1B0) {
        c = 0x1E9F;
      }
    }
    return new String[] {letters.toString(), folded.toString().toLowerCase(Locale.ROOT)};
  }
}
