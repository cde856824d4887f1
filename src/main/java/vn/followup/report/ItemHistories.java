package vn.followup.report;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
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
 * <p>Several cut-offs (a trend) are told from one read up to the latest of them.
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
  private final String cardsBefore;

  ItemHistories(ProcessEngine engine, JdbcTemplate jdbc) {
    this.historyService = engine.getHistoryService();
    this.jdbc = jdbc;
    // The tables' names with the configured prefix; ManagementService#getTableName would demand a
    // system permission from the user the report is made for.
    String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
    this.activityTable = prefix + "ACT_HI_ACTINST";
    // The item's card's updates before the cut-off, with their JSON (an item's card is written
    // once and rarely changed). The engine's detail query would read each card's bytes with one
    // more query per item.
    this.cardsBefore = "SELECT D.PROC_INST_ID_, D.TIME_, B.BYTES_ FROM " + prefix
        + "ACT_HI_DETAIL D JOIN " + prefix + "ACT_GE_BYTEARRAY B ON B.ID_ = D.BYTEARRAY_ID_"
        + " WHERE D.NAME_ = ? AND D.TYPE_ = 'VariableUpdate' AND D.TIME_ < ? AND D.PROC_INST_ID_ = ANY (?)"
        + " ORDER BY D.PROC_INST_ID_, D.TIME_, D.SEQUENCE_COUNTER_";
  }

  /**
   * @param cutoff   the first instant not included
   * @param noticeId only the items of this notice; null for all
   */
  List<ItemHistory> load(Instant cutoff, String noticeId) {
    return load(cutoff, noticeId, null);
  }

  /** The latest follow-up of one item (by its business key) as it stands before the cut-off; null when none. */
  ItemHistory loadItem(Instant cutoff, String businessKey) {
    List<HistoricProcessInstance> runs = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(businessKey)
        .startedBefore(lastIncluded(cutoff)).orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (runs.isEmpty()) {
      return null;
    }
    List<ItemHistory> told = new ArrayList<>();
    read(runs, List.of(cutoff), null, (index, item) -> told.add(item));
    return told.isEmpty() ? null : told.get(0);
  }

  /**
   * @param cutoff     the first instant not included
   * @param noticeId   only the items of this notice; null for all
   * @param leadAgency only the items this agency leads now (the item's variable as it stands); null for all
   */
  List<ItemHistory> load(Instant cutoff, String noticeId, String leadAgency) {
    return load(List.of(cutoff), noticeId, leadAgency, (index, item) -> item).get(0);
  }

  <R> List<List<R>> load(List<Instant> cutoffs, String noticeId, BiFunction<Integer, ItemHistory, R> reader) {
    return load(cutoffs, noticeId, null, reader);
  }

  /**
   * What each item was at each of several cut-offs, from one read of the history up to the latest:
   * the facts of each instance are read once, with their times, and told at every cut-off. Each
   * item's history is handed to {@code reader} as soon as it is told and only what it returns is
   * kept, so that many cut-offs do not hold many copies of every item's variables.
   *
   * @param cutoffs  the first instants not included, in ascending order
   * @param noticeId   only the items of this notice; null for all
   * @param leadAgency only the items this agency leads now; null for all
   * @param reader     what to keep of an item at the cut-off of that index
   * @return what was kept of each item (one per business key, see {@link Run#latest}) at each
   *         cut-off, in the order of {@code cutoffs}
   */
  <R> List<List<R>> load(List<Instant> cutoffs, String noticeId, String leadAgency,
      BiFunction<Integer, ItemHistory, R> reader) {
    Instant last = cutoffs.get(cutoffs.size() - 1);
    List<Map<String, Run<R>>> runs = new ArrayList<>();
    cutoffs.forEach(cutoff -> runs.add(new LinkedHashMap<>()));
    for (int first = 0; ; first += PAGE) {
      List<HistoricProcessInstance> page = instances(last, noticeId, leadAgency).listPage(first, PAGE);
      if (!page.isEmpty()) {
        read(page, cutoffs, noticeId, (index, item) -> runs.get(index).merge(item.businessKey(),
            new Run<>(item.started(), reader.apply(index, item)), Run::latest));
      }
      if (page.size() < PAGE) {
        return runs.stream().map(byKey -> byKey.values().stream().map(Run::value).toList()).toList();
      }
    }
  }

  /** What was kept of one follow-up of an item, and when that follow-up started. */
  private record Run<R>(Instant started, R value) {

    /**
     * A re-opened item has a new follow-up with the same key, and from its start on that one tells
     * the item's state; before it, the previous one does.
     */
    static <R> Run<R> latest(Run<R> known, Run<R> other) {
      return other.started().isAfter(known.started()) ? other : known;
    }
  }

  private HistoricProcessInstanceQuery instances(Instant cutoff, String noticeId, String leadAgency) {
    HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY)
        .startedBefore(lastIncluded(cutoff));
    if (noticeId != null) {
      query.processInstanceBusinessKeyLike(noticeId + "/%");
    }
    if (leadAgency != null) {
      query.variableValueEquals(ItemProcess.Vars.LEAD_AGENCY, leadAgency);
    }
    return query.orderByProcessInstanceBusinessKey().asc().orderByProcessInstanceId().asc();
  }

  /** Tells each instance of the page at each cut-off it had started by, to {@code told} with the cut-off's index. */
  private void read(List<HistoricProcessInstance> instances, List<Instant> cutoffs, String noticeId,
      BiConsumer<Integer, ItemHistory> told) {
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Instant first = cutoffs.get(0);
    Instant last = cutoffs.get(cutoffs.size() - 1);
    Map<String, List<Fact>> variables = variables(ids, last);
    Map<String, List<Span>> activities = activities(ids, first, last);
    for (int i = 0; i < cutoffs.size(); i++) {
      Instant cutoff = cutoffs.get(i);
      for (HistoricProcessInstance instance : instances) {
        if (noticeId != null && !instance.getBusinessKey().startsWith(noticeId + "/")) {
          continue;
        }
        if (!instance.getStartTime().toInstant().isBefore(cutoff)) {
          continue;
        }
        Instant ended = instance.getEndTime() == null || !instance.getEndTime().toInstant().isBefore(cutoff)
            ? null : instance.getEndTime().toInstant();
        boolean cancelled = ended != null
            && (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())
            || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(instance.getState()));
        told.accept(i, new ItemHistory(instance.getId(), instance.getBusinessKey(), instance.getStartTime().toInstant(),
            ended, cancelled, activeAt(activities.getOrDefault(instance.getId(), List.of()), cutoff),
            valuesAt(variables.getOrDefault(instance.getId(), List.of()), cutoff)));
      }
    }
  }

  /** A variable's value set at an instant; facts come in the order the engine wrote them. */
  private record Fact(String name, Instant time, Object value) {
  }

  /** An activity running from {@code start} until {@code end} (null: still running). */
  private record Span(String activityId, Instant start, Instant end) {
  }

  /** The last value of each variable set before the cut-off: later facts replace earlier ones. */
  private static Map<String, Object> valuesAt(List<Fact> facts, Instant cutoff) {
    Map<String, Object> values = new HashMap<>();
    for (Fact fact : facts) {
      if (fact.time().isBefore(cutoff)) {
        values.put(fact.name(), fact.value());
      }
    }
    return values;
  }

  private static Set<String> activeAt(List<Span> spans, Instant cutoff) {
    Set<String> active = new HashSet<>();
    for (Span span : spans) {
      if (span.start().isBefore(cutoff) && (span.end() == null || !span.end().isBefore(cutoff))) {
        active.add(span.activityId());
      }
    }
    return active;
  }

  /**
   * Every value set before the last cut-off per instance, in the order the engine wrote them (time,
   * then revision; the item's card, whose bytes the query does not fetch, by its own read).
   */
  private Map<String, List<Fact>> variables(String[] ids, Instant cutoff) {
    Map<String, List<Fact>> facts = new HashMap<>();
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
        if (ItemProcess.Vars.ITEM.equals(update.getVariableName())) {
          continue;
        }
        facts.computeIfAbsent(update.getProcessInstanceId(), id -> new ArrayList<>())
            .add(new Fact(update.getVariableName(), update.getTime().toInstant(), update.getValue()));
      }
      if (details.size() < ROWS) {
        break;
      }
    }
    cards(ids, cutoff).forEach((instance, cards) -> facts.computeIfAbsent(instance, id -> new ArrayList<>())
        .addAll(cards));
    facts.values().forEach(list -> list.sort(java.util.Comparator.comparing(Fact::time)));
    return facts;
  }

  /** The JSON of each instance's card as set before the cut-off, oldest first (binary values are not fetched above). */
  private Map<String, List<Fact>> cards(String[] ids, Instant cutoff) {
    Map<String, List<Fact>> cards = new HashMap<>();
    jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement(cardsBefore);
      statement.setString(1, ItemProcess.Vars.ITEM);
      statement.setTimestamp(2, Timestamp.from(cutoff));
      statement.setArray(3, connection.createArrayOf("varchar", ids));
      return statement;
    }, row -> {
      cards.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(new Fact(ItemProcess.Vars.ITEM,
          row.getTimestamp(2).toInstant(), new String(row.getBytes(3), StandardCharsets.UTF_8)));
    });
    return cards;
  }

  /** Activities started before the last cut-off and not ended before the first. */
  private Map<String, List<Span>> activities(String[] ids, Instant first, Instant last) {
    StringBuilder sql = new StringBuilder("SELECT * FROM ")
        .append(activityTable)
        .append(" WHERE START_TIME_ < #{last} AND (END_TIME_ IS NULL OR END_TIME_ >= #{first})")
        .append(" AND PROC_INST_ID_ IN (");
    NativeHistoricActivityInstanceQuery query = historyService.createNativeHistoricActivityInstanceQuery();
    for (int i = 0; i < ids.length; i++) {
      sql.append(i == 0 ? "" : ", ").append("#{id").append(i).append('}');
      query.parameter("id" + i, ids[i]);
    }
    sql.append(") ORDER BY ID_");
    query.parameter("first", Date.from(first)).parameter("last", Date.from(last)).sql(sql.toString());
    Map<String, List<Span>> spans = new HashMap<>();
    for (int offset = 0; ; offset += ROWS) {
      List<HistoricActivityInstance> rows = query.listPage(offset, ROWS);
      rows.forEach(row -> spans.computeIfAbsent(row.getProcessInstanceId(), id -> new ArrayList<>())
          .add(new Span(row.getActivityId(), row.getStartTime().toInstant(),
              row.getEndTime() == null ? null : row.getEndTime().toInstant())));
      if (rows.size() < ROWS) {
        return spans;
      }
    }
  }

  /** Queries' "before" bounds include their date; the cut-off itself is excluded. */
  private static Date lastIncluded(Instant cutoff) {
    return Date.from(cutoff.minusMillis(1));
  }
}
