package vn.followup.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The PostgreSQL JDBC driver with every connection wrapped so that {@link SqlCounter} sees each
 * statement and commit. The benchmark names it as the pool's driver class
 * ({@code spring.datasource.hikari.driver-class-name}), so embedded and external PostgreSQL are
 * counted the same way; it is not registered with {@code DriverManager}.
 */
public final class CountingDriver implements Driver {

  private static final String PREFIX = "jdbc:postgresql:";

  private final Driver delegate = new org.postgresql.Driver();

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    Connection connection = delegate.connect(url, info);
    return connection == null ? null : (Connection) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    return delegate.getPropertyInfo(url, info);
  }

  @Override
  public int getMajorVersion() {
    return delegate.getMajorVersion();
  }

  @Override
  public int getMinorVersion() {
    return delegate.getMinorVersion();
  }

  @Override
  public boolean jdbcCompliant() {
    return delegate.jdbcCompliant();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Counts commits and rollbacks, and wraps the statements the connection makes. */
  private static final class ConnectionHandler implements InvocationHandler {

    private final Connection target;
    /** A statement other than a query ran since the last commit or rollback. */
    private volatile boolean wrote;

    ConnectionHandler(Connection target) {
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "prepareStatement":
          return statement(proxy, call(target, method, args), PreparedStatement.class, (String) args[0]);
        case "prepareCall":
          return statement(proxy, call(target, method, args), CallableStatement.class, (String) args[0]);
        case "createStatement":
          return statement(proxy, call(target, method, args), Statement.class, null);
        case "commit":
          Object committed = call(target, method, args);
          SqlCounter.commit(wrote);
          wrote = false;
          return committed;
        case "rollback":
          Object rolledBack = call(target, method, args);
          if (args == null || args.length == 0) {
            SqlCounter.rollback();
            wrote = false;
          }
          return rolledBack;
        default:
          return call(target, method, args);
      }
    }

    private Object statement(Object connection, Object statement, Class<?> type, String sql) {
      return Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type},
          new StatementHandler(this, connection, statement, sql));
    }

    void executed(SqlCounter.Kind kind, String sql, int count) {
      if (count <= 0) {
        return;
      }
      SqlCounter.statements(kind, count);
      if (kind != SqlCounter.Kind.SELECT) {
        SqlCounter.writes(sql, count);
      }
      if (kind != SqlCounter.Kind.SELECT) {
        wrote = true;
        if (isAutoCommit()) {
          SqlCounter.commit(true);
          wrote = false;
        }
      }
    }

    private boolean isAutoCommit() {
      try {
        return target.getAutoCommit();
      } catch (SQLException e) {
        return false;
      }
    }
  }

  /** Counts executions; a batch counts as many statements as were added to it, in one round trip. */
  private static final class StatementHandler implements InvocationHandler {

    private final ConnectionHandler connection;
    private final Object connectionProxy;
    private final Object target;
    private final String preparedSql;
    private String batchSql;
    private int batched;

    StatementHandler(ConnectionHandler connection, Object connectionProxy, Object target, String preparedSql) {
      this.connection = connection;
      this.connectionProxy = connectionProxy;
      this.target = target;
      this.preparedSql = preparedSql;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "addBatch":
          batched++;
          batchSql = args != null && args.length == 1 && args[0] instanceof String sql ? sql : preparedSql;
          return call(target, method, args);
        case "clearBatch":
          batched = 0;
          return call(target, method, args);
        case "executeBatch", "executeLargeBatch":
          int count = batched;
          batched = 0;
          SqlCounter.roundTrip();
          Object result = call(target, method, args);
          connection.executed(batchSql == null ? SqlCounter.Kind.OTHER : SqlCounter.kindOf(batchSql), batchSql, count);
          return result;
        case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate":
          String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
          SqlCounter.roundTrip();
          Object executed = call(target, method, args);
          connection.executed(sql == null ? SqlCounter.Kind.OTHER : SqlCounter.kindOf(sql), sql, 1);
          return executed;
        case "getConnection":
          return connectionProxy;
        default:
          return call(target, method, args);
      }
    }
  }
}
