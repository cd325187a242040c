package org.froissart.document;

/**
 * A typed key for one layer of analysis in an {@link AnalyzedDocument}. Stages declare the layers
 * they require and provide; identity is the name.
 */
public record Layer<T>(String name) {
  public static final Layer<java.util.List<Region>> BOILERPLATE = new Layer<>("boilerplate");
  /** The article's non-blank lines outside boilerplate, white space trimmed. */
  public static final Layer<java.util.List<Region>> ARTICLE_LINES = new Layer<>("article_lines");
  public static final Layer<String> TITLE = new Layer<>("title");
  /** The last lines of the article that name who signs it and when (may be empty). */
  public static final Layer<java.util.List<Region>> SIGNATURE = new Layer<>("signature");
  public static final Layer<PublishedDate> PUBLISHED = new Layer<>("published");
  /** Null value allowed: no outlet found. */
  public static final Layer<OutletAttribution> OUTLET = new Layer<>("outlet");
  public static final Layer<String> LANGUAGE = new Layer<>("language");
  public static final Layer<NlpText> NLP_TEXT = new Layer<>("nlp_text");
  public static final Layer<java.util.List<Sentence>> SENTENCES = new Layer<>("sentences");
  public static final Layer<java.util.List<EntityMention>> ENTITIES = new Layer<>("entities");
  public static final Layer<java.util.List<Timex>> TIMEX = new Layer<>("timex");
  public static final Layer<java.util.List<Quote>> QUOTES = new Layer<>("quotes");
  /** Stretches of text whose only named warrant is an unnamed source ("selon des sources concordantes"). */
  public static final Layer<java.util.List<Region>> UNNAMED_SOURCES = new Layer<>("unnamed_sources");
  public static final Layer<java.util.List<Event>> EVENTS = new Layer<>("events");

  @Override
  public String toString() {
    return name;
  }
}
