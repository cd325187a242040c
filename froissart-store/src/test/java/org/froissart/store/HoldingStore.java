package org.froissart.store;

import java.nio.file.Path;

/**
 * A child process for {@link StoreTest}: {@code HoldingStore STORE} opens the store, prints
 * {@code open}, and holds it until its standard input ends.
 */
public final class HoldingStore {
  private HoldingStore() {
  }

  public static void main(String[] args) throws Exception {
    try (Store store = Store.open(Path.of(args[0]))) {
      System.out.println("open");
      System.out.flush();
      System.in.readAllBytes();
    }
  }
}
