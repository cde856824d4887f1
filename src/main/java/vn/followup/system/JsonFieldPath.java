package vn.followup.system;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * The JSON field a body could not be read at, in the words of the JSON itself
 * ({@code items[0].deadlines[1].type}), for an answer a person reads: Jackson's own description
 * ({@code getPathReference()}) names the Java classes behind each field
 * ({@code vn.followup.notice.NoticeDocument["items"]->java.util.ArrayList[0]->…}).
 */
public final class JsonFieldPath {

  private JsonFieldPath() {
  }

  /** The field of the first {@link JsonMappingException} among the causes; empty if none names one. */
  public static String of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
          if (reference.getFieldName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
          } else if (reference.getIndex() >= 0) {
            path.append('[').append(reference.getIndex()).append(']');
          }
        }
        return path.toString();
      }
    }
    return "";
  }
}
