package vn.followup.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.followup.support.ApplicationProcess;
import vn.followup.support.Http;
import vn.followup.support.TestUsers;

/**
 * A client of the product, as an office clerk's and an agency's software would be: registers
 * notices ({@code POST /api/notices}) and completes receipt tasks ({@code POST
 * /engine-rest/task/{id}/complete}), and keeps a ledger of every call and what it was told. A
 * registration that got no answer (a broken connection, a timeout, a 5xx) is sent again later
 * with the same document, as a careful client would; the database must then hold it once.
 *
 * <p>The ledger is what the fault tests hold the database to: every accepted call (2xx) must be
 * recorded in full, and no other call may have left part of its change ({@link Records}).
 */
final class Workload {

  /** How a call ended for the client. */
  enum Outcome {
    /** 2xx: the product said it was done. */
    ACCEPTED,
    /** 4xx: the product refused it (e.g. 409 for a notice registered before). */
    REFUSED,
    /** 5xx or no answer at all: the client does not know whether it was done. */
    FAILED
  }

  /**
   * One call: what was asked ({@code key}: notice id or task id; {@code value}: the focal officer
   * sent), what the client was told, and when it was sent and answered.
   */
  record Call(String action, String key, String value, Outcome outcome, int status, String body, Instant sent,
      Instant answered) {
  }

  static final String REGISTER = "register";
  static final String COMPLETE = "complete";
  static final int ITEMS_PER_NOTICE = 3;
  static final String LEAD = "ubnd-thanh-pho";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.Map<String, Integer> NUMBERS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(1000);

  private final String prefix;
  private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
  private final Deque<String> unanswered = new ArrayDeque<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();

  /** {@code prefix} makes the notice ids of this workload unique in the database. */
  Workload(String prefix) {
    this.prefix = prefix;
  }

  /** A numbered notice with the given number of items offered to UBND thành phố, deadlines far ahead. */
  private static String notice(String id, int number, int items) {
    StringBuilder list = new StringBuilder();
    for (int i = 1; i <= items; i++) {
      list.append(i > 1 ? "," : "").append("""
          {"number":"%d","text":"Trả lời kiến nghị số %d.","kind":"RECOMMENDATION","lead":"%s","coordinators":[],
           "deadlines":[{"type":"RESPONSE","phrase":"xong trước 30/12/2099"}]}""".formatted(i, i, LEAD));
    }
    return """
        {"id":"%s","number":"%d","symbol":"TB/TU","date":"2021-11-25","issuer":"thuong-truc-thanh-uy",
         "summary":"Kiểm thử độ tin cậy","items":[%s]}""".formatted(id, number, list);
  }

  /**
   * The document of the notice with this id: {@value #ITEMS_PER_NOTICE} items and a number of its own,
   * the same each time it is asked for, so a retry sends the same document.
   */
  static String document(String id) {
    return document(id, ITEMS_PER_NOTICE);
  }

  static String document(String id, int items) {
    return notice(id, NUMBERS.computeIfAbsent(id, unused -> NEXT_NUMBER.incrementAndGet()), items);
  }

  Call register(Http http, String id) {
    return call(REGISTER, id, null, () -> http.postJson("/api/notices", document(id), TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD));
  }

