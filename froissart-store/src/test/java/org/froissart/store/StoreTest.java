package org.froissart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.froissart.store.EventFilter.Side;
import org.froissart.store.Ingestion.Admission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store through its public API: ingest, idempotence, search, event queries, bad records. */
class StoreTest {
  @TempDir
  Path dir;

  static List<Admission> ingest(Store store, List<? extends JsonNode> records) {
    try (Ingestion ingestion = store.ingestion()) {
      return records.stream().map(r -> ingestion.add(r, "test")).toList();
    }
  }

  static Store filled(Path dir) {
    Store store = Store.open(dir);
    ingest(store, Article.dispatches());
    return store;
  }

  @Test
  void storesEveryLayerAndGivesTheRecordsBack() {
    List<ObjectNode> records = Article.dispatches();
    try (Store store = Store.open(dir)) {
      assertEquals(List.of(Admission.STORED, Admission.STORED, Admission.STORED, Admission.error("EMPTY")),
          ingest(store, records));
      assertEquals(new Store.Counts(3, 1, 15, 3, 1, 7, 3), store.counts());
      for (int doc = 1; doc <= 4; doc++) {
        assertEquals(records.get(doc - 1), store.document(doc).orElseThrow(), "document " + doc);
      }
      assertTrue(store.document(5).isEmpty());
    }
    try (Store reopened = Store.openExisting(dir)) {
      assertEquals(records.get(1), reopened.document(2).orElseThrow(), "durable after closing");
    }
  }

  @Test
  void ingestingTwiceStoresNothingTwice() {
    try (Store store = filled(dir)) {
      assertEquals(List.of(Admission.DUPLICATE, Admission.DUPLICATE, Admission.DUPLICATE, Admission.DUPLICATE),
          ingest(store, Article.dispatches()), "same ingestion store");
    }
    try (Store store = Store.open(dir)) {
      ObjectNode sameTextOtherId = Article.dispatches().get(0).put("id", "copie.txt");
      assertEquals(List.of(Admission.DUPLICATE, Admission.DUPLICATE), ingest(store,
          List.of(Article.dispatches().get(2), sameTextOtherId)), "after reopening, and by text not id");
      assertEquals(new Store.Counts(3, 1, 15, 3, 1, 7, 3), store.counts());
    }
  }

  @Test
  void aDuplicateWithinOneBatchIsSkipped() {
    try (Store store = Store.open(dir)) {
      ObjectNode first = Article.dispatches().get(0);
      assertEquals(List.of(Admission.STORED, Admission.DUPLICATE), ingest(store, List.of(first, first.deepCopy())));
      assertEquals(1, store.counts().documents());
    }
  }

  @Test
  void aBadRecordBecomesAnErrorRecordAndTheOthersGoOn() {
    ObjectNode shifted = Article.dispatches().get(0);
    ((ObjectNode) shifted.get("entities").get(2)).put("start", 3);
    ObjectNode noText = Article.dispatches().get(1);
    noText.remove("text");
    ObjectNode noId = Article.dispatches().get(2);
    noId.remove("id");
    try (Store store = Store.open(dir)) {
      List<Admission> admissions;
      try (Ingestion ingestion = store.ingestion()) {
        admissions = List.of(ingestion.add(shifted, "a.jsonl:1"), ingestion.add(noText, "a.jsonl:2"),
            ingestion.add(noId, "a.jsonl:3"), ingestion.add(Article.JSON.createArrayNode(), "a.jsonl:4"),
            ingestion.add(Article.dispatches().get(2), "a.jsonl:5"));
      }
      Admission invalid = Admission.error("INVALID_RECORD");
      assertEquals(List.of(invalid, invalid, invalid, invalid, Admission.STORED), admissions);
      assertEquals(1, store.counts().documents());
      assertEquals(4, store.counts().errors());
      JsonNode first = store.document(1).orElseThrow();
      assertEquals("teheran.txt", first.get("id").asText());
      assertEquals("INVALID_RECORD", first.get("error").get("code").asText());
      assertTrue(first.get("error").get("message").asText().contains("entities[2]."), first.toString());
      assertTrue(store.document(2).orElseThrow().get("error").get("message").asText().contains("text is missing"));
      assertEquals("a.jsonl:3", store.document(3).orElseThrow().get("id").asText(), "no id: where it came from");
      assertEquals("a.jsonl:4", store.document(4).orElseThrow().get("id").asText());
    }
  }

