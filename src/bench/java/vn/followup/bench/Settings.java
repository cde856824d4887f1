package vn.followup.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sizes of the benchmark, each a system property {@code bench.<name>} (pass them with
 * {@code -Dbench.jvmArgs="-Dbench.openTasks=50000"}). The defaults finish within 5 minutes on
 * 2 cores.
 */
record Settings(int workers, int itemsPerNotice, int noticesPerBlock, int bareInstancesPerBlock, int openTasks,
    int scaleOpenTasks, int asyncJobs, int timers, int samples) {

  static Settings fromSystemProperties() {
    return new Settings(
        integer("workers", 4),
        integer("itemsPerNotice", 10),
        integer("noticesPerBlock", 6),
        integer("bareInstancesPerBlock", 240),
        integer("openTasks", 20_000),
        integer("scaleOpenTasks", 100_000),
        integer("asyncJobs", 5_000),
        integer("timers", 2_000),
        integer("samples", 20));
  }

  private static int integer(String name, int fallback) {
    return Integer.parseInt(System.getProperty("bench." + name, Integer.toString(fallback)));
  }

  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("workers", workers);
    map.put("itemsPerNotice", itemsPerNotice);
    map.put("noticesPerBlock", noticesPerBlock);
    map.put("bareInstancesPerBlock", bareInstancesPerBlock);
    map.put("openTasks", openTasks);
    map.put("scaleOpenTasks", scaleOpenTasks);
    map.put("asyncJobs", asyncJobs);
    map.put("timers", timers);
    map.put("samples", samples);
    return map;
  }
}