  Call complete(Http http, String taskId, String focalOfficer) {
    return call(COMPLETE, taskId, focalOfficer, () -> http.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"focalOfficer\":{\"value\":\"" + focalOfficer + "\"}}}", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD));
  }

  /** Open receipt tasks, oldest first; empty when the application does not answer. */
  static List<String> openReceipts(Http http, int max) {
    try {
      HttpResponse<String> response = http.get("/engine-rest/task?taskDefinitionKey=Task_Receive&sortBy=created"
          + "&sortOrder=asc&maxResults=" + max, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
      if (response.statusCode() != 200) {
        return List.of();
      }
      List<String> ids = new ArrayList<>();
      JSON.readTree(response.body()).forEach(task -> ids.add(task.get("id").asText()));
      return ids;
    } catch (UncheckedIOException | com.fasterxml.jackson.core.JsonProcessingException e) {
      return List.of();
    }
  }

  private Call call(String action, String key, String value, Supplier<HttpResponse<String>> send) {
    Call call;
    Instant sent = Instant.now();
    try {
      HttpResponse<String> response = send.get();
      int status = response.statusCode();
      Outcome outcome = status < 300 ? Outcome.ACCEPTED : status < 500 ? Outcome.REFUSED : Outcome.FAILED;
      call = new Call(action, key, value, outcome, status, response.body(), sent, Instant.now());
    } catch (UncheckedIOException noAnswer) {
      call = new Call(action, key, value, Outcome.FAILED, 0, String.valueOf(noAnswer.getCause()), sent, Instant.now());
    }
    calls.add(call);
    return call;
  }

  /**
   * Starts two clients against whatever {@code target} gives at each call (the node is restarted
   * under them): one registers notices, sending unanswered ones again first; the other completes
   * the oldest open receipt task with a focal officer's name used only once.
   */
  void start(Supplier<Http> target) {
    running.set(true);
    threads.add(loop("dang-ky", () -> {
      String id;
      synchronized (unanswered) {
        id = unanswered.isEmpty() ? prefix + "-" + sequence.incrementAndGet() : unanswered.poll();
      }
      Call call = register(target.get(), id);
      if (call.outcome() == Outcome.FAILED) {
        synchronized (unanswered) {
          unanswered.add(id);
        }
        return false;
      }
      return true;
    }));
    threads.add(loop("tiep-nhan", () -> {
      List<String> open = openReceipts(target.get(), 5);
      if (open.isEmpty()) {
        return false;
      }
      return complete(target.get(), open.get(0), "Cán bộ đầu mối " + sequence.incrementAndGet()).outcome()
          != Outcome.FAILED;
    }));
  }

  private Thread loop(String name, Supplier<Boolean> step) {
    Thread thread = new Thread(() -> {
      while (running.get()) {
        if (!step.get()) {
          ApplicationProcess.pause(200);
        }
      }
    }, "workload-" + name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Stops both clients after their current call. */
  void stop() {
    running.set(false);
    for (Thread thread : threads) {
      try {
        thread.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    threads.clear();
  }

  /** Sends every registration that got no answer again until each is answered (201, or 409: it was done). */
  void retryUnanswered(Http http) {
    List<String> ids;
    synchronized (unanswered) {
      ids = new ArrayList<>(unanswered);
      unanswered.clear();
    }
    for (String id : ids) {
      Call call = register(http, id);
      if (call.outcome() == Outcome.FAILED) {
        throw new AssertionError("A registration sent again after the faults still failed: " + call);
      }
    }
  }

  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  List<Call> calls(String action, Outcome outcome) {
    return calls().stream().filter(call -> call.action().equals(action) && call.outcome() == outcome).toList();
  }

  /** Every notice id this workload tried to register. */
  List<String> noticeIds() {
    return calls().stream().filter(call -> call.action().equals(REGISTER)).map(Call::key).distinct().toList();
  }

  String summary() {
    List<Call> all = calls();
    return all.size() + " calls (" + count(all, REGISTER) + " registrations, " + count(all, COMPLETE) + " completions): "
        + all.stream().filter(c -> c.outcome() == Outcome.ACCEPTED).count() + " accepted, "
        + all.stream().filter(c -> c.outcome() == Outcome.REFUSED).count() + " refused, "
        + all.stream().filter(c -> c.outcome() == Outcome.FAILED).count() + " without an answer or 5xx";
  }

  private static long count(List<Call> calls, String action) {
    return calls.stream().filter(call -> call.action().equals(action)).count();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + body, e);
    }
  }
}
