package vn.followup.item.coordination;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When the lead may answer without coordinating agencies' input, and which input is missing or
 * late. Coordination never blocks the lead past its deadline: before it, the lead waits for every
 * input; from it on, the lead answers with what it has, and a late input is still recorded as late.
 */
public final class CoordinationRules {

  private CoordinationRules() {
  }

  /** Coordinating agencies (ids, in the notice's order) that have not given their input. */
  static List<String> missing(Collection<String> coordinators, List<Map<String, Object>> inputs) {
    Set<String> given = inputs.stream().map(input -> String.valueOf(input.get("agency"))).collect(Collectors.toSet());
    return coordinators.stream().filter(agency -> !given.contains(agency)).toList();
  }

  /** The lead may send its response: no input is missing, or the coordination deadline has passed. */
  public static boolean leadMayAnswer(List<String> missing, Date coordinationDue, Instant now) {
    return missing.isEmpty() || coordinationDue == null || !now.isBefore(coordinationDue.toInstant());
  }

  /** An input given at this instant is late. */
  static boolean late(Date coordinationDue, Instant at) {
    return coordinationDue != null && at.isAfter(coordinationDue.toInstant());
  }
}
