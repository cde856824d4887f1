package vn.followup.report;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.NativeHistoricActivityInstanceQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess;

/**
 * Loads what the engine's history says of the items at a cut-off instant: the instances started
 * before it, the activities running at it and the last value of every variable set before it.
 * Nothing recorded after the cut-off is read, which is what makes a report for a past date
 * unchanged by whatever happened since.
 *
 * <p>Reads go in pages of {@value #PAGE} instances, one query per kind of fact and page, so the
 * cost grows with the number of items, not with the number of queries per item. Every read is
 * paged ({@value #ROWS} rows), as the engine refuses larger unbounded reads made for a user.
 */
@Component
class ItemHistories {

  static final int PAGE = 500;
  /** Rows per read: within the engine's limit for queries made on behalf of a user. */
  static final int ROWS = 2000;

  private final HistoryService historyService;
  private final JdbcTemplate jdbc;
  private final String activityTable;
  private final String cardsAsOf;

  ItemHistories(ProcessEngine engine, JdbcTemplate jdbc) {
    this.historyService = engine.getHistoryService();
    this.jdbc = jdbc;
    // The tables' names with the configured prefix; ManagementService#getTableName would demand a
    // system permission from the user the report is made for.
    String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
    this.activityTable = prefix + "ACT_HI_ACTINST";
    // The item's card as it was at the cut-off: its last update before it, with its JSON. The
    // engine's detail query would read each card's bytes with one more query per item.
    this.cardsAsOf = "SELECT DISTINCT ON (D.PROC_INST_ID_) D.PROC_INST_ID_, B.BYTES_ FROM " + prefix
        + "ACT_HI_DETAIL D JOIN " + prefix + "ACT_GE_BYTEARRAY B ON B.ID_ = D.BYTEARRAY_ID_"
        + " WHERE D.NAME_ = ? AND D.TYPE_ = 'VariableUpdate' AND D.TIME_ < ? AND D.PROC_INST_ID_ = ANY (?)"
        + " ORDER BY D.PROC_INST_ID_, D.TIME_ DESC, D.SEQUENCE_COUNTER_ DESC";
  }

