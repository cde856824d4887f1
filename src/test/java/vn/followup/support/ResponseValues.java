package vn.followup.support;

import java.util.HashMap;
import java.util.Map;
import vn.followup.item.ItemProcess.Vars;

/** The values of a valid "Cập nhật văn bản trả lời" form, as an agency would submit them. */
public final class ResponseValues {

  private ResponseValues() {
  }

  /** A response document of the given date reporting the given implementation state; a mutable map. */
  public static Map<String, Object> of(String state, String date) {
    Map<String, Object> values = new HashMap<>();
    values.put(Vars.RESPONSE_NUMBER, "45");
    values.put(Vars.RESPONSE_SYMBOL, "UBND-VP");
    values.put(Vars.RESPONSE_DATE, date);
    values.put(Vars.RESPONSE_SIGNER, "Hoàng Đăng Khoa");
    values.put(Vars.RESPONSE_SUMMARY, "V/v trả lời kiến nghị của Đảng ủy phường Xuân Tăng");
    values.put(Vars.RESPONSE_RESULT, "Đã chỉ đạo các phòng chuyên môn thực hiện.");
    values.put(Vars.IMPLEMENTATION_STATE, state);
    return values;
  }
}