  @Test
  void searchFoldsAccentsAndHighlightsTheWordsInTheText() {
    try (Store store = filled(dir)) {
      for (String query : List.of("teheran", "Téhéran", "TEHERAN")) {
        SearchResults results = store.search(SearchQuery.of(query, 10));
        assertEquals(1, results.total(), query);
        SearchResults.Hit hit = results.hits().get(0);
        assertEquals("teheran.txt", hit.id());
        assertEquals("irna", hit.outlet());
        assertEquals("2020-03-03", hit.published());
        String text = store.document(hit.doc()).orElseThrow().get("text").asText();
        SearchResults.Highlight passage = hit.highlights().get(0);
        assertEquals(text.substring(passage.start(), passage.end()), passage.text());
        assertEquals(List.of("Téhéran"), passage.matches().stream().map(m -> text.substring(m.start(), m.end())).toList());
      }
      SearchResults phrase = store.search(SearchQuery.of("\"coopération exemplaire\"", 10));
      assertEquals(List.of("teheran.txt"), phrase.hits().stream().map(SearchResults.Hit::id).toList());
      String text = Article.dispatches().get(0).get("text").asText();
      List<String> matched = phrase.hits().get(0).highlights().stream().flatMap(h -> h.matches().stream())
          .map(m -> text.substring(m.start(), m.end())).toList();
      assertEquals(List.of("coopération exemplaire"), matched, "a phrase is one match");
      SearchResults.Hit elided = store.search(SearchQuery.of("irak", 10)).hits().stream()
          .filter(h -> h.id().equals("teheran.txt")).findFirst().orElseThrow();
      assertEquals(List.of("Irak"), elided.highlights().stream().flatMap(h -> h.matches().stream())
          .map(m -> text.substring(m.start(), m.end())).toList(), "the match leaves out the article of l'Irak");
      assertEquals(0, store.search(SearchQuery.of("Damas", 10)).total());
      assertEquals(0, store.search(SearchQuery.of("le la les", 10)).total(), "only stop words");
    }
  }

  @Test
  void facetsCountAllHitsAndFilterThem() {
    try (Store store = filled(dir)) {
      SearchResults iran = store.search(SearchQuery.of("iran", 10));
      assertEquals(3, iran.total());
      assertEquals(List.of(new SearchResults.FacetCount("afp", 2), new SearchResults.FacetCount("irna", 1)),
          iran.facets().outlets());
      assertEquals(List.of("2020", "2021", "2022"), iran.facets().years().stream().map(SearchResults.FacetCount::value)
          .sorted().toList());
      assertEquals(List.of(new SearchResults.FacetCount("fr", 3)), iran.facets().languages());

      SearchResults afp = store.search(new SearchQuery("iran", "afp", null, null, 0, 10));
      assertEquals(2, afp.total());
      assertTrue(afp.hits().stream().allMatch(h -> h.outlet().equals("afp")));
      assertEquals(1, store.search(new SearchQuery("iran", null, 2022, "fr", 0, 10)).total());
      assertEquals(3, store.search(SearchQuery.of("", 10)).total(), "a blank query browses everything");

      SearchResults second = store.search(new SearchQuery("iran", null, null, null, 1, 1));
      assertEquals(3, second.total());
      assertEquals(1, second.hits().size());
      SearchResults all = store.search(SearchQuery.of("iran", 3));
      assertEquals(all.hits().get(1).doc(), second.hits().get(0).doc(), "page 2 of size 1 is the second hit");
      assertTrue(store.search(new SearchQuery("iran", null, null, null, 5, 10)).hits().isEmpty());
    }
  }