  /**
   * @param cutoff   the first instant not included
   * @param noticeId only the items of this notice; null for all
   */
  List<ItemHistory> load(Instant cutoff, String noticeId) {
    List<ItemHistory> items = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<HistoricProcessInstance> page = instances(cutoff, noticeId).listPage(first, PAGE);
      if (page.isEmpty()) {
        return latestRuns(items);
      }
      items.addAll(page(page, cutoff, noticeId));
      if (page.size() < PAGE) {
        return latestRuns(items);
      }
    }
  }

  /** The latest follow-up of one item (by its business key) as it stands before the cut-off; null when none. */
  ItemHistory loadItem(Instant cutoff, String businessKey) {
    List<HistoricProcessInstance> runs = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(businessKey)
        .startedBefore(lastIncluded(cutoff)).orderByProcessInstanceStartTime().desc().listPage(0, 1);
    return runs.isEmpty() ? null : page(runs, cutoff, null).get(0);
  }

  /**
   * One item per business key: a re-opened item has a new follow-up with the same key, and from
   * its start on that one tells the item's state; before it, the previous one does.
   */
  static List<ItemHistory> latestRuns(List<ItemHistory> items) {
    Map<String, ItemHistory> byKey = new java.util.LinkedHashMap<>();
    for (ItemHistory item : items) {
      byKey.merge(item.businessKey(), item, (known, other) -> other.started().isAfter(known.started()) ? other : known);
    }
    return new ArrayList<>(byKey.values());
  }

  private HistoricProcessInstanceQuery instances(Instant cutoff, String noticeId) {
    HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY)
        .startedBefore(lastIncluded(cutoff));
    if (noticeId != null) {
      query.processInstanceBusinessKeyLike(noticeId + "/%");
    }
    return query.orderByProcessInstanceBusinessKey().asc().orderByProcessInstanceId().asc();
  }

  private List<ItemHistory> page(List<HistoricProcessInstance> instances, Instant cutoff, String noticeId) {
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> variables = variables(ids, cutoff);
    Map<String, Set<String>> active = activeActivities(ids, cutoff);
    List<ItemHistory> items = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      if (noticeId != null && !instance.getBusinessKey().startsWith(noticeId + "/")) {
        continue;
      }
      Instant ended = instance.getEndTime() == null || !instance.getEndTime().toInstant().isBefore(cutoff)
          ? null : instance.getEndTime().toInstant();
      boolean cancelled = ended != null && (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())
          || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(instance.getState()));
      items.add(new ItemHistory(instance.getId(), instance.getBusinessKey(), instance.getStartTime().toInstant(),
          ended, cancelled, active.getOrDefault(instance.getId(), Set.of()),
          variables.getOrDefault(instance.getId(), Map.of())));
    }
    return items;
  }

  /** Last value per variable and instance, in the order the engine wrote them. */
  private Map<String, Map<String, Object>> variables(String[] ids, Instant cutoff) {
    Map<String, Map<String, Object>> values = new HashMap<>();
    Map<String, Map<String, HistoricVariableUpdate>> latest = new HashMap<>();
    for (int first = 0; ; first += ROWS) {
      List<HistoricDetail> details = historyService.createHistoricDetailQuery()
          .processInstanceIdIn(ids)
          .variableUpdates()
          .occurredBefore(lastIncluded(cutoff))
          .disableBinaryFetching()
          .orderByTime().asc()
          .orderByVariableRevision().asc()
          .listPage(first, ROWS);
      for (HistoricDetail detail : details) {
        HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
        Map<String, HistoricVariableUpdate> byName = latest.computeIfAbsent(update.getProcessInstanceId(),
            id -> new HashMap<>());
        HistoricVariableUpdate known = byName.get(update.getVariableName());
        if (known == null || later(update, known)) {
          byName.put(update.getVariableName(), update);
        }
      }
      if (details.size() < ROWS) {
        break;
      }
    }
    latest.forEach((instance, byName) -> {
      Map<String, Object> map = new HashMap<>();
      byName.forEach((name, update) -> map.put(name, update.getValue()));
      values.put(instance, map);
    });
    cards(ids, cutoff).forEach((instance, card) -> values.computeIfAbsent(instance, id -> new HashMap<>())
        .put(ItemProcess.Vars.ITEM, card));
    return values;
  }

  /** The JSON of each instance's card at the cut-off (binary values are not fetched above). */
  private Map<String, String> cards(String[] ids, Instant cutoff) {
    Map<String, String> cards = new HashMap<>();
    jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement(cardsAsOf);
      statement.setString(1, ItemProcess.Vars.ITEM);
      statement.setTimestamp(2, Timestamp.from(cutoff));
      statement.setArray(3, connection.createArrayOf("varchar", ids));
      return statement;
    }, row -> {
      cards.put(row.getString(1), new String(row.getBytes(2), StandardCharsets.UTF_8));
    });
    return cards;
  }

  /** Rows come ordered by time and revision: a row not earlier than the known one replaces it. */
  private static boolean later(HistoricVariableUpdate candidate, HistoricVariableUpdate known) {
    return !candidate.getTime().before(known.getTime());
  }

  /** Activities started before the cut-off and not ended by it. */
  private Map<String, Set<String>> activeActivities(String[] ids, Instant cutoff) {
    StringBuilder sql = new StringBuilder("SELECT * FROM ")
        .append(activityTable)
        .append(" WHERE START_TIME_ < #{cutoff} AND (END_TIME_ IS NULL OR END_TIME_ >= #{cutoff})")
        .append(" AND PROC_INST_ID_ IN (");
    NativeHistoricActivityInstanceQuery query = historyService.createNativeHistoricActivityInstanceQuery();
    for (int i = 0; i < ids.length; i++) {
      sql.append(i == 0 ? "" : ", ").append("#{id").append(i).append('}');
      query.parameter("id" + i, ids[i]);
    }
    sql.append(") ORDER BY ID_");
    query.parameter("cutoff", Date.from(cutoff)).sql(sql.toString());
    Map<String, Set<String>> active = new HashMap<>();
    for (int first = 0; ; first += ROWS) {
      List<HistoricActivityInstance> rows = query.listPage(first, ROWS);
      rows.forEach(row -> active.computeIfAbsent(row.getProcessInstanceId(), id -> new HashSet<>())
          .add(row.getActivityId()));
      if (rows.size() < ROWS) {
        return active;
      }
    }
  }

  /** Queries' "before" bounds include their date; the cut-off itself is excluded. */
  private static Date lastIncluded(Instant cutoff) {
    return Date.from(cutoff.minusMillis(1));
  }
}
