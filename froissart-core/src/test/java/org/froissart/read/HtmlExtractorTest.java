package org.froissart.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  @Test
  void keepsTheArticleAndDropsThePageAroundIt() {
    String html = """
        <html><head><title>Titre | Site</title>
        <meta property="og:site_name" content="Le Journal"><meta name="date" content="2021-06-07">
        <link rel="canonical" href="https://journal.example/2021/06/07/article"></head>
        <body><nav><a>Accueil</a><a>Monde</a></nav>
        <div class="cookie-banner">Nous utilisons des cookies. Accepter</div>
        <article><h1>Le Parlement vote la loi</h1><p>Les députés ont adopté <b>mardi</b> le texte.</p>
        <div class="share-buttons">Partager</div><p>L’opposition a voté contre.</p></article>
        <aside>Lire aussi</aside><footer>© Le Journal</footer><script>var x = 1;</script></body></html>""";
    HtmlExtractor.Page page = new HtmlExtractor().extract(html, null);
    assertEquals("Le Parlement vote la loi\n\nLes députés ont adopté mardi le texte.\n\nL’opposition a voté contre.",
        page.text());
    assertEquals("Le Parlement vote la loi", page.title());
    assertEquals("2021-06-07", page.published());
    assertEquals("Le Journal", page.siteName());
    assertEquals("https://journal.example/2021/06/07/article", page.url());
    assertFalse(page.text().contains("cookies"));
  }

  @Test
  void fallsBackToTheBodyWithoutAnArticleElement() {
    HtmlExtractor.Page page = new HtmlExtractor().extract("<body><div>Un texte sans balise de bloc.</div></body>", null);
    assertEquals("Un texte sans balise de bloc.", page.text());
  }
}