  @Test
  void eventsAreFilteredAndPaged() {
    try (Store store = filled(dir)) {
      assertEquals(7, store.events(EventFilter.NONE, 0, 100).total());
      assertEquals(3, total(store, new EventFilter(null, "IRN", null, null, null, null, null, null, null, null)));
      assertEquals(3, total(store, new EventFilter(null, "IRN", Side.SOURCE, null, null, null, null, null, null, null)));
      assertEquals(0, total(store, new EventFilter(null, "IRN", Side.TARGET, null, null, null, null, null, null, null)));
      assertEquals(3, total(store, new EventFilter("FRA", null, null, null, null, null, null, null, null, null)));
      assertEquals(1, total(store, new EventFilter("FRA", null, Side.TARGET, null, null, null, null, null, null, null)));
      assertEquals(2, total(store, new EventFilter(null, null, null, "05", null, null, null, null, null, null)));
      assertEquals(1, total(store, new EventFilter(null, null, null, "10", null, null, null, null, null, null)));
      assertEquals(2, total(store, new EventFilter(null, null, null, null, "REJECT", null, null, null, null, null)));
      assertEquals(5, total(store, new EventFilter(null, null, null, null, null, LocalDate.of(2021, 1, 1), null, null,
          null, null)));
      assertEquals(3, total(store, new EventFilter(null, null, null, null, null, LocalDate.of(2021, 5, 6),
          LocalDate.of(2021, 5, 31), null, null, null)), "no event date: the publication date counts");
      assertEquals(5, total(store, new EventFilter(null, null, null, null, null, null, null, "afp", null, null)));
      assertEquals(1, total(store, new EventFilter(null, null, null, null, null, null, null, null, "future", null)));
      assertEquals(3, total(store, new EventFilter(null, null, null, null, null, null, null, null, null, 0.75)));
      assertEquals(1, total(store, new EventFilter(null, "FRA", Side.SOURCE, "12", null, null, null, "afp", "asserted",
          0.5)), "all conditions hold together");

      List<String> order = List.of("3:e1", "3:e2", "2:e2", "2:e3", "2:e1", "1:e1", "1:e2");
      for (int offset = 0; offset < 7; offset += 3) {
        EventPage page = store.events(EventFilter.NONE, offset, 3);
        assertEquals(7, page.total());
        assertEquals(order.subList(offset, Math.min(offset + 3, 7)),
            page.events().stream().map(e -> e.doc() + ":" + e.id()).toList(), "latest first, page at " + offset);
      }
      StoredEvent condemned = store.events(new EventFilter(null, null, null, "122", null, null, null, null, null, null),
          0, 1).events().get(0);
      assertEquals("https://exemple.fr/erbil", condemned.documentId());
      int at = Article.dispatches().get(1).get("text").asText().indexOf("a condamné");
      assertEquals(new StoredEvent.Trigger(at, at + 10, "a condamné"), condemned.trigger());
      assertEquals(new StoredEvent.Participant("m1", "France", "FRA", "FRAGOV"), condemned.source());
      assertEquals(null, condemned.target());
      assertEquals(LocalDate.of(2021, 5, 6), condemned.day());
      assertEquals(List.of("outlet:afp"), condemned.attribution());
      assertEquals(-4.0, condemned.goldstein());
      assertEquals(3, condemned.quadClass());
      StoredEvent monthly = store.events(new EventFilter(null, null, null, "057", null, null, null, null, null, null),
          0, 1).events().get(0);
      assertEquals(LocalDate.of(2022, 10, 1), monthly.day(), "a month's events fall on its first day");
    }
  }

  private static long total(Store store, EventFilter filter) {
    return store.events(filter, 0, 1).total();
  }

  @Test
  void timelineNetworkAndActorsCountEvents() {
    try (Store store = filled(dir)) {
      Timeline months = store.timeline(EventFilter.NONE, Timeline.Granularity.MONTH);
      assertEquals(List.of(new Timeline.Point("2020-03", "04", 1), new Timeline.Point("2020-03", "05", 1),
          new Timeline.Point("2021-05", "02", 1), new Timeline.Point("2021-05", "10", 1),
          new Timeline.Point("2021-05", "12", 1), new Timeline.Point("2022-10", "03", 1),
          new Timeline.Point("2022-10", "05", 1)), months.points());
      Timeline days = store.timeline(new EventFilter(null, null, null, null, null, null, null, "afp", null, null),
          Timeline.Granularity.DAY);
      assertEquals(Map.of("2021-05-06", 1L, "2021-05-12", 2L, "2022-10-01", 2L), days.points().stream()
          .collect(Collectors.groupingBy(Timeline.Point::period, Collectors.summingLong(Timeline.Point::events))));

      Network network = store.network(EventFilter.NONE, 100);
      assertEquals(5, network.edges().size(), "events with both sides");
      assertEquals(8, network.nodes().size());
      Map<String, Network.Node> nodes = network.nodes().stream()
          .collect(Collectors.toMap(Network.Node::id, n -> n));
      assertEquals(new Network.Node("IRQGOV", "homologue irakien", "IRQGOV", 1), nodes.get("IRQGOV"),
          "an unlinked side is its code");
      assertEquals(2, nodes.get("FRA").events());
      assertTrue(network.edges().contains(new Network.Edge("lebanon-government", "FRA", 1, 8.0)));
      Network top = store.network(EventFilter.NONE, 2);
      assertEquals(2, top.edges().size());
      assertTrue(top.nodes().size() <= 4);

      List<ActorCount> actors = store.actors(3);
      assertEquals(3, actors.size());
      ActorCount first = actors.get(0);
      assertEquals(new ActorCount("FRA", "France", "FRAGOV", 3, 2, 2, 1), first,
          "France (doc 2), France and Paris (doc 3); FRAGOV twice; ties on 3 mentions go by id");
      assertEquals(List.of("FRA", "IRN", "IRQ"), actors.stream().map(ActorCount::actor).toList());
    }
  }

