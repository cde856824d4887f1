package vn.followup.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What every phase needs: the running application, its engine and database, users, progress. */
final class Bench {

  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final DataSource dataSource;
  final TransactionTemplate transactions;
  final Settings settings;
  final Report report;
  final BenchProbe probe;
  final String runId;
  final String password;
  final int port;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final long startedAt = System.nanoTime();

  Bench(ConfigurableApplicationContext context, Settings settings, Report report) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.dataSource = context.getBean(DataSource.class);
    this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    this.settings = settings;
    this.report = report;
    this.probe = context.getBean(BenchProbe.class);
    this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    byte[] random = new byte[18];
    SecureRandom secure = new SecureRandom();
    secure.nextBytes(random);
    this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    this.runId = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000L, 36);
  }

  void progress(String phase, String message) {
    System.out.printf(Locale.ROOT, "[bench %6.1f s] phase %s: %s%n", (System.nanoTime() - startedAt) / 1e9, phase, message);
    System.out.flush();
  }

  /** A user of the benchmark with the given groups, created or given this run's password. */
  BenchUser user(String id, String... groups) {
    IdentityService identity = engine.getIdentityService();
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identity.newUser(id);
      user.setFirstName("Kiểm thử");
      user.setLastName("tải");
    }
    user.setPassword(password);
    identity.saveUser(user);
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
    return new BenchUser(id, List.of(groups));
  }

  /** Grants the user a permission on a resource, unless granted already. */
  void grant(String userId, Resource resource, String resourceId, Permission permission) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization existing = authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(resource)
        .resourceId(resourceId).singleResult();
    Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }

  /** Claims and completes the task as the user, as Tasklist does. */
  void complete(Task task, BenchUser user, java.util.Map<String, Object> variables) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user.id(), user.groups());
    try {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user.id());
      }
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs {@code units} units of work on the given number of threads; the first failure stops the benchmark. */
  void parallel(int workers, int units, IntConsumer unit) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "bench-worker-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> {
          int index;
          while ((index = next.getAndIncrement()) < units) {
            unit.accept(index);
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (java.util.concurrent.ExecutionException e) {
          next.set(units);
          throw new IllegalStateException("Benchmark work failed: " + e.getCause(), e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs {@code count} units in transactions of {@code perTransaction}, on the benchmark's workers. */
  void inTransactions(int count, int perTransaction, IntConsumer unit) {
    int batches = (count + perTransaction - 1) / perTransaction;
    parallel(settings.workers(), batches, batch -> transactions.executeWithoutResult(status -> {
      for (int i = batch * perTransaction; i < Math.min(count, (batch + 1) * perTransaction); i++) {
        unit.accept(i);
      }
    }));
  }

  void execute(String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
  }

  String basic(BenchUser user) {
    return "Basic " + Base64.getEncoder().encodeToString((user.id() + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A user the benchmark acts as, with the groups it authenticates with. */
  record BenchUser(String id, List<String> groups) {
  }
}
