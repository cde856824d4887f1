package vn.followup.report;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What the history of one item's process instance says at a cut-off instant: nothing recorded
 * after it is included, so the same cut-off always gives the same facts.
 *
 * @param ended            when the instance ended, if it had ended by the cut-off
 * @param cancelled        the instance was cancelled (deleted) rather than closed
 * @param activeActivities ids of the activities running at the cut-off
 * @param variables        the last value of each process variable set before the cut-off
 */
record ItemHistory(String processInstanceId, String businessKey, Instant started, Instant ended,
    boolean cancelled, Set<String> activeActivities, Map<String, Object> variables) {

  Object variable(String name) {
    return variables.get(name);
  }
}
