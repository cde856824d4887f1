package vn.followup.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.variable.Variables;
import vn.followup.bench.Bench.BenchUser;
import vn.followup.item.ItemCard;
import vn.followup.item.ItemProcess;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;
import vn.followup.organisation.Roles;

/**
 * Phase 4: Tasklist with a province's worth of open tasks. Seeds {@code openTasks} open tasks
 * (bare instances of {@code Bench_OpenTask}, in transactions of 100): 90 % answers offered to the
 * agencies with a skew (the first agency gets about a quarter), 10 % reviews offered to the office,
 * due dates from 30 days ago to 90 days ahead (about a quarter overdue), one in ten claimed, each
 * with a deadline timer in the future and the two columns the filters show. Then measures, as
 * agency staff, as an office clerk and as a supervisor: the engine queries behind "my agency's
 * tasks by due date" and "overdue" (first page of 15) and the count of each of the five filters
 * ({@code vn.followup.setup.TaskFilters}), and, through Tasklist's own API with a logged-in
 * session, the requests Tasklist sends: loading the filter list, and opening each filter (its first
 * page of 15 by due date with the count, the columns' variables and the HAL links).
 *
 * <p>Its scale step ({@link #scale()}, run after the other phases so that they all see the same
 * 20,000 tasks): the largest agency's staff measures Tasklist's HTTP requests again, then
 * {@code scaleOpenTasks} − {@code openTasks} more open tasks are seeded the same way (the same plan,
 * continued), and the same requests are measured once more; p50, p95 and the growth of each.
 */
final class TasklistBench {

  static final String PHASE = "4";
  static final String OFFICE = "van-phong-thanh-uy";
  static final List<String> FILTERS = List.of("Việc của tôi", "Việc của đơn vị", "Quá hạn", "Sắp đến hạn", "Chờ thẩm định");
  private static final int PAGE = 15;
  private static final String ENGINE_API = "/camunda/api/engine/engine/default";

  private final Bench bench;
  private final Map<String, String> filterIds = new LinkedHashMap<>();
  private List<String> agencies;
  private int seeded;

  TasklistBench(Bench bench) {
    this.bench = bench;
  }

