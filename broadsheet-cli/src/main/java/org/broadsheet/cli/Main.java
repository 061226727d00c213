package org.broadsheet.cli;

/** Placeholder until the command line lands. */
public final class Main {
    public static void main(String[] args) {
        System.err.println("broadsheet: not ready yet");
        System.exit(1);
    }
}
