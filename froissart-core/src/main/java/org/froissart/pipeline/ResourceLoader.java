package org.froissart.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads Froissart's data files (outlet registry, boilerplate patterns, lexicons…): from an override
 * directory when it holds a file of that name, else from the classpath under {@code /org/froissart/}.
 * Every loaded file comes with its SHA-256 for provenance. Immutable and thread-safe.
 */
public final class ResourceLoader {
  private final Path overrideDirectory;

  /** @param overrideDirectory a directory whose files replace the bundled ones, or null */
  public ResourceLoader(Path overrideDirectory) {
    if (overrideDirectory != null && !Files.isDirectory(overrideDirectory)) {
      throw new IllegalArgumentException("resource directory does not exist: " + overrideDirectory);
    }
    this.overrideDirectory = overrideDirectory;
  }

  public static ResourceLoader bundled() {
    return new ResourceLoader(null);
  }

  /** A loaded text resource: its data lines (comments and blank lines dropped) and checksum. */
  public record TextResource(String name, List<String> lines, String checksum) {
  }

  /** Reads a UTF-8 resource such as {@code clean/outlets.tsv}; lines starting with '#' are comments. */
  public TextResource lines(String name) {
    byte[] bytes = bytes(name);
    List<String> lines = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line);
      }
    }
    return new TextResource(name, List.copyOf(lines), checksum(bytes));
  }

  public byte[] bytes(String name) {
    try {
      if (overrideDirectory != null) {
        Path file = overrideDirectory.resolve(name);
        if (Files.isRegularFile(file)) {
          return Files.readAllBytes(file);
        }
      }
      try (InputStream in = ResourceLoader.class.getResourceAsStream("/org/froissart/" + name)) {
        if (in == null) {
          throw new IllegalArgumentException("no such resource: " + name);
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  public static String checksum(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
