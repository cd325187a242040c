package org.froissart.testkit;

import java.util.Random;

/** Texts for stage tests: small articles written for these tests, and random Unicode. */
public final class SampleTexts {
  /** A short crawled article in the style of the seeds, with boilerplate around it. */
  public static final String ARTICLE = """
      mardi, avril 4, 2023
      AccueilMondeMoyen-Orient: Le Caire et Amman...
      Égypte – Jordanie : les deux capitales promettent une coordination sur Gaza

      Le ministre égyptien des Affaires étrangères a reçu lundi son homologue jordanien au Caire. Les deux hommes ont \
      appelé à l’ouverture de couloirs humanitaires, selon l’agence MENA.

      « Nous ne laisserons pas la situation se dégrader », a déclaré le ministre jordanien Ayman Safadi.

      Service de presse du ministère
      Le 3 avril 2023

      Partager sur Facebook
      12,408FansLike
      """;

  /** A dispatch with glued sentences and typographic apostrophes. */
  public static final String GLUED = "Bagdad, 2 mars 2019 (AFP) - Le Premier ministre irakien a limogé mardi "
      + "le chef d’état-major.Selon un communiqué, M. Abdel Mahdi veut « rétablir l’ordre ».La décision a surpris "
      + "à Washington.\n";

  private static final int[][] RANGES = {
      {0x20, 0x7e}, {0xa0, 0xff}, {0x100, 0x17f}, {0x2000, 0x206f}, {0x600, 0x6ff}, {0x3040, 0x30ff},
      {0x1f300, 0x1f64f}, {0x300, 0x36f}, {0xe000, 0xe0ff}};

  private SampleTexts() {
  }

  /** Random text mixing Latin, Arabic, Japanese, emoji (surrogate pairs), combining marks, line breaks. */
  public static String random(Random random, int codePoints) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      int roll = random.nextInt(20);
      if (roll == 0) {
        out.append(random.nextBoolean() ? "\n" : "\r\n");
      } else if (roll == 1) {
        out.append(random.nextBoolean() ? ". " : "’");
      } else if (roll < 5) {
        out.append(' ');
      } else {
        int[] range = RANGES[random.nextInt(RANGES.length)];
        out.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
      }
    }
    return out.toString();
  }
}
