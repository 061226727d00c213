package org.broadsheet.spark;

import org.apache.spark.sql.SparkSession;

/** One embedded Spark for a test class: local[2], on the loopback interface, small shuffles, no UI. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start() {
        SparkSession spark = SparkSession.builder().appName("broadsheet-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "localhost")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
