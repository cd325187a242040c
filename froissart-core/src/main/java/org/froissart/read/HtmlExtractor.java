package org.froissart.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and the page's metadata from HTML with jsoup: the article element when
 * there is one, without navigation, asides, footers, scripts, forms and cookie or share widgets.
 * Blocks (headings, paragraphs, list items, quotes) become paragraphs separated by a blank line.
 * Stateless and thread-safe.
 */
public final class HtmlExtractor {
  private static final String DROPPED = "script, style, noscript, template, nav, aside, footer, header:not(article header),"
      + " form, iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true],"
      + " [class~=(?i)cookie|consent|share|social|related|newsletter|breadcrumb|comment|advert|promo|menu],"
      + " [id~=(?i)cookie|consent|share|social|related|newsletter|breadcrumb|comment|advert|menu]";
  private static final String MAIN = "article, [itemprop=articleBody], main, [role=main]";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td, dd, dt";

  /** The extracted page: text and whatever metadata the page declares (each may be null). */
  public record Page(String text, String title, String published, String siteName, String url) {
  }

  public Page extract(String html, String baseUrl) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    String title = firstNonBlank(meta(page, "og:title"), attr(page, "h1", null), page.title());
    String published = firstNonBlank(meta(page, "article:published_time"), meta(page, "og:published_time"),
        meta(page, "datePublished"), meta(page, "date"), meta(page, "dc.date"), meta(page, "pubdate"),
        attr(page, "time[datetime]", "datetime"));
    String siteName = firstNonBlank(meta(page, "og:site_name"), meta(page, "application-name"));
    String url = firstNonBlank(meta(page, "og:url"), attr(page, "link[rel=canonical]", "href"), baseUrl);

    page.select(DROPPED).remove();
    Element root = page.selectFirst(MAIN);
    if (root == null) {
      root = page.body();
    }
    List<String> blocks = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      // A block holding other blocks (a list item with a paragraph) gives only its own words: the inner ones come next.
      boolean holdsBlocks = block.select(BLOCKS).size() > 1;
      String text = (holdsBlocks ? block.ownText() : block.text()).strip();
      if (!text.isEmpty()) {
        blocks.add(text);
      }
    }
    String text = blocks.isEmpty() ? root.text().strip() : String.join("\n\n", blocks);
    return new Page(text, title, published, siteName, url);
  }

  private static String meta(org.jsoup.nodes.Document page, String name) {
    return attr(page, "meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]", "content");
  }

  /** An attribute of the first element matching, or its text when {@code attribute} is null; null when none matches. */
  private static String attr(org.jsoup.nodes.Document page, String selector, String attribute) {
    Element e = page.selectFirst(selector);
    return e == null ? null : attribute == null ? e.text() : e.attr(attribute);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
