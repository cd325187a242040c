package org.froissart.clean;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Layer;
import org.froissart.document.PublishedDate;
import org.froissart.document.Region;
import org.froissart.pipeline.Stage;
import org.froissart.read.IsoDate;
import org.froissart.time.AbsoluteDates;

/**
 * Finds when the document was published. In order of trust: the user's date, the input's metadata,
 * a header stating the date ("date 2020-03"), the signature ("Le 20 janvier 2014"), a "Publié le"
 * line or an agency dateline at the top ("Beyrouth, 4 avril 2018 (AFP)"), the URL. A crawl date in
 * the page header is boilerplate and never used. Dates in the text are read by the time stage's
 * calendar rules ({@link AbsoluteDates}). Immutable and thread-safe.
 */
public final class PublishedDateFinder implements Stage {
  private static final Pattern PUBLISHED_LINE = Pattern.compile(
      "(?iu)^(publié|publie|mis en ligne|posté|poste|published|date de publication)\\b.{0,80}$");
  private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})[/-](\\d{2})(?:[/-](\\d{2}))?(?:/|-|$)");

  private final AbsoluteDates dates;

  public PublishedDateFinder(AbsoluteDates dates) {
    this.dates = dates;
  }

  @Override
  public String name() {
    return "published";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.BOILERPLATE, Layer.ARTICLE_LINES, Layer.SIGNATURE);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.PUBLISHED);
  }

  @Override
  public Map<String, String> resources() {
    return Map.of("time-words", dates.checksum());
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    return document.with(Layer.PUBLISHED, find(document));
  }

  private PublishedDate find(AnalyzedDocument document) {
    String text = document.text();
    Document.Metadata metadata = document.document().metadata();
    if (metadata.published() != null) {
      return PublishedDate.outsideText(metadata.published(), metadata.publishedFromUser() ? "cli" : "metadata");
    }
    for (Region region : document.get(Layer.BOILERPLATE)) {
      if (region.reason().equals("date-header")) {
        PublishedDate d = inText(text, region.start(), region.end(), "header");
        if (d != null) {
          return d;
        }
      }
    }
    List<Region> signature = document.get(Layer.SIGNATURE);
    for (int i = signature.size() - 1; i >= 0; i--) {
      PublishedDate d = inText(text, signature.get(i).start(), signature.get(i).end(), "signature");
      if (d != null) {
        return d;
      }
    }
    List<Region> lines = document.get(Layer.ARTICLE_LINES);
    for (Region line : lines.subList(0, Math.min(Dateline.TOP_LINES, lines.size()))) {
      if (PUBLISHED_LINE.matcher(text.substring(line.start(), line.end())).matches()) {
        PublishedDate d = inText(text, line.start(), line.end(), "text");
        if (d != null) {
          return d;
        }
      }
    }
    Dateline dateline = Dateline.find(text, lines);
    PublishedDate d = dateline == null ? null : inText(text, dateline.start(), dateline.end(), "text");
    if (d != null) {
      return d;
    }
    if (metadata.url() != null) {
      Matcher m = URL_DATE.matcher(metadata.url());
      if (m.find()) {
        String value = m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
        if (IsoDate.isValid(value)) {
          return PublishedDate.outsideText(value, "url");
        }
      }
    }
    return PublishedDate.UNKNOWN;
  }

  private PublishedDate inText(String text, int from, int to, String method) {
    AbsoluteDates.Found found = dates.first(text, from, to);
    return found == null ? null : new PublishedDate(found.value(), found.start(), found.end(), method);
  }
}
