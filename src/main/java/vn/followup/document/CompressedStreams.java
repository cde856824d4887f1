package vn.followup.document;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The bound on what a PDF's structure expands to before PDFBox reads it. PDFBox decodes a file's
 * cross-reference streams and object streams into memory while loading it, without a limit of its
 * own, so a small file of Flate-compressed zeros (a "PDF bomb") would fill the heap. Here each such
 * stream is inflated into a fixed buffer and counted, never kept, and the file is refused when
 * their total goes beyond the bound; a structure stream with any other filter is refused too. The
 * streams PDFBox does not decode at load time (pages, images) are not counted.
 */
final class CompressedStreams {

  /** The keyword that opens a stream's data, not the one that ends it. */
  private static final Pattern STREAM = Pattern.compile("(?<!end)stream\\r?\\n");

  private CompressedStreams() {
  }

  static boolean withinBound(byte[] content, long maxExpandedBytes) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    Matcher stream = STREAM.matcher(text);
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    while (stream.find()) {
      int header = text.lastIndexOf("obj", stream.start());
      String dictionary = header < 0 ? "" : text.substring(header, stream.start());
      if (!dictionary.contains("/XRef") && !dictionary.contains("/ObjStm")) {
        continue;
      }
      if (!dictionary.contains("/Filter")) {
        continue;
      }
      if (!dictionary.contains("/FlateDecode") && !dictionary.contains("/Fl ") && !dictionary.contains("/Fl/")) {
        return false;
      }
      Inflater inflater = new Inflater();
      try {
        inflater.setInput(content, stream.end(), content.length - stream.end());
        while (!inflater.finished()) {
          int inflated = inflater.inflate(buffer);
          total += inflated;
          if (total > maxExpandedBytes) {
            return false;
          }
          if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
        }
      } catch (DataFormatException e) {
        // Not valid Flate data: PDFBox refuses or repairs it without expanding it.
      } finally {
        inflater.end();
      }
    }
    return true;
  }
}
