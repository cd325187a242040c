package org.froissart.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link CrashTest}: {@code CrashingIngestion STORE INPUT.jsonl BATCH} ingests
 * the file and prints {@code added N} after every record, so that the parent can kill it midway.
 */
public final class CrashingIngestion {
  private CrashingIngestion() {
  }

  public static void main(String[] args) throws Exception {
    try (Store store = Store.open(Path.of(args[0]));
         Ingestion ingestion = store.ingestion(Integer.parseInt(args[2]));
         InputStream lines = Files.newInputStream(Path.of(args[1]))) {
      int[] added = {0};
      AnalysedRecords.read(lines, "input", (record, where) -> {
        ingestion.add(record, where);
        System.out.println("added " + ++added[0]);
      });
    }
    System.out.println("done");
  }
}
