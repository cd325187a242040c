package org.froissart.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.froissart.document.Failure;

/**
 * Turns raw bytes into text, or says clearly why not: empty, binary, not in the expected encoding.
 * It never guesses an encoding silently: a Latin-1 file read as UTF-8 is an error that names the
 * option to read it. Immutable and thread-safe.
 */
public final class TextDecoder {
  private final Charset charset;

  /** @param charset the encoding of the inputs (UTF-8 unless the user says otherwise) */
  public TextDecoder(Charset charset) {
    this.charset = charset;
  }

  /** Either the decoded text or a failure; a leading UTF-8 byte-order mark is dropped. */
  public DecodeResult decode(String id, byte[] bytes) {
    if (bytes.length == 0) {
      return DecodeResult.failed(new Failure(id, "EMPTY", "the input is empty (0 bytes)"));
    }
    int controls = 0;
    int sample = Math.min(bytes.length, 8192);
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return DecodeResult.failed(new Failure(id, "NOT_TEXT", "binary data (a NUL byte at offset " + i + "), not text"));
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > sample / 100 + 2) {
      return DecodeResult.failed(new Failure(id, "NOT_TEXT", "binary data (" + controls + " control bytes in the first "
          + sample + "), not text"));
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      int offset = firstBadUtf8Byte(bytes);
      String hint = charset.equals(StandardCharsets.UTF_8)
          ? " (byte 0x" + Integer.toHexString(bytes[Math.max(offset, 0)] & 0xff) + " at offset " + offset
              + "); it looks like Latin-1 or Windows-1252: convert it to UTF-8, or read it with --encoding windows-1252"
          : "";
      return DecodeResult.failed(new Failure(id, "BAD_ENCODING", "not valid " + charset.name() + hint));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return DecodeResult.failed(new Failure(id, "EMPTY", "the input holds only white space"));
    }
    return DecodeResult.decoded(text);
  }

  private static int firstBadUtf8Byte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    return decoder.decode(in, out, true).isError() ? in.position() : -1;
  }

  /** The text, or the failure when there is none. */
  public record DecodeResult(String text, Failure failure) {
    static DecodeResult decoded(String text) {
      return new DecodeResult(text, null);
    }

    static DecodeResult failed(Failure failure) {
      return new DecodeResult(null, failure);
    }
  }
}
