package vn.followup.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Percentiles of measured durations or latenesses (nearest-rank). */
final class Stats {

  private final List<Double> sorted;

  private Stats(List<Double> values) {
    this.sorted = new ArrayList<>(values);
    Collections.sort(sorted);
  }

  static Stats of(Collection<? extends Number> values) {
    List<Double> doubles = new ArrayList<>(values.size());
    values.forEach(value -> doubles.add(value.doubleValue()));
    return new Stats(doubles);
  }

  int count() {
    return sorted.size();
  }

  double percentile(double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  double p50() {
    return percentile(50);
  }

  double p95() {
    return percentile(95);
  }

  double max() {
    return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
  }
}
