package org.broadsheet.analysis;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * CoreNLP's annotations of bodies kept on disk between runs of {@link AttributionBench} (a development aid: the
 * rules run on the same parse in a fraction of the time, which matters on a shared machine). Keyed by the
 * body and its date; the pipeline is built only when a body is not in the directory yet.
 */
final class AnnotationCache implements BiFunction<String, String, Annotation> {

    private final Path dir;
    private StanfordCoreNLP pipeline;

    AnnotationCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public synchronized Annotation apply(String text, String date) {
        Path file = dir.resolve(key(text + "\u0000" + date) + ".ser.gz");
        if (Files.exists(file)) {
            try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
                return (Annotation) in.readObject();
            } catch (IOException | ClassNotFoundException e) {
                // unreadable (another CoreNLP version): annotate again
            }
        }
        if (pipeline == null) {
            pipeline = Analyzer.pipeline();
        }
        Annotation doc = new Annotation(text);
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        pipeline.annotate(doc);
        try {
            Files.createDirectories(dir);
            try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
                out.writeObject(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return doc;
    }

    private static String key(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