  @Test
  void outletsAreComparedOnTheEventsOfAnActor() {
    try (Store store = filled(dir)) {
      EventFilter iran = new EventFilter("IRN", null, null, null, null, null, null, null, null, null);
      OutletComparison both = store.outlets(iran, 3, 40);
      assertEquals(List.of("afp", "irna"), both.outlets().stream().map(OutletComparison.Outlet::outlet).toList(),
          "one event each; ties go by outlet");
      OutletComparison.Outlet irna = both.outlets().get(1);
      assertEquals(1, irna.events());
      assertEquals(3.4, irna.goldstein());
      assertEquals(List.of(new OutletComparison.Count("05", 1)), irna.roots());
      assertEquals(List.of(new OutletComparison.Count("SUPPORT", 1)), irna.plover());
      assertEquals("ont salué", irna.examples().get(0).event().trigger().text());
      assertEquals("REJECT", both.outlets().get(0).plover().get(0).value(), "Paris's dispatch: Iran denies");

      OutletComparison france = store.outlets(new EventFilter("FRA", null, null, null, null, null, null, null, null, null),
          2, 30);
      assertEquals(1, france.outlets().size());
      OutletComparison.Outlet afp = france.outlets().get(0);
      assertEquals(3, afp.events());
      assertEquals(3.07, afp.goldstein(), "(-4 + 8 + 5.2) / 3");
      assertEquals(List.of("03", "05", "12"), afp.roots().stream().map(OutletComparison.Count::value).toList());
      assertEquals(List.of("a signé", "a condamné"), afp.examples().stream().map(e -> e.event().trigger().text()).toList(),
          "most confident first, two asked for");
      for (OutletComparison.Example example : afp.examples()) {
        String text = store.document(example.event().doc()).orElseThrow().get("text").asText();
        assertEquals(text.substring(example.contextStart(), example.contextStart() + example.context().length()),
            example.context());
        assertTrue(example.context().contains(example.event().trigger().text()));
        assertTrue(example.context().length() <= example.event().trigger().text().length() + 60, example.context());
      }
      assertEquals(List.of(), store.outlets(new EventFilter("nobody", null, null, null, null, null, null, null, null, null),
          2, 30).outlets());
    }
  }

  @Test
  void documentsArePagedLatestFirstWithTheirLayers() {
    try (Store store = filled(dir)) {
      DocumentPage first = store.documents(0, 2);
      assertEquals(4, first.total());
      assertEquals(new DocumentPage.Summary(4, "vide.txt", null, null, null, "EMPTY", 0, 0, 0, 0),
          first.documents().get(0));
      assertEquals(new DocumentPage.Summary(3, "beyrouth.txt", "Électricité : Beyrouth et Paris signent un accord", "afp",
          "2022-10", null, 4, 0, 0, 2), first.documents().get(1));
      DocumentPage last = store.documents(3, 10);
      assertEquals(List.of("teheran.txt"), last.documents().stream().map(DocumentPage.Summary::id).toList());
      assertEquals(new DocumentPage.Summary(1, "teheran.txt", "L'Iran et l'Irak saluent leur coopération", "irna",
          "2020-03-03", null, 6, 2, 1, 2), last.documents().get(0));
      assertThrows(IllegalArgumentException.class, () -> store.documents(0, 0));
    }
  }

  @Test
  void aTextLeadsToTheDocumentThatHoldsIt() {
    try (Store store = filled(dir)) {
      String text = Article.dispatches().get(1).get("text").asText();
      assertEquals(2, store.documentWithText(text).orElseThrow());
      assertTrue(store.documentWithText(text + " ").isEmpty());
    }
  }

