package org.froissart.app;

import java.util.ArrayList;
import java.util.List;
import org.froissart.actors.ActorLinker;
import org.froissart.actors.KnowledgeBase;
import org.froissart.clean.BoilerplateMarker;
import org.froissart.clean.LanguageIdentifier;
import org.froissart.clean.LayoutFinder;
import org.froissart.clean.NlpTextRepair;
import org.froissart.clean.OutletFinder;
import org.froissart.clean.OutletRegistry;
import org.froissart.clean.PublishedDateFinder;
import org.froissart.corenlp.CoreNlpFrench;
import org.froissart.pipeline.Pipeline;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Stage;
import org.froissart.time.AbsoluteDates;
import org.froissart.time.TimexFinder;

/** Froissart's stages in their order, from cleaning to linguistics. */
public final class StandardPipeline {
  private StandardPipeline() {
  }

  /**
   * @param linguistics run CoreNLP and the stages that need its sentences (off: cleaning, published date and outlet only, in milliseconds)
   * @param parse       run the dependency parser when linguistics are on
   */
  public static Pipeline create(ResourceLoader resources, boolean linguistics, boolean parse) {
    return new Pipeline(stages(resources, linguistics, parse));
  }

  /** The stages {@link #create} chains, for tools that wrap them (the benchmark times each one). */
  public static List<Stage> stages(ResourceLoader resources, boolean linguistics, boolean parse) {
    List<Stage> stages = new ArrayList<>(List.of(
        new BoilerplateMarker(resources),
        new LayoutFinder(),
        new PublishedDateFinder(new AbsoluteDates(resources)),
        new OutletFinder(new OutletRegistry(resources)),
        new LanguageIdentifier(),
        new NlpTextRepair()));
    if (linguistics) {
      stages.add(new CoreNlpFrench(parse));
      stages.add(new TimexFinder(resources));
      stages.add(new ActorLinker(KnowledgeBase.load(resources)));
    }
    return stages;
  }
}
