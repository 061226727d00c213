package org.broadsheet.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration, shipped to the tasks: it carries the file system settings the user gave
 * ({@code spark.hadoop.fs.s3a.*} and the like), which a fresh {@code Configuration} on an executor would not have.
 */
final class HadoopSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Configuration configuration;

    HadoopSettings(Configuration configuration) {
        this.configuration = configuration;
    }

    Configuration get() {
        return configuration;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        configuration.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        configuration = new Configuration(false);
        configuration.readFields(in);
    }
}