  @Test
  void anActorIsNamedByItsNameNotItsPronouns() {
    String text = "Khamenei a reçu Maliki. Il a salué son action, puis il a remercié le Premier ministre.";
    ObjectNode record = new Article("pronoms.txt", text).published("2014-01-20")
        .mention("m1", "Khamenei", "PER", "ali-khamenei", "IRNGOV")
        .mention("m2", "Maliki", "PER", "nouri-al-maliki", "IRQGOV")
        .mention("m3", "Il", "PER", "ali-khamenei", "IRNGOV")
        .mention("m4", "il", "PER", "ali-khamenei", "IRNGOV")
        .event("e1", "042", "CONSULT", 1.9, 1, "a reçu", "m1", "m2", null, "asserted", 0.8)
        .event("e2", "051", "SUPPORT", 3.4, 1, "a salué", "m3", "m2", null, "asserted", 0.7)
        .event("e3", "051", "SUPPORT", 3.4, 1, "a remercié", "m4", "m2", null, "asserted", 0.7)
        .json();
    try (Store store = Store.open(dir)) {
      ingest(store, List.of(record));
      assertEquals(new ActorCount("ali-khamenei", "Khamenei", "IRNGOV", 3, 1, 3, 0), store.actors(1).get(0));
      Network network = store.network(EventFilter.NONE, 10);
      assertEquals(List.of(new Network.Edge("ali-khamenei", "nouri-al-maliki", 3, 2.9)), network.edges());
      assertEquals("Khamenei", network.nodes().get(0).label(), "a name before pronouns, though il is more frequent");
    }
  }

  @Test
  void aStoreIsOwnedByOneOpenerAndMustExistToBeRead() throws IOException {
    StoreException missing = assertThrows(StoreException.class, () -> Store.openExisting(dir.resolve("nothing")));
    assertTrue(missing.getMessage().contains("no store"), missing.getMessage());
    assertFalse(Files.exists(dir.resolve("nothing")), "looking does not create");
    try (Store store = Store.open(dir)) {
      StoreException locked = assertThrows(StoreException.class, () -> Store.open(dir));
      assertTrue(locked.getMessage().contains("already open"), locked.getMessage());
      try (Ingestion ingestion = store.ingestion()) {
        assertThrows(IllegalStateException.class, store::ingestion);
        ingestion.add(Article.dispatches().get(0), "test");
      }
      try (Ingestion again = store.ingestion()) {
        assertEquals(Admission.DUPLICATE, again.add(Article.dispatches().get(0), "test"));
      }
    }
    try (Store reopened = Store.openExisting(dir)) {
      assertEquals(1, reopened.counts().documents(), "the lock went with the close");
    }
  }

  @Test
  void anotherProcessIsToldTheStoreIsInUse() throws Exception {
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), HoldingStore.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
      assertEquals("open", out.readLine());
      StoreException inUse = assertThrows(StoreException.class, () -> Store.open(dir));
      assertTrue(inUse.getMessage().contains("in use by another process"), inUse.getMessage());
      holder.getOutputStream().close();
      assertEquals(0, holder.waitFor());
      try (Store store = Store.open(dir)) {
        assertEquals(0, store.counts().documents(), "free once the other process is done");
      }
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void openingBringsTheIndexInLineWithTheDatabase() throws IOException {
    try (Store store = filled(dir)) {
      assertEquals(3, store.counts().indexed());
    }
    // An entry DuckDB does not know (an index committed ahead of a lost batch)…
    try (TextIndex index = new TextIndex(dir.resolve("text-index"))) {
      index.add(new TextIndex.Entry(99, "fantome.txt", "Fantôme", "Un texte fantôme à Téhéran.", "afp", "2020-01-01",
          "fr"));
      index.commit();
    }
    try (Store store = Store.open(dir)) {
      assertEquals(3, store.counts().indexed());
      assertEquals(1, store.search(SearchQuery.of("teheran", 10)).total(), "the unknown entry is gone");
    }
    // …and an index that lost everything.
    try (var files = Files.walk(dir.resolve("text-index"))) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    try (Store store = Store.open(dir)) {
      assertEquals(3, store.counts().indexed());
      assertEquals(3, store.search(SearchQuery.of("iran", 10)).total());
    }
  }

  @Test
  void firstDayReadsTheDatesOfTheSpec() {
    assertEquals(LocalDate.of(2013, 12, 5), RecordRows.firstDay("2013-12-05"));
    assertEquals(LocalDate.of(2014, 1, 1), RecordRows.firstDay("2014-01"));
    assertEquals(LocalDate.of(2014, 1, 1), RecordRows.firstDay("2014"));
    assertEquals(LocalDate.of(2019, 9, 12), RecordRows.firstDay("2019-09-12T14:32"));
    assertEquals(null, RecordRows.firstDay("2020-W02"));
    assertEquals(null, RecordRows.firstDay("XXXX-12-05"));
    assertEquals(null, RecordRows.firstDay("PRESENT_REF"));
    assertEquals(null, RecordRows.firstDay("2014-13"));
  }
}
