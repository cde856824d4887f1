package vn.followup.system.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means "PostgreSQL cannot be reached right now", wherever it surfaces:
 * the pool's timeout, a refused or broken connection, a server shutting down, whether raised by
 * Spring, by the engine's persistence layer or by the driver. Such a request did nothing (its
 * transaction rolled back or never began) and may be sent again once the database is back; it is
 * answered 503 with {@link #MESSAGE}, never as a success and never as a programming error.
 */
public final class DatabaseOutage {

  public static final String MESSAGE = "Cơ sở dữ liệu tạm thời không truy cập được; thao tác chưa được thực hiện. "
      + "Vui lòng thử lại sau ít phút.";

  private DatabaseOutage() {
  }

  /** True when the exception or one of its causes says the database is unreachable. */
  public static boolean causedBy(Throwable exception) {
    int depth = 0;
    for (Throwable cause = exception; cause != null && depth < 50; cause = next(cause), depth++) {
      if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ConnectException) {
        return true;
      }
      if (cause instanceof SQLException sql && unreachable(sql.getSQLState())) {
        return true;
      }
      // A rollback that failed on the broken connection hides the failure that caused it.
      if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
          && causedBy(rollback.getApplicationException())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server is shutting down, crashed
   * or not yet accepting connections).
   */
  private static boolean unreachable(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
        || sqlState.equals("57P03"));
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof SQLException sql && sql.getNextException() != null && sql.getCause() == null) {
      return sql.getNextException();
    }
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
