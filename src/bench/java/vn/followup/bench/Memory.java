package vn.followup.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this JVM from /proc/self/status (Linux), in MB; NaN elsewhere. */
final class Memory {

  private Memory() {
  }

  static double rssMb() {
    return statusMb("VmRSS:");
  }

  /** The highest resident memory the process has had. */
  static double peakRssMb() {
    return statusMb("VmHWM:");
  }

  static double heapUsedMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
  }

  static double maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0;
  }

  private static double statusMb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").trim()) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return Double.NaN;
  }
}
