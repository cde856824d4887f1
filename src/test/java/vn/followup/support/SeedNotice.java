package vn.followup.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The seed notice's text as a clerk would paste it (a copy of the source kept with the tests). */
public final class SeedNotice {

  private SeedNotice() {
  }

  public static String text() {
    try (InputStream in = Objects.requireNonNull(SeedNotice.class.getClassLoader()
        .getResourceAsStream("seed/thong-bao-ket-luan-xuan-tang-2021.txt"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
