package vn.followup.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import vn.followup.bench.Bench.BenchUser;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.deadline.DeadlineSchedule;

/**
 * Phase 2 (and the figures of phase 5): items carried from registration to closure by named users,
 * against the bare {@code start → user task → end} on the same engine and database, in interleaved
 * blocks A-B-B-A so that a machine that gets slower or faster during the run moves both alike.
 *
 * <p>An A unit registers a notice of {@code itemsPerNotice} items through {@code POST /api/notices}
 * as an office clerk (the real registration path: HTTP, security, the notice process, the
 * registry, one item process and one response deadline watch per item), then carries every item
 * through Task_Receive and Task_WriteResponse (the lead agency's staff), Task_ReviewResponse and
 * Task_Close (the office) with valid form values. A B unit starts the bare process as the same
 * clerk and completes its one task as agency staff. Each task is looked up, claimed and completed
 * as in Tasklist.
 */
final class Lifecycle {

  static final String PHASE = "2";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Lead agencies the items rotate through (registry ids; their staff users are created). */
  static final List<String> LEADS = List.of("ubnd-thanh-pho", "phong-tnmt", "phong-qldt", "phong-noi-vu",
      "phong-kinh-te", "phong-tckh", "trung-tam-ptqd", "ban-qlda", "cong-an-thanh-pho", "ubnd-xuan-tang");

  private final Bench bench;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, BenchUser> staff = new HashMap<>();
  private final AtomicInteger notices = new AtomicInteger();
  private BenchUser clerk;
  private BenchUser bareWorker;

  Lifecycle(Bench bench) {
    this.bench = bench;
  }

  /** A finished block. */
  record Block(String name, boolean items, int units, int itemCount, int userTasks, double seconds,
      SqlCounter.Snapshot sql, HistorySizes growth, List<Double> registrationMs, List<Double> taskMs) {

    double userTasksPerSecond() {
      return userTasks / seconds;
    }
  }

  void run() {
    setUp();
    bench.progress(PHASE, "lifecycle warm-up and anatomy (one notice and one bare instance, alone)");
    Map<String, Object> anatomy = anatomy();
    bench.parallel(bench.settings.workers(), bench.settings.workers(), unit -> notice(null, null));
    bench.parallel(bench.settings.workers(), 40, unit -> bare(null));

    List<Block> blocks = new ArrayList<>();
    for (String name : List.of("A1", "B1", "B2", "A2")) {
      boolean items = name.startsWith("A");
      Block block = block(name, items, items ? bench.settings.noticesPerBlock() : bench.settings.bareInstancesPerBlock());
      blocks.add(block);
      bench.progress(PHASE, String.format(Locale.ROOT, "block %s: %d %s, %d user tasks in %.1f s = %.1f user tasks/s, "
              + "%.1f statements/task", name, items ? block.itemCount() : block.units(), items ? "items" : "bare instances",
          block.userTasks(), block.seconds(), block.userTasksPerSecond(), block.sql().statements() / (double) block.userTasks()));
    }
    report(blocks, anatomy);
  }

  private void setUp() {
    clerk = bench.user("bench.vptu", "van-phong-thanh-uy");
    for (String lead : LEADS) {
      staff.put(lead, bench.user("bench." + lead, lead));
    }
    bareWorker = staff.get(BenchModels.BARE_GROUP);
    bench.grant(clerk.id(), Resources.PROCESS_DEFINITION, BenchModels.BARE, ProcessDefinitionPermissions.CREATE_INSTANCE);
  }

