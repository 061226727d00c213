package org.broadsheet.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test method an embedded Spark (local[2], on the loopback interface, small shuffles, no UI). One session
 * serves every test class of the run: starting Spark costs about 40 CPU-seconds, so it is started on first use
 * and stopped when the run ends. Use with {@code @ExtendWith(LocalSpark.class)} and a {@link SparkSession} parameter.
 */
final class LocalSpark implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalSpark.class);

    /** The running session, stopped by JUnit when the root context closes. */
    private record Running(SparkSession spark) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            spark.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("spark", key -> new Running(start()), Running.class).spark();
    }

    private static SparkSession start() {
        SparkSession spark = SparkSession.builder().appName("broadsheet-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "localhost")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
