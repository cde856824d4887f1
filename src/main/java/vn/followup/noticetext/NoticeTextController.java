package vn.followup.noticetext;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.export.ApiRequestException;

/**
 * {@code POST /api/notices/parse}: the plain text of a notice in (UTF-8), the proposed notice
 * document out, with the words each field came from and what needs the clerk's attention. Nothing
 * is registered; the clerk sends the corrected document to {@code POST /api/notices}.
 */
@RestController
class NoticeTextController {

  private final NoticeTextParser parser;

  NoticeTextController(NoticeTextParser parser) {
    this.parser = parser;
  }

  @PostMapping(path = "/api/notices/parse", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  NoticeProposal parse(@RequestBody(required = false) byte[] body) {
    if (body != null && body.length > NoticeTextParser.MAX_CHARACTERS * 4) {
      throw new ApiRequestException(HttpStatus.BAD_REQUEST, "Văn bản quá lớn (" + body.length / 1024
          + " KB): một thông báo chỉ vài trang; không có gì được đề xuất.");
    }
    try {
      return parser.parse(body == null ? "" : utf8(body));
    } catch (NoticeTextException e) {
      throw new ApiRequestException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new NoticeTextException("Nội dung không phải văn bản UTF-8 (có thể là tệp nhị phân hoặc bảng mã khác); "
          + "hãy dán chữ của thông báo.");
    }
  }
}