  private Block block(String name, boolean items, int units) {
    List<Double> registrationMs = Collections.synchronizedList(new ArrayList<>());
    List<Double> taskMs = Collections.synchronizedList(new ArrayList<>());
    HistorySizes sizesBefore = HistorySizes.measure(bench);
    SqlCounter.Snapshot before = SqlCounter.foreground();
    long start = System.nanoTime();
    bench.parallel(bench.settings.workers(), units, unit -> {
      if (items) {
        notice(registrationMs, taskMs);
      } else {
        bare(taskMs);
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    SqlCounter.Snapshot sql = SqlCounter.foreground().minus(before);
    HistorySizes growth = HistorySizes.measure(bench).minus(sizesBefore);
    int itemCount = items ? units * bench.settings.itemsPerNotice() : 0;
    int userTasks = items ? itemCount * 4 : units;
    return new Block(name, items, units, itemCount, userTasks, seconds, sql, growth, registrationMs, taskMs);
  }

  /** Registers one notice and carries each of its items to closure. */
  private void notice(List<Double> registrationMs, List<Double> taskMs) {
    int number = notices.incrementAndGet();
    String id = "bench-" + bench.runId + "-" + number;
    List<String> leads = new ArrayList<>();
    for (int i = 0; i < bench.settings.itemsPerNotice(); i++) {
      leads.add(LEADS.get((number + i) % LEADS.size()));
    }
    long start = System.nanoTime();
    List<String> businessKeys = register(id, number, leads);
    record(registrationMs, start);
    for (int i = 0; i < businessKeys.size(); i++) {
      carry(businessKeys.get(i), staff.get(leads.get(i)), taskMs);
    }
  }

  List<String> register(String id, int number, List<String> leads) {
    HttpResponse<String> response = bench.send(bench.request("/api/notices")
        .header("Content-Type", "application/json; charset=UTF-8")
        .header("Authorization", bench.basic(clerk))
        .POST(HttpRequest.BodyPublishers.ofString(document(id, number, leads), StandardCharsets.UTF_8)).build());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("POST /api/notices answered " + response.statusCode() + ": " + response.body());
    }
    try {
      List<String> keys = new ArrayList<>();
      JsonNode body = json.readTree(response.body());
      body.get("businessKeys").forEach(key -> keys.add(key.asText()));
      return keys;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String document(String id, int number, List<String> leads) {
    LocalDate today = LocalDate.now(DeadlineSchedule.VIETNAM);
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < leads.size(); i++) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("number", "1." + (i + 1));
      item.put("text", "Rà soát, báo cáo kết quả thực hiện nội dung kiểm thử tải số " + (i + 1) + ".");
      item.put("kind", i % 2 == 0 ? "RECOMMENDATION" : "TASK");
      item.put("lead", leads.get(i));
      item.put("coordinators", List.of());
      item.put("deadlines", List.of(Map.of("type", "RESPONSE", "phrase", "xong trước " + today.plusDays(60).format(DAY))));
      items.add(item);
    }
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("id", id);
    notice.put("number", Integer.toString(number));
    notice.put("symbol", "TB/TU-KTT-" + bench.runId);
    notice.put("date", today.toString());
    notice.put("issuer", "thuong-truc-thanh-uy");
    notice.put("summary", "Thông báo kiểm thử tải số " + number);
    notice.put("items", items);
    try {
      return json.writeValueAsString(notice);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void carry(String businessKey, BenchUser lead, List<Double> taskMs) {
    String item = bench.engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(businessKey).singleResult().getId();
    step(item, Elements.TASK_RECEIVE, lead, receipt(), taskMs);
    step(item, Elements.TASK_WRITE_RESPONSE, lead, response(), taskMs);
    step(item, Elements.TASK_REVIEW_RESPONSE, clerk, Map.of(Vars.REVIEW_DECISION, "ACCEPT"), taskMs);
    step(item, Elements.TASK_CLOSE, clerk, Map.of(Vars.CLOSURE_OUTCOME, "COMPLETED_ON_TIME"), taskMs);
  }

  private static Map<String, Object> receipt() {
    return Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An", Vars.RECEIPT_NOTE, "Đã tiếp nhận");
  }

  private static Map<String, Object> response() {
    Map<String, Object> values = new HashMap<>();
    values.put(Vars.RESPONSE_NUMBER, "45");
    values.put(Vars.RESPONSE_SYMBOL, "UBND-VP");
    values.put(Vars.RESPONSE_DATE, LocalDate.now(DeadlineSchedule.VIETNAM).toString());
    values.put(Vars.RESPONSE_SIGNER, "Hoàng Đăng Khoa");
    values.put(Vars.RESPONSE_SUMMARY, "V/v trả lời kiến nghị của Đảng ủy phường Xuân Tăng");
    values.put(Vars.RESPONSE_RESULT, "Đã chỉ đạo các phòng chuyên môn thực hiện.");
    values.put(Vars.IMPLEMENTATION_STATE, "DONE");
    return values;
  }

  private void step(String processInstanceId, String taskKey, BenchUser user, Map<String, Object> variables,
      List<Double> taskMs) {
    long start = System.nanoTime();
    Task task = bench.engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " in " + processInstanceId);
    }
    bench.complete(task, user, variables);
    record(taskMs, start);
  }

  /** Starts the bare process as the clerk and completes its task as agency staff. */
  private String bare(List<Double> taskMs) {
    String instance = startBare();
    step(instance, BenchModels.BARE_TASK, bareWorker, Map.of(), taskMs);
    return instance;
  }

  /** Starts the bare process as the office clerk, as the item process is started by registration. */
  private String startBare() {
    IdentityService identity = bench.engine.getIdentityService();
    identity.setAuthentication(clerk.id(), clerk.groups());
    try {
      return bench.engine.getRuntimeService().startProcessInstanceByKey(BenchModels.BARE).getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void record(List<Double> latencies, long start) {
    if (latencies != null) {
      latencies.add((System.nanoTime() - start) / 1e6);
    }
  }

  /** Statements of each step alone, one after another on one thread. */
  private Map<String, Object> anatomy() {
    Map<String, Object> steps = new LinkedHashMap<>();
    int number = notices.incrementAndGet();
    String id = "bench-" + bench.runId + "-" + number;
    List<String> leads = new ArrayList<>();
    for (int i = 0; i < bench.settings.itemsPerNotice(); i++) {
      leads.add(LEADS.get(i % LEADS.size()));
    }
    Map<String, Long> writesBefore = SqlCounter.writesByTable();
    SqlCounter.Snapshot before = SqlCounter.foreground();
    List<String> keys = register(id, number, leads);
    before = measure(steps, "register notice of " + keys.size() + " items (HTTP)", before);
    Map<String, Long> writesAfterRegistration = SqlCounter.writesByTable();
    for (int i = 0; i < keys.size(); i++) {
      String item = bench.engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
          .processInstanceBusinessKey(keys.get(i)).singleResult().getId();
      BenchUser lead = staff.get(leads.get(i));
      before = SqlCounter.foreground();
      step(item, Elements.TASK_RECEIVE, lead, receipt(), null);
      before = measure(steps, Elements.TASK_RECEIVE, before);
      step(item, Elements.TASK_WRITE_RESPONSE, lead, response(), null);
      before = measure(steps, Elements.TASK_WRITE_RESPONSE, before);
      step(item, Elements.TASK_REVIEW_RESPONSE, clerk, Map.of(Vars.REVIEW_DECISION, "ACCEPT"), null);
      before = measure(steps, Elements.TASK_REVIEW_RESPONSE, before);
      step(item, Elements.TASK_CLOSE, clerk, Map.of(Vars.CLOSURE_OUTCOME, "COMPLETED_ON_TIME"), null);
      measure(steps, Elements.TASK_CLOSE, before);
    }
    Map<String, Long> writesAfterItems = SqlCounter.writesByTable();
    steps.put("writes per table, registration, per item", perItem(writesBefore, writesAfterRegistration, keys.size()));
    steps.put("writes per table, the four tasks, per item", perItem(writesAfterRegistration, writesAfterItems, keys.size()));
    before = SqlCounter.foreground();
    String instance = startBare();
    before = measure(steps, "bare: start", before);
    step(instance, BenchModels.BARE_TASK, bareWorker, Map.of(), null);
    measure(steps, "bare: " + BenchModels.BARE_TASK, before);
    // per-item steps were summed over the notice's items: make them per item
    for (String key : List.of(Elements.TASK_RECEIVE, Elements.TASK_WRITE_RESPONSE, Elements.TASK_REVIEW_RESPONSE,
        Elements.TASK_CLOSE)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> step = (Map<String, Object>) steps.get(key);
      step.replaceAll((name, value) -> Report.num(((Number) value).doubleValue() / keys.size()));
    }
    return steps;
  }

  private static Map<String, Object> perItem(Map<String, Long> before, Map<String, Long> after, int items) {
    Map<String, Object> delta = new LinkedHashMap<>();
    after.forEach((table, count) -> {
      long difference = count - before.getOrDefault(table, 0L);
      if (difference > 0) {
        delta.put(table, Report.num(difference / (double) items));
      }
    });
    return delta;
  }

  private static SqlCounter.Snapshot measure(Map<String, Object> steps, String name, SqlCounter.Snapshot before) {
    SqlCounter.Snapshot now = SqlCounter.foreground();
    SqlCounter.Snapshot delta = now.minus(before);
    @SuppressWarnings("unchecked")
    Map<String, Object> step = (Map<String, Object>) steps.computeIfAbsent(name, n -> new LinkedHashMap<String, Object>());
    add(step, "statements", delta.statements());
    add(step, "select", delta.of(SqlCounter.Kind.SELECT));
    add(step, "insert", delta.of(SqlCounter.Kind.INSERT));
    add(step, "update", delta.of(SqlCounter.Kind.UPDATE));
    add(step, "delete", delta.of(SqlCounter.Kind.DELETE));
    add(step, "writeCommits", delta.writeCommits());
    add(step, "commits", delta.commits());
    return now;
  }

  private static void add(Map<String, Object> step, String key, long value) {
    step.merge(key, (double) value, (a, b) -> ((Number) a).doubleValue() + ((Number) b).doubleValue());
  }

  private void report(List<Block> blocks, Map<String, Object> anatomy) {
    Report report = bench.report;
    Block a = sum("A", blocks.stream().filter(Block::items).toList());
    Block b = sum("B", blocks.stream().filter(block -> !block.items()).toList());
    double itemsPerSecond = a.itemCount() / a.seconds();
    double timeRatio = b.userTasksPerSecond() / a.userTasksPerSecond();
    double statementsA = a.sql().statements() / (double) a.userTasks();
    double statementsB = b.sql().statements() / (double) b.userTasks();
    double writeCommitsA = a.sql().writeCommits() / (double) a.userTasks();
    double writeCommitsB = b.sql().writeCommits() / (double) b.userTasks();
    String workers = " (" + bench.settings.workers() + " workers)";
    report.add(PHASE, "items registered and closed per second" + workers, itemsPerSecond, "items/s");
    report.add(PHASE, "  user tasks per second, our item process", a.userTasksPerSecond(), "tasks/s");
    report.add(PHASE, "  user tasks per second, bare process", b.userTasksPerSecond(), "tasks/s");
    report.atMost(PHASE, "time per user task, ours / bare", timeRatio, "x", 1.3);
    report.add(PHASE, "SQL statements per user task, ours", statementsA, "stmts");
    report.add(PHASE, "SQL statements per user task, bare", statementsB, "stmts");
    report.atMost(PHASE, "statements per user task, ours / bare", statementsA / statementsB, "x", 1.5);
    report.add(PHASE, "commits that wrote, per user task, ours", writeCommitsA, "commits");
    report.add(PHASE, "commits that wrote, per user task, bare", writeCommitsB, "commits");
    report.add(PHASE, "commits (all), per user task, ours", a.sql().commits() / (double) a.userTasks(), "commits");
    report.add(PHASE, "commits (all), per user task, bare", b.sql().commits() / (double) b.userTasks(), "commits");
    Stats registration = Stats.of(a.registrationMs());
    Stats tasksA = Stats.of(a.taskMs());
    Stats tasksB = Stats.of(b.taskMs());
    report.add(PHASE, "registration of a " + bench.settings.itemsPerNotice() + "-item notice (HTTP), p50", registration.p50(), "ms");
    report.add(PHASE, "registration of a " + bench.settings.itemsPerNotice() + "-item notice (HTTP), p95", registration.p95(), "ms");
    report.add(PHASE, "find+claim+complete one task, ours, p50", tasksA.p50(), "ms");
    report.add(PHASE, "find+claim+complete one task, ours, p95", tasksA.p95(), "ms");
    report.add(PHASE, "find+claim+complete one task, bare, p50", tasksB.p50(), "ms");
    report.add(PHASE, "find+claim+complete one task, bare, p95", tasksB.p95(), "ms");

    HistorySizes perItem = a.growth();
    report.add("5", "history per closed item: ACT_HI_* tables", perItem.historyTables() / (double) a.itemCount(), "bytes");
    report.add("5", "history per closed item: history byte arrays", perItem.historyByteArrays() / (double) a.itemCount(), "bytes");
    report.add("5", "history per closed item: followup_* tables", perItem.followupTables() / (double) a.itemCount(), "bytes");
    double totalPerItem = perItem.total() / (double) a.itemCount();
    report.atMost("5", "history per closed item, total", totalPerItem, "bytes", 60_000);
    report.add("5", "history per bare instance, total", b.growth().total() / (double) b.units(), "bytes");
    report.add("5", "history for 500,000 items a year (DOMAIN.md scale)", totalPerItem * 500_000 / 1e9, "GB/year");

    List<Map<String, Object>> blockDetails = new ArrayList<>();
    for (Block block : blocks) {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("block", block.name());
      detail.put("units", block.units());
      detail.put("items", block.itemCount());
      detail.put("userTasks", block.userTasks());
      detail.put("seconds", Report.num(block.seconds()));
      detail.put("userTasksPerSecond", Report.num(block.userTasksPerSecond()));
      detail.put("statementsPerTask", Report.num(block.sql().statements() / (double) block.userTasks()));
      detail.put("selectsPerTask", Report.num(block.sql().of(SqlCounter.Kind.SELECT) / (double) block.userTasks()));
      detail.put("insertsPerTask", Report.num(block.sql().of(SqlCounter.Kind.INSERT) / (double) block.userTasks()));
      detail.put("updatesPerTask", Report.num(block.sql().of(SqlCounter.Kind.UPDATE) / (double) block.userTasks()));
      detail.put("deletesPerTask", Report.num(block.sql().of(SqlCounter.Kind.DELETE) / (double) block.userTasks()));
      detail.put("roundTripsPerTask", Report.num(block.sql().roundTrips() / (double) block.userTasks()));
      detail.put("writeCommitsPerTask", Report.num(block.sql().writeCommits() / (double) block.userTasks()));
      detail.put("historyBytes", block.growth().total());
      blockDetails.add(detail);
    }
    Map<String, Object> lifecycle = new LinkedHashMap<>();
    lifecycle.put("blocks", blockDetails);
    lifecycle.put("statementsPerStep", anatomy);
    report.detail("lifecycle", lifecycle);
  }

  private static Block sum(String name, List<Block> blocks) {
    int units = 0;
    int items = 0;
    int tasks = 0;
    double seconds = 0;
    SqlCounter.Snapshot sql = null;
    HistorySizes growth = new HistorySizes(0, 0, 0);
    List<Double> registrations = new ArrayList<>();
    List<Double> taskMs = new ArrayList<>();
    for (Block block : blocks) {
      units += block.units();
      items += block.itemCount();
      tasks += block.userTasks();
      seconds += block.seconds();
      sql = sql == null ? block.sql() : sql.plus(block.sql());
      growth = growth.plus(block.growth());
      registrations.addAll(block.registrationMs());
      taskMs.addAll(block.taskMs());
    }
    return new Block(name, blocks.get(0).items(), units, items, tasks, seconds, sql, growth, registrations, taskMs);
  }
}
