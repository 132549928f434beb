package dev.contentlint.prose;

import java.lang.reflect.Field;
import java.util.HashMap;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import org.languagetool.chunking.EnglishChunker;

/**
 * Makes LanguageTool's English chunker decode greedily. {@link EnglishChunker} keeps its
 * OpenNLP models in static fields and decodes them with the beam sizes their files name (3 for
 * the POS tagger, 10 for the chunker); this swaps in the same models with a beam of 1. It
 * reaches into LanguageTool's private fields, so it checks the field types and, when they are
 * not what LanguageTool 6.7 has, leaves the stock chunker alone: slower, never wrong.
 */
final class GreedyChunking {
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
                        new HashMap<>(), stockChunker.getFactory()));
                tagger.set(null, new POSModel(stockTagger.getLanguage(), stockTagger.getPosModel(), 1,
                        new HashMap<>(), stockTagger.getFactory()));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // LanguageTool changed inside: keep its own decoding.
        }
    }

    /** Whether the chunker now decodes greedily; for tests. */
    static boolean active() {
        try {
            Field chunker = EnglishChunker.class.getDeclaredField("chunkerModel");
            chunker.setAccessible(true);
            return chunker.get(null) instanceof ChunkerModel model
                    && "1".equals(model.getManifestProperty("BeamSize"));
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