  void run() {
    agencies = agencies();
    plan(agencies, Math.max(bench.settings.openTasks(), bench.settings.scaleOpenTasks()));
    seed(bench.settings.openTasks());
    for (String name : FILTERS) {
      Filter filter = bench.engine.getFilterService().createFilterQuery().filterName(name).singleResult();
      if (filter == null) {
        throw new IllegalStateException("Tasklist filter '" + name + "' is missing (vn.followup.setup.TaskFilters)");
      }
      filterIds.put(name, filter.getId());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("openTasks", bench.engine.getTaskService().createTaskQuery().count());
    List<BenchUser> users = List.of(
        bench.user("bench." + agencies.get(0), agencies.get(0)),
        bench.user("bench.vptu", OFFICE),
        bench.user("bench.giamsat", Roles.SUPERVISORS));
    List<String> roles = List.of("agency staff (" + agencies.get(0) + ")", "office clerk", "supervisor");
    for (int u = 0; u < users.size(); u++) {
      details.put(roles.get(u), measure(users.get(u), roles.get(u), u < 2));
    }
    bench.report.detail("tasklist", details);
  }

  private List<String> agencies() {
    List<String> ordered = new ArrayList<>(Lifecycle.LEADS);
    for (Agency agency : bench.context.getBean(AgencyRegistry.class).all()) {
      if (!ordered.contains(agency.id()) && !agency.id().equals(OFFICE)) {
        ordered.add(agency.id());
      }
    }
    return ordered;
  }

  /**
   * What each of the {@code count} open tasks the phase may seed gets (the probe hands it to the
   * model): the first {@code openTasks} are those of phase 4, the rest those of the scale step.
   */
  private void plan(List<String> agencies, int count) {
    double[] weights = new double[agencies.size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1.0 / (i + 1);
      total += weights[i];
    }
    Random random = new Random(20_000);
    Instant now = Instant.now();
    boolean[] review = new boolean[count];
    String[] agency = new String[count];
    String[] assignee = new String[count];
    Date[] due = new Date[count];
    Date[] timerAt = new Date[count];
    for (int i = 0; i < count; i++) {
      review[i] = random.nextInt(10) == 0;
      agency[i] = review[i] ? OFFICE : agencies.get(pick(weights, total, random.nextDouble()));
      assignee[i] = random.nextInt(10) == 0 ? "bench." + agency[i] : null;
      Instant dueAt = now.plusSeconds((long) ((random.nextDouble() * 120 - 30) * 86_400));
      due[i] = Date.from(dueAt);
      timerAt[i] = Date.from(dueAt.isAfter(now) ? dueAt : now.plusSeconds(86_400 + random.nextInt(6 * 86_400)));
    }
    bench.probe.openTasks(new BenchProbe.OpenTasks(review, agency, assignee, due, timerAt));
  }

  /** Seeds the planned open tasks up to number {@code upTo} (exclusive), 100 per transaction. */
  private void seed(int upTo) {
    int from = seeded;
    int count = upTo - from;
    if (count <= 0) {
      return;
    }
    bench.progress(PHASE, "seeding " + count + " open tasks across " + agencies.size() + " agencies and the office"
        + (from == 0 ? "" : " (" + from + " seeded before)"));
    Date[] due = bench.probe.plannedDue();
    long start = System.nanoTime();
    bench.inTransactions(count, 100, n -> {
      int i = from + n;
      bench.engine.getRuntimeService().startProcessInstanceByKey(BenchModels.OPEN_TASK,
          "bench-open-" + bench.runId + "-" + i, ItemProcess.Values.ITEM.putInto(Variables.createVariables()
              .putValue(ItemProcess.Vars.ITEM_NUMBER, (1 + i % 3) + "." + (1 + i % 7) + "." + (1 + i % 9)),
              new ItemCard("Thông báo số " + (100 + i % 40) + "-TB/TU ngày 25/11/2021",
                  "Nội dung kiểm thử tải số " + i, "Nhiệm vụ", null, null, "Không có",
                  "Trả lời: hết ngày " + due[i].toInstant().toString().substring(0, 10), null, null, null, null, null,
                  List.of())));
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    seeded = upTo;
    // Production grows by a few tasks at a time and autovacuum keeps up; after 20,000 tasks in a
    // minute it would still be at work (and its statistics out of date) while we measure, so do
    // its round now.
    bench.execute("vacuum analyze act_ru_task, act_ru_identitylink, act_ru_authorization, act_ru_execution, "
        + "act_ru_variable, act_ru_job");
    bench.report.add(PHASE, "open tasks seeded" + (from == 0 ? "" : " for the scale step")
        + " (bare instances, 100 per transaction)", count / seconds, "tasks/s");
    bench.progress(PHASE, String.format(Locale.ROOT, "seeded %d open tasks in %.1f s", count, seconds));
  }

  /**
   * The scale step: the largest agency's staff opens Tasklist's filters over HTTP with the open
   * tasks of phase 4, then with {@code scaleOpenTasks}.
   */
  void scale() {
    int target = bench.settings.scaleOpenTasks();
    if (agencies == null || target <= seeded) {
      return;
    }
    String agency = agencies.get(0);
    BenchUser staff = bench.user("bench." + agency, agency);
    TaskService tasks = bench.engine.getTaskService();
    long openBefore = tasks.createTaskQuery().count();
    long agencyBefore = tasks.createTaskQuery().taskCandidateGroup(agency).count();
    bench.progress(PHASE, "scale step: Tasklist over HTTP as the staff of " + agency + " at " + openBefore + " open tasks");
    Map<String, Stats> before = http(TasklistSession.login(bench, staff), readable(staff));
    seed(target);
    long openAfter = tasks.createTaskQuery().count();
    long agencyAfter = tasks.createTaskQuery().taskCandidateGroup(agency).count();
    bench.progress(PHASE, "scale step: Tasklist over HTTP as the staff of " + agency + " at " + openAfter + " open tasks");
    Map<String, Stats> after = http(TasklistSession.login(bench, staff), readable(staff));

    String small = String.format(Locale.ROOT, "%,d", openBefore);
    String large = String.format(Locale.ROOT, "%,d", openAfter);
    Map<String, Object> latencies = new LinkedHashMap<>();
    for (String query : before.keySet()) {
      Stats at20 = before.get(query);
      Stats at100 = after.get(query);
      String figure = "scale, agency staff, " + query;
      bench.report.add(PHASE, figure + ", p50 at " + small, at20.p50(), "ms");
      bench.report.add(PHASE, figure + ", p50 at " + large, at100.p50(), "ms");
      bench.report.add(PHASE, figure + ", p95 at " + small, at20.p95(), "ms");
      bench.report.atMost(PHASE, figure + ", p95 at " + large, at100.p95(), "ms", 200);
      bench.report.add(PHASE, figure + ", p95 growth " + large + " / " + small, at100.p95() / at20.p95(), "x");
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("p50", List.of(Report.num(at20.p50()), Report.num(at100.p50())));
      row.put("p95", List.of(Report.num(at20.p95()), Report.num(at100.p95())));
      row.put("max", List.of(Report.num(at20.max()), Report.num(at100.max())));
      row.put("p50Growth", Report.num(at100.p50() / at20.p50()));
      row.put("p95Growth", Report.num(at100.p95() / at20.p95()));
      latencies.put(query, row);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("user", staff.id());
    details.put("openTasks", List.of(openBefore, openAfter));
    details.put("openTasksOfTheAgency", List.of(agencyBefore, agencyAfter));
    details.put("latencyMs", latencies);
    bench.report.detail("tasklistScale", details);
    bench.progress(PHASE, String.format(Locale.ROOT, "scale step: the agency's open tasks %d -> %d", agencyBefore,
        agencyAfter));
  }

  private static int pick(double[] weights, double total, double r) {
    double target = r * total;
    for (int i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private Map<String, Object> measure(BenchUser user, String role, boolean candidate) {
    bench.progress(PHASE, "Tasklist-shaped queries as " + role);
    Map<String, Object> figures = new LinkedHashMap<>();
    TaskService tasks = bench.engine.getTaskService();
    FilterService filters = bench.engine.getFilterService();
    IdentityService identity = bench.engine.getIdentityService();
    Map<String, Stats> stats = new LinkedHashMap<>();
    if (candidate) {
      stats.put("engine: my agency's tasks by due date, first 15", asUser(identity, user, () -> tasks.createTaskQuery()
          .taskCandidateGroupIn(user.groups()).orderByDueDate().asc().listPage(0, PAGE).size()));
    }
    stats.put("engine: overdue by due date, first 15", asUser(identity, user, () -> tasks.createTaskQuery()
        .dueBefore(new Date()).orderByDueDate().asc().listPage(0, PAGE).size()));
    Map<String, Long> counts = new LinkedHashMap<>();
    List<String> readable = readable(user);
    for (Map.Entry<String, String> filter : filterIds.entrySet()) {
      if (!readable.contains(filter.getKey())) {
        continue; // a filter this role never sees (e.g. "Chờ thẩm định", the office's alone)
      }
      stats.put("engine: count of filter '" + filter.getKey() + "'", asUser(identity, user, () -> filters.count(filter.getValue())));
      identity.setAuthentication(user.id(), user.groups());
      try {
        counts.put(filter.getKey(), filters.count(filter.getValue()));
      } finally {
        identity.clearAuthentication();
      }
    }
    stats.putAll(http(TasklistSession.login(bench, user), readable));
    Map<String, Object> latencies = new LinkedHashMap<>();
    Stats slowestCount = null;
    for (Map.Entry<String, Stats> entry : stats.entrySet()) {
      latencies.put(entry.getKey(), Map.of("p50", Report.num(entry.getValue().p50()), "p95", Report.num(entry.getValue().p95()),
          "max", Report.num(entry.getValue().max())));
      if (entry.getKey().startsWith("engine: count")) {
        slowestCount = slowestCount == null || entry.getValue().p95() > slowestCount.p95() ? entry.getValue() : slowestCount;
      } else {
        bench.report.atMost(PHASE, role + ", " + entry.getKey() + ", p95", entry.getValue().p95(), "ms", 200);
      }
    }
    bench.report.atMost(PHASE, role + ", engine: slowest of the " + readable.size() + " filter counts, p95", slowestCount.p95(), "ms", 200);
    figures.put("tasksSeenPerFilter", counts);
    figures.put("latencyMs", latencies);
    bench.progress(PHASE, role + " sees " + counts);
    return figures;
  }

  /** What Tasklist requests to load the filter list and to open each filter, measured in the session. */
  private Map<String, Stats> http(TasklistSession session, List<String> readable) {
    Map<String, Stats> stats = new LinkedHashMap<>();
    stats.put("Tasklist HTTP: load the filter list", sample(() -> {
      session.get(ENGINE_API + "/filter/count?itemCount=false&resourceType=Task");
      session.get(ENGINE_API + "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task");
    }));
    // The product's filter counts (tasklist/scripts/followup-filters.js): every filter with its
    // count in one request, at start, on another filter chosen, after completing, every 2 minutes.
    stats.put("Tasklist HTTP: every filter's count", sample(() ->
        session.get(ENGINE_API + "/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=100")));
    String sorting = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    for (String filter : readable) {
      stats.put("Tasklist HTTP: open '" + filter + "' (page 1 by due date + count)", sample(() -> session.postHal(
          ENGINE_API + "/filter/" + filterIds.get(filter) + "/list?firstResult=0&maxResults=" + PAGE, sorting)));
    }
    return stats;
  }

  /** The filters this user may read, in Tasklist's order: the engine's filter query under the user's rights. */
  private List<String> readable(BenchUser user) {
    IdentityService identity = bench.engine.getIdentityService();
    identity.setAuthentication(user.id(), user.groups());
    try {
      List<String> names = bench.engine.getFilterService().createFilterQuery().listPage(0, 100).stream().map(Filter::getName).toList();
      return FILTERS.stream().filter(names::contains).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  private Stats asUser(IdentityService identity, BenchUser user, LongSupplier query) {
    return sample(() -> {
      identity.setAuthentication(user.id(), user.groups());
      try {
        query.getAsLong();
      } finally {
        identity.clearAuthentication();
      }
    });
  }

  private Stats sample(Runnable query) {
    for (int i = 0; i < 5; i++) {
      query.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < bench.settings.samples(); i++) {
      long start = System.nanoTime();
      query.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return Stats.of(millis);
  }

  /** A logged-in Tasklist session: session cookie and CSRF token, as the browser holds them. */
  static final class TasklistSession {

    private final Bench bench;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private TasklistSession(Bench bench) {
      this.bench = bench;
      this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static TasklistSession login(Bench bench, BenchUser user) {
      TasklistSession session = new TasklistSession(bench);
      session.send(bench.request("/camunda/app/tasklist/default/").GET().build());
      String form = "username=" + URLEncoder.encode(user.id(), StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(bench.password, StandardCharsets.UTF_8);
      HttpResponse<String> login = session.send(session.withCsrf(bench.request("/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build());
      if (login.statusCode() != 200) {
        throw new IllegalStateException("Tasklist login of " + user.id() + " answered " + login.statusCode() + ": " + login.body());
      }
      return session;
    }

    void get(String path) {
      check(send(withCsrf(bench.request(path)).header("Accept", "application/json").GET().build()));
    }

    void postHal(String path, String json) {
      check(send(withCsrf(bench.request(path)).header("Accept", "application/hal+json")
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build()));
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
      for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
        if ("XSRF-TOKEN".equals(cookie.getName())) {
          builder.header("X-XSRF-TOKEN", cookie.getValue());
        }
      }
      return builder;
    }

    private static void check(HttpResponse<String> response) {
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
      }
    }

    /** Sends the request; one retry when the server closed a kept-alive connection (all requests here only read). */
    private HttpResponse<String> send(HttpRequest request) {
      try {
        try {
          return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException closed) {
          return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
