package dev.contentlint.prose;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.model.BaseModel;
import org.languagetool.chunking.EnglishChunker;

/**
 * Makes LanguageTool's English chunker decode greedily. {@link EnglishChunker} keeps its
 * OpenNLP models in static fields and decodes them with the beam sizes their files name (3 for
 * the POS tagger, 10 for the chunker); this swaps in the same models with a beam of 1. It
 * reaches into LanguageTool's private fields, so it checks the field types and, when they are
 * not what LanguageTool 6.7 has, leaves the stock chunker alone: slower, never wrong.
 */
final class GreedyChunking {
    /** The manifest key under which a model names the OpenNLP version that made it. */
    private static final String OPENNLP_VERSION = "OpenNLP-Version";

    private static volatile boolean installed;

    private GreedyChunking() {}

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            new EnglishChunker(); // loads the models into the static fields
            Field chunker = EnglishChunker.class.getDeclaredField("chunkerModel");
            Field tagger = EnglishChunker.class.getDeclaredField("posModel");
            chunker.setAccessible(true);
            tagger.setAccessible(true);
            if (chunker.get(null) instanceof ChunkerModel stockChunker && tagger.get(null) instanceof POSModel stockTagger) {
                chunker.set(null, new ChunkerModel(stockChunker.getLanguage(), stockChunker.getChunkerModel(), 1,
                        madeBy(stockChunker), stockChunker.getFactory()));
                tagger.set(null, new POSModel(stockTagger.getLanguage(), stockTagger.getPosModel(), 1,
                        madeBy(stockTagger), stockTagger.getFactory()));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // LanguageTool changed inside: keep its own decoding.
        }
    }

    /**
     * The copy's manifest entries: the OpenNLP version of the stock model. A copy would otherwise
     * name the running version, and the POS tagger chooses its features by that version: for a
     * 1.5 model the features it was trained with, for a newer one a feature description in XML,
     * parsed again for every sentence, that tags some sentences differently.
     */
    private static Map<String, String> madeBy(BaseModel stock) {
        return new HashMap<>(Map.of(OPENNLP_VERSION, stock.getManifestProperty(OPENNLP_VERSION)));
    }

    /** Whether the chunker now decodes greedily; for tests. */
    static boolean active() {
        return modelIn("chunkerModel") instanceof ChunkerModel model && "1".equals(model.getManifestProperty("BeamSize"));
    }

    /** The model in one of {@link EnglishChunker}'s static fields now, or null; for tests. */
    static Object modelIn(String field) {
        try {
            Field model = EnglishChunker.class.getDeclaredField(field);
            model.setAccessible(true);
            return model.get(null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
