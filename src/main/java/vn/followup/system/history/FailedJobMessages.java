package vn.followup.system.history;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.system.EnginePluginOrder;
import vn.followup.system.database.DatabaseOutage;
import vn.followup.system.errors.RefusedRequestException;

/**
 * What a failed job stores for Cockpit to show, in Vietnamese. When a job fails (a timer, an
 * asynchronous step, whoever ran it), the engine stores the exception's message and stack trace on
 * the job ({@code ACT_RU_JOB.EXCEPTION_MSG_} and its stack trace), in its incident when no retry is
 * left ({@code ACT_RU_INCIDENT.INCIDENT_MSG_}, taken from the job's message) and in the job's
 * history ({@code ACT_HI_JOB_LOG}). Those texts are English, name Java classes and, for a refused
 * call, the user ("The user with id '…' does not have…"), and Cockpit shows them to everyone who
 * may read the incident. Here the engine stores a Vietnamese sentence instead, and the stack trace
 * is that sentence alone; the original exception goes to the server log with the job's id
 * (besides the engine's own log line of the failure). Retries are counted as before: a conflict
 * with another transaction still costs no retry.
 */
@Component
@Order(EnginePluginOrder.FAILED_JOB_MESSAGES)
class FailedJobMessages extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(FailedJobMessages.class);

  /** How every stored sentence begins. */
  static final String PREFIX = "Bước tự động không chạy được: ";
  static final String SUFFIX = " Chi tiết kỹ thuật ghi trong nhật ký máy chủ.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(ReadableJobRetryCmd::new);
    configuration.setHistoryEventProducer(new ReadableJobLogProducer());
  }

  /** The sentence stored for this failure; names no user, no class, no internal message. */
  static String sentence(Throwable failure) {
    return PREFIX + reason(failure) + SUFFIX;
  }

  private static String reason(Throwable failure) {
    if (DatabaseOutage.causedBy(failure)) {
      return "cơ sở dữ liệu tạm thời không truy cập được; bước sẽ được thử lại nếu còn lượt.";
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return "dữ liệu vừa được một thao tác khác thay đổi cùng lúc; bước sẽ được thử lại.";
      }
      if (cause instanceof AuthorizationException) {
        return "người yêu cầu chạy bước này không có quyền; bước chưa được thực hiện.";
      }
      if (cause instanceof RefusedRequestException refused) {
        // The product's own refusals are written for people, in Vietnamese, and name no user.
        return "dữ liệu không đạt quy định (" + refused.getMessage() + ").";
      }
    }
    return "đã xảy ra lỗi khi thực hiện bước; quản trị hệ thống cần xem và thử lại.";
  }

  /** A failure that prints as its Vietnamese sentence alone: no class name, no stack, no cause. */
  static final class Readable extends RuntimeException {

    Readable(Throwable failure) {
      super(sentence(failure), null, false, false);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  /** Camunda's retry handling (retry cycles, retries, incident at 0), storing the sentence. */
  static final class ReadableJobRetryCmd extends DefaultJobRetryCmd {

    ReadableJobRetryCmd(String jobId, Throwable exception) {
      super(jobId, exception);
      if (exception != null) {
        LOG.warn("Job {} failed; stored for Cockpit as: {}", jobId, sentence(exception), exception);
      }
    }

    @Override
    protected void logException(JobEntity job) {
      if (exception != null) {
        String sentence = sentence(exception);
        job.setExceptionMessage(sentence);
        job.setExceptionStacktrace(sentence);
      }
    }
  }

  /** Camunda's history producer, writing the sentence into the job's failure log ({@link HistoricJobLog}). */
  static final class ReadableJobLogProducer extends CacheAwareHistoryEventProducer {

    @Override
    public HistoryEvent createHistoricJobLogFailedEvt(Job job, Throwable exception) {
      return super.createHistoricJobLogFailedEvt(job, exception == null ? null : new Readable(exception));
    }
  }
}
