package vn.followup.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How a cell reads as text: Vietnamese dates (dd/MM/yyyy), "Có"/"Không", plain numbers. */
public final class Cells {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  private Cells() {
  }

  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof LocalDateTime time) {
      return DATE_TIME.format(time);
    }
    if (value instanceof Boolean flag) {
      return flag ? "Có" : "Không";
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return value.toString();
  }
}
