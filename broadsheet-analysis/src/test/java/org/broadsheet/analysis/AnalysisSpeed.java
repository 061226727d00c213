package org.broadsheet.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.broadsheet.article.Article;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Speed of the knowledge layer, for BENCHMARKS.md (a program, not a test: timings do not belong in unit
 * tests). Analyses the seed article's body on one thread and prints the model load time, the CPU time per
 * article and tokens per CPU second, the heap in use after a full collection and the peak heap of the run (the
 * sum of the heap pools' peaks, model load included). With {@code --set} it then analyses every article of the
 * attribution set (53 bodies of many lengths) once more and prints their mean CPU time. Run from the
 * repository root:
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -pl broadsheet-analysis -am -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx3g -cp "$(cat /tmp/cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
 *     org.broadsheet.analysis.AnalysisSpeed [warm-up runs, default 20] [measured runs, default 30] [--set]
 * </pre>
 */
public final class AnalysisSpeed {

    private AnalysisSpeed() {
    }

    /**
     * Runs the measurement.
     *
     * @param args warm-up runs and measured runs (optional)
     */
    public static void main(String[] args) {
        List<String> numbers = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        int warmUp = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 20;
        int runs = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 30;
        boolean set = List.of(args).contains("--set");
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<String> paragraphs = Articles.lines("/seed-body.txt");
        Article article = Articles.of(paragraphs, "2024-10-02", "en", List.of(), null);

        long wall = System.nanoTime();
        long cpu = bean.getCurrentThreadCpuTime();
        Analyzer analyzer = new Analyzer();
        System.out.printf(Locale.ROOT, "model load: %.1f CPU s on this thread, %.1f s wall%n",
                (bean.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);

        int tokens = tokens(article.text());
        for (int i = 0; i < warmUp; i++) {
            analyzer.analyze(article, null);
        }
        cpu = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            analyzer.analyze(article, null);
        }
        double perArticle = (bean.getCurrentThreadCpuTime() - cpu) / 1e9 / runs;
        System.out.printf(Locale.ROOT, "seed body: %d tokens, %.3f CPU s per article, %.0f tokens/s per core%n",
                tokens, perArticle, tokens / perArticle);

        if (set) {
            List<Article> articles = AttributionBench.articles().stream().map(AttributionBench::article).toList();
            long setTokens = 0;
            cpu = bean.getCurrentThreadCpuTime();
            for (Article a : articles) {
                analyzer.analyze(a, null);
            }
            double perSetArticle = (bean.getCurrentThreadCpuTime() - cpu) / 1e9 / articles.size();
            for (Article a : articles) {
                setTokens += tokens(a.text());
            }
            System.out.printf(Locale.ROOT, "attribution set: %d articles, %d tokens in all, %.3f CPU s per article%n",
                    articles.size(), setTokens, perSetArticle);
        }

        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use after GC: %d MB (max %d MB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "peak heap during the run: %d MB (sum of the heap pools' peaks)%n", peak >> 20);
        if (analyzer.analyze(article, null).quotes().isEmpty()) {
            throw new IllegalStateException("the seed article gave no quotes: not a valid measurement");
        }
    }

    private static int tokens(String text) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        p.setProperty("tokenize.language", "en");
        Annotation doc = new Annotation(text);
        new StanfordCoreNLP(p).annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
