package com.talentfinder.app.desktop;

import java.nio.file.Path;
import java.util.Optional;

/** A second process for {@link SingleInstanceTest}: {@code <data folder> signal|crash}. */
public final class SingleInstanceChild {

    private SingleInstanceChild() {
    }

    public static void main(String[] args) {
        Optional<SingleInstance> instance = SingleInstance.acquire(Path.of(args[0]), () -> { });
        System.out.println(instance.isPresent() ? "present" : "empty");
        System.out.flush();
        if ("crash".equals(args[1])) {
            Runtime.getRuntime().halt(3); // dies holding the lock, leaving its port file behind
        }
        instance.ifPresent(SingleInstance::close);
        System.exit(0);
    }
}
